package org.connectedcouncils.common.domain;

/** Base of the outcomes a register use case reports instead of a result; entry points map each to a response. */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message, null, false, false);
    }

    /** The caller is anonymous and must sign in. */
    public static final class NotAuthenticated extends Refusal {
        public NotAuthenticated() {
            super("Sign-in required");
        }
    }

    /** The caller may see the thing but not do this to it. */
    public static final class NotAllowed extends Refusal {
        private final String reason;

        public NotAllowed(String reason) {
            super("Not allowed: " + reason);
            this.reason = reason;
        }

        /** i18n key naming the rule that refused the action. */
        public String reason() {
            return reason;
        }
    }

    /** Nothing with that key exists, or the caller may not see it (the two are indistinguishable on purpose). */
    public static final class NotFound extends Refusal {
        private final String key;

        public NotFound(String key) {
            super("Not found: " + key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The edit was based on an older version than the stored one. */
    public static final class StaleVersion extends Refusal {
        private final int currentVersion;

        public StaleVersion(int currentVersion) {
            super("Stale version; current is " + currentVersion);
            this.currentVersion = currentVersion;
        }

        public int currentVersion() {
            return currentVersion;
        }
    }

    /** The request conflicts with the stored state (e.g. confirming an adoption twice), named by an i18n key. */
    public static final class Conflict extends Refusal {
        private final String reason;

        public Conflict(String reason) {
            super("Conflict: " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
