package org.connectedcouncils.register.domain;

/**
 * Why an entry was retired, what its owners learned, and optionally the entry that replaces it. Kept out of
 * publiccode.yml, which has no place for it.
 */
public record Retirement(String reason, String lessonsLearned, SolutionKey replacedBy) {

    public static final int REASON_MAX = 2_000;
    public static final int LESSONS_MAX = 10_000;
}
