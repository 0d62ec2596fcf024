package org.connectedcouncils.notify.domain;

import java.util.Objects;

import org.connectedcouncils.common.domain.Coded;

/** What a person can watch: an entry ({@code CC-12}), a working group ({@code WG-3}), a council, a service area. */
public record WatchTarget(Type type, String key) {

    /** The kinds of thing one can watch. */
    public enum Type implements Coded {
        ENTRY, GROUP, COUNCIL, SERVICE_AREA;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final int KEY_MAX = 64;

    public WatchTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    public static WatchTarget of(Type type, Object key) {
        return new WatchTarget(type, String.valueOf(key));
    }
}
