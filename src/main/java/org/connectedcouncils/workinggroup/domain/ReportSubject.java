package org.connectedcouncils.workinggroup.domain;

import java.util.Objects;
import java.util.Optional;

import org.connectedcouncils.register.domain.SolutionKey;

/** What a status report is about: a working group ({@code WG-n}) or a register entry ({@code CC-n}). */
public record ReportSubject(Kind kind, long number) {

    /** The two kinds of thing that report status. */
    public enum Kind {
        GROUP,
        SOLUTION
    }

    public ReportSubject {
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("Subject numbers start at 1: " + number);
        }
    }

    public static ReportSubject of(WorkingGroupKey key) {
        return new ReportSubject(Kind.GROUP, key.number());
    }

    public static ReportSubject of(SolutionKey key) {
        return new ReportSubject(Kind.SOLUTION, key.number());
    }

    /** Parses {@code WG-3} or {@code CC-7}; empty for anything else. */
    public static Optional<ReportSubject> parse(String raw) {
        return WorkingGroupKey.parse(raw).map(ReportSubject::of)
                .or(() -> SolutionKey.parse(raw).map(ReportSubject::of));
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }

    public WorkingGroupKey groupKey() {
        return WorkingGroupKey.of(number);
    }

    public SolutionKey solutionKey() {
        return SolutionKey.of(number);
    }

    @Override
    public String toString() {
        return isGroup() ? groupKey().toString() : solutionKey().toString();
    }
}
