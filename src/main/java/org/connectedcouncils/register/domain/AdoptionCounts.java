package org.connectedcouncils.register.domain;

/**
 * How many councils declared each adoption state for an entry (kept in step with every adoption write); lapsed
 * adoptions are counted apart ({@code lapsed}) and in no state.
 */
public record AdoptionCounts(int evaluating, int using, int stopped, int lapsed) {

    public static final AdoptionCounts NONE = new AdoptionCounts(0, 0, 0, 0);

    /** Counts with no lapsed adoption. */
    public AdoptionCounts(int evaluating, int using, int stopped) {
        this(evaluating, using, stopped, 0);
    }

    /** Every declared adoption, whatever its state, lapsed ones included. */
    public int total() {
        return evaluating + using + stopped + lapsed;
    }

    public int of(AdoptionState state) {
        return switch (state) {
            case EVALUATING -> evaluating;
            case USING -> using;
            case STOPPED -> stopped;
        };
    }

    /** Counts after one council moves from {@code from} (null when new) to {@code to}. */
    public AdoptionCounts move(AdoptionState from, AdoptionState to) {
        int e = evaluating;
        int u = using;
        int s = stopped;
        if (from != null) {
            switch (from) {
                case EVALUATING -> e--;
                case USING -> u--;
                case STOPPED -> s--;
            }
        }
        switch (to) {
            case EVALUATING -> e++;
            case USING -> u++;
            case STOPPED -> s++;
        }
        return new AdoptionCounts(e, u, s, lapsed);
    }
}
