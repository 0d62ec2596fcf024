package org.connectedcouncils.admin.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.register.service.PubliccodeSyncHosts;

/**
 * The hosts an administrator allows the publiccode.yml sync to reach on an internal address: read on every fetch
 * (never cached), changed by administrators only, each host a name or IP literal, audited.
 */
public final class SyncHostsSetting implements PubliccodeSyncHosts {

    /** Characters all the hosts take together, one a line (the setting is one stored value). */
    public static final int TOTAL_MAX = 255;
    static final String BAD_HOST = "connected-councils.error.syncHosts.badHost";
    static final String TOO_LONG = "connected-councils.error.syncHosts.tooLong";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.:-]{0,251}[a-z0-9])?");

    private final SyncHostsStore store;
    private final ActorProvider actors;
    private final AuditTrail audit;

    public SyncHostsSetting(SyncHostsStore store, ActorProvider actors, AuditTrail audit) {
        this.store = store;
        this.actors = actors;
        this.audit = audit;
    }

    @Override
    public Set<String> allowed() {
        return store.load();
    }

    /** The allowed hosts, for an administrator. */
    public Set<String> hosts() {
        AdminAccess.require(actors);
        return store.load();
    }

    /** Replaces the allowed hosts (lower-cased, blank lines dropped); answers them as stored. */
    public Set<String> save(List<String> hosts) {
        Actor admin = AdminAccess.require(actors);
        Set<String> next = new TreeSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String given : hosts == null ? List.<String>of() : hosts) {
            String host = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (host.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(host).matches()) {
                errors.add(FieldError.of("hosts", BAD_HOST, given.length() > 60 ? given.substring(0, 60) : given));
            }
            next.add(host);
        }
        if (String.join("\n", next).length() > TOTAL_MAX) {
            errors.add(FieldError.of("hosts", TOO_LONG, TOTAL_MAX));
        }
        FieldChecks.throwIfAny(errors);
        Set<String> before = store.load();
        store.save(next);
        audit.record(new AuditRecord("connected-councils.audit.syncHosts.changed", "setting", "publiccodeSyncHosts",
                null, admin.userKey(), List.of(new AuditRecord.Change("hosts", String.join(", ", before),
                        String.join(", ", next)))));
        return next;
    }
}
