package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Where an entry's publiccode.yml lives and how its last sync went: the https URL, when it was last tried, the
 * result, and every problem found (each with its key and line in the file); {@code lastSynced} is null until tried.
 */
public record PubliccodeSync(SolutionKey key, String url, Instant lastSynced, Result result,
        List<PubliccodeSync.Problem> problems) {

    /** Problems kept per sync; a file with more is reported by its first ones. */
    public static final int MAX_PROBLEMS = 50;

    /** One problem: the file's key path (empty for the file as a whole), its line (0 when unknown), why. */
    public record Problem(String field, int line, String code, List<String> arguments) {

        public Problem {
            field = field == null ? "" : field;
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    /** How the last sync went. */
    public enum Result {
        /** Not tried since the URL was set. */
        NEVER,
        /** The file was valid and the entry already matched it. */
        UNCHANGED,
        /** The file was valid and changed fields were applied. */
        UPDATED,
        /** The file could not be fetched or was not valid; the entry was left as it was. */
        FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PubliccodeSync {
        result = result == null ? Result.NEVER : result;
        problems = problems == null ? List.of()
                : List.copyOf(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }

    public boolean failed() {
        return result == Result.FAILED;
    }
}
