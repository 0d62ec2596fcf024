package org.connectedcouncils.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;

/**
 * Follow-up measurements behind BENCHMARKS.md's findings, on one database and size (arguments: size): where the
 * register table's query time goes (AO's mapping, or the 30 preloaded columns) and the figures' grouped queries
 * beside hand-written ones. Run by hand: see BENCHMARKS.md.
 */
public final class BenchProbe {

    private BenchProbe() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Harness harness = new Harness(1, 3, 300);
        RegisterFixture f = new RegisterFixture();
        f.reset();
        BenchData data = new BenchData(f.db.ao(), f.db.entityManager());
        data.seedCouncils(List.of("E06000043", "E09000012", "E08000035"));
        data.growTo(size);
        data.analyze();
        f.actor.actAs(Actor.viewer(BenchMain.VIEWER));
        RawJdbc raw = new RawJdbc(f.db.entityManager());
        Visibility viewer = Visibility.of(Actor.viewer(BenchMain.VIEWER));
        SolutionQuery table = SolutionQuery.all().withPhases(Set.of(Phase.BETA, Phase.LIVE))
                .withServiceArea(BenchData.QUERY_AREA).withState(EntryState.PUBLISHED).withText(BenchData.QUERY_WORD)
                .withPage(new PageRequest(0, 25));
        List<String> captured;
        try (SqlCounter sql = SqlCounter.on(f.db.entityManager())) {
            f.store.list(table, viewer);
            captured = sql.statements();
        }
        for (int i = 0; i < 3; i++) {
            raw.runCaptured(captured, BenchMain.VIEWER);
        }
        System.out.println("PLAN of the register table's page and count:\n"
                + raw.explain(captured, BenchMain.VIEWER, f.db.kind().equals("postgres")));
        if (f.db.kind().equals("postgres")) {
            List<String> rewrites = raw.pageRewrites(BenchMain.VIEWER);
            System.out.printf(Locale.ROOT, "REWRITE medians of 9: AO page %.1f ms, AO count %.1f ms, semi-join page "
                            + "%.1f ms, materialized-CTE page %.1f ms%n",
                    raw.medianCaptured(captured.subList(0, 1), BenchMain.VIEWER, 9),
                    raw.medianCaptured(captured.subList(1, 2), BenchMain.VIEWER, 9),
                    raw.median(rewrites.get(0), 9), raw.median(rewrites.get(1), 9));
            System.out.println("PLAN semi-join:\n" + raw.explainPlain(rewrites.get(0)));
            System.out.println("PLAN CTE:\n" + raw.explainPlain(rewrites.get(1)));
        }
        if (Boolean.getBoolean("probe.explainOnly")) {
            System.exit(0);
        }
        List<String> withoutClob = captured.stream().map(s -> s.replace("s.CATEGORIES,", "")
                .replace("s.\"CATEGORIES\",", "")).toList();
        report(f.db.kind(), size, "AO store.list (page + count) vs the same two SQL statements on raw JDBC",
                harness.compare(() -> f.store.list(table, viewer), () -> raw.runCaptured(captured, BenchMain.VIEWER)));
        report(f.db.kind(), size, "AO's SQL on raw JDBC vs the same without the CATEGORIES text column",
                harness.compare(() -> raw.runCaptured(captured, BenchMain.VIEWER),
                        () -> raw.runCaptured(withoutClob, BenchMain.VIEWER)));
        SolutionQuery all = SolutionQuery.all().withState(EntryState.PUBLISHED);
        report(f.db.kind(), size, "figures: AO store.figures (grouped in SQL) vs the hand-written grouped queries",
                harness.compare(() -> f.store.figures(all, viewer), () -> raw.figures(BenchMain.VIEWER)));
        System.exit(0);
    }

    private static void report(String db, int size, String what, Harness.Stats[] s) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s / %s | %s / %s | %s | %s / %s |%n", db, size, what,
                Harness.ms(s[0].p50()), Harness.ms(s[0].p95()), Harness.ms(s[1].p50()), Harness.ms(s[1].p95()),
                BenchMain.ratio(s[0].p50(), s[1].p50()), BenchMain.bytes(s[0].bytesPerOp()),
                BenchMain.bytes(s[1].bytesPerOp()));
    }
}
