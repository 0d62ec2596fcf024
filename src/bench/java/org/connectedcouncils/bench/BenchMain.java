package org.connectedcouncils.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.io.RegisterCsvExport;
import org.connectedcouncils.register.macro.AdoptionFiguresMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.maturity.ao.AoMaturityStore;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.macro.MaturityMapMacro;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.register.macro.RegisterTableRequest;
import org.connectedcouncils.register.macro.RegisterTableView;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.register.macro.SolutionCardMacro;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.RestServer;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;

/**
 * The benchmark run for one database (chosen as for the tests by {@code -Dcc.db=h2|postgres}): seeds 1k, 10k and
 * 100k entries in turn, measures each operation beside its raw-JDBC baseline at each size, runs the 32-client load
 * check at the largest size, and writes a Markdown section to the file named by the first argument.
 * Not a test: it lives in src/bench/java, which only the {@code bench} Maven profile compiles.
 */
public final class BenchMain {

    static final String VIEWER = "user-viewer";
    /** Operation 5 exports the whole register; since issue 22 (a projection streamed in pages) at every size. */
    private static final int CSV_EXPORT_MAX = Integer.getInteger("bench.csvMax", 100_000);
    /** The register table's default columns, which {@code GET /solutions.csv} exports when none are asked for. */
    private static final List<RegisterColumn> CSV_COLUMNS = List.of(RegisterColumn.NAME, RegisterColumn.PHASE,
            RegisterColumn.OWNER_COUNCIL, RegisterColumn.SERVICE_AREAS, RegisterColumn.USING);
    static final String LIST_QUERY = "solutions?phase=beta&phase=live&serviceArea=" + BenchData.QUERY_AREA + "&q="
            + BenchData.QUERY_WORD + "&limit=25";
    /** Operation 6: an entry being written that looks like many seeded ones (BenchData's topics and words). */
    private static final SimilarityQuery SIMILAR = new SimilarityQuery("Garden waste collection reminders",
            "Residents get a text reminder the day before their garden waste bin is collected", "waste", null);
    private static final Pattern TOTAL = Pattern.compile("(?:\"total\":|data-total=\")(\\d+)");

    private BenchMain() {
    }

    public static void main(String[] args) {
        // The JDK HTTP server otherwise leaves Nagle on: every keep-alive answer then waits ~40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        }
        // Stops the HTTP server's and PostgreSQL's threads too.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        // The first size gets a longer warm-up: the JIT has seen none of the code yet.
        Harness firstHarness = new Harness(3 * Double.parseDouble(System.getProperty("bench.warmup", "1.5")),
                Double.parseDouble(System.getProperty("bench.measure", "4")),
                Integer.parseInt(System.getProperty("bench.maxRounds", "400")));
        Harness harness = new Harness(Double.parseDouble(System.getProperty("bench.warmup", "1.5")),
                Double.parseDouble(System.getProperty("bench.measure", "4")),
                Integer.parseInt(System.getProperty("bench.maxRounds", "400")));
        int loadSeconds = Integer.parseInt(System.getProperty("bench.loadSeconds", "30"));
        int clients = Integer.parseInt(System.getProperty("bench.clients", "32"));

        RestFixture rest = new RestFixture();
        rest.reset();
        RegisterFixture f = rest.data;
        String kind = f.db.kind();
        BenchData data = new BenchData(f.db.ao(), f.db.entityManager());
        data.seedCouncils(List.of("E06000043", "E09000012", "E08000035"));
        f.actor.actAs(Actor.viewer(VIEWER));
        int cells = MaturityRows.seed(f.db.ao(), data.councilCodes());
        System.out.printf(Locale.ROOT, "[%s] seeded %d maturity cells (and as many older assessments)%n",
                f.db.kind(), cells);
        RegisterQueries queries = new RegisterQueries(f.register, f.store, f.councils, f.serviceAreas, f.actor);
        MacroOutput output = new MacroOutput(new CachedVelocityRenderer().templateRenderer(),
                new RecordingPageBuilder().pageBuilderService(), new PropertiesMessages());
        MacroOutput testOutput = new MacroOutput(new VelocityTemplateRenderer().templateRenderer(),
                new RecordingPageBuilder().pageBuilderService(), new PropertiesMessages());
        RawJdbc raw = new RawJdbc(f.db.entityManager());
        SimilarBaseline similarBaseline = new SimilarBaseline(f.db.entityManager());
        MaturityRows maturityRows = new MaturityRows(f.db.entityManager(), raw.statements,
                Arrays.stream(MaturityLevel.values()).map(l -> output.text().text(l.nameKey())).toList());
        Maturity maturity = new Maturity(new AoMaturityStore(f.db.ao()), f.councils, f.serviceAreas, f.register,
                f.actor, f.transactions, f.transactions, f.transactions, f.clock);
        MaturityMapMacro mapMacro = new MaturityMapMacro(maturity, output);
        Map<String, String> labels = labels();
        String base = RestServer.BASE_PATH;
        rest.server.httpServer().createContext("/bench-baseline/solutions", exchange -> {
            try {
                byte[] body = raw.restList(VIEWER, base);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI oursUri = rest.server.uri(LIST_QUERY);
        URI baseUri = rest.server.origin().resolve("/bench-baseline/" + LIST_QUERY);

        RegisterTableRequest tableRequest = RegisterTableRequest.parse(Map.of("phase", "beta,live", "serviceArea",
                BenchData.QUERY_AREA));
        OutputMode display = OutputMode.of(TestConversionContext.display());
        SolutionQuery tableQuery = SolutionQuery.all().withPhases(tableRequest.phases())
                .withKinds(tableRequest.kinds()).withServiceArea(tableRequest.serviceArea())
                .withState(EntryState.PUBLISHED).withText(BenchData.QUERY_WORD).sortedBy(tableRequest.sort())
                .withPage(tableRequest.query(display).page());
        SolutionCardMacro cardMacro = new SolutionCardMacro(queries, output);
        AdoptionFiguresMacro figuresMacro = new AdoptionFiguresMacro(queries, output);
        RegisterCsvExport csvExport = new RegisterCsvExport(f.register);
        SolutionQuery csvQuery = SolutionQuery.all().withState(EntryState.PUBLISHED);

        StringBuilder md = new StringBuilder();
        String dbName = kind.equals("postgres") ? "PostgreSQL 14 (embedded, zonky 2.1.0)" : "H2 1.4.200 (in memory)";
        md.append("### ").append(dbName).append("\n\n");
        md.append("Load average at the start of this database's run: ").append(BenchReport.loadAverage())
                .append(".\n\n");
        List<String> seedNotes = new ArrayList<>();
        Map<String, double[]> p50BySize = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        table.append("| size | operation | ours p50 / p95 ms | baseline p50 / p95 ms | p95 ratio | p50 ratio | "
                + "SQL ours / baseline | heap/op ours / baseline | JVM CPU ms/op ours / baseline | rounds |\n");
        table.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        String listSql = "";
        for (int s = 0; s < sizes.length; s++) {
            int size = sizes[s];
            long t0 = System.nanoTime();
            int before = data.size();
            data.growTo(size);
            data.analyze();
            settle();
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            seedNotes.add(String.format(Locale.ROOT, "%,d entries: +%,d seeded in %.1f s", size, size - before,
                    seedSeconds));
            System.out.printf(Locale.ROOT, "[%s] seeded %d in %.1f s%n", kind, size, seedSeconds);
            int cardId = data.cardId();

            Map<String, Harness.Op[]> ops = new LinkedHashMap<>();
            ops.put("1. register table render (25 rows, 2 filters + text)", new Harness.Op[]{
                () -> {
                    RegisterQueries.RegisterTable t = queries.table(tableQuery);
                    RegisterTableView view = RegisterTableView.of("cc-register-" + UUID.randomUUID(),
                            tableRequest, t, display, output.solutionPages(display),
                            new RegisterText(output.text()));
                    return output.render("templates/register/table.vm", view, display);
                },
                () -> raw.registerTable(VIEWER, labels)});
            ops.put("1b. the same with the tests' renderer (re-parses templates)", new Harness.Op[]{
                () -> {
                    RegisterQueries.RegisterTable t = queries.table(tableQuery);
                    RegisterTableView view = RegisterTableView.of("cc-register-" + UUID.randomUUID(),
                            tableRequest, t, display, testOutput.solutionPages(display),
                            new RegisterText(testOutput.text()));
                    return testOutput.render("templates/register/table.vm", view, display);
                },
                () -> raw.registerTable(VIEWER, labels)});
            ops.put("1c. of which the queries alone (RegisterQueries.table, no render)", new Harness.Op[]{
                () -> queries.table(tableQuery),
                () -> raw.registerTable(VIEWER, labels)});
            ops.put("2. REST GET /solutions, same filter, JSON over HTTP", new Harness.Op[]{
                () -> get(client, oursUri),
                () -> get(client, baseUri)});
            ops.put("3. solution card, entry with 50 adoptions", new Harness.Op[]{
                () -> cardMacro.execute(Map.of("key", "CC-" + cardId), null, TestConversionContext.display()),
                () -> raw.card(cardId)});
            ops.put("4. adoption figures over the whole register", new Harness.Op[]{
                () -> figuresMacro.execute(Map.of(), null, TestConversionContext.display()),
                () -> raw.figures(VIEWER)});
            if (size <= CSV_EXPORT_MAX) {
                ops.put("5. CSV export of the whole register", new Harness.Op[]{
                            () -> {
                                RawJdbc.Digest digest = new RawJdbc.Digest();
                                csvExport.export(csvQuery, CSV_COLUMNS, RegisterColumn::labelKey, digest);
                                return digest.toString();
                            },
                            () -> raw.csvExport(VIEWER, CSV_COLUMNS.stream().map(RegisterColumn::labelKey).toList())});
            }

            ops.put("6. similar entries (name + summary + area, top 5, as a reader)", new Harness.Op[]{
                () -> f.register.similar(SIMILAR),
                () -> similarBaseline.similar(SIMILAR.name(), SIMILAR.summary())});
            // Issue 19: the map is a page of councils (25 by default, at most 100) over every council x 23 areas. On
            // screen the macro sends the legend, the table and the pager, and the browser draws the SVG from the
            // table; for export (pdf, word, e-mail) the server draws it. Each against the same page by hand.
            ops.put("7. maturity heat map on screen, one page of 25 councils x 23 areas (cc-maturity-map: table)",
                    new Harness.Op[]{
                        () -> mapMacro.execute(Map.of(), null, TestConversionContext.display()),
                        () -> maturityRows.screen(25)});
            ops.put("7a. the same for export (pdf: SVG drawn on the server + table, 25 councils)", new Harness.Op[]{
                () -> mapMacro.execute(Map.of(), null, TestConversionContext.pdf()),
                () -> maturityRows.export(25)});
            ops.put("7b. of which the data alone (Maturity.heatMap, 25 councils; baseline: the same on JDBC)",
                    new Harness.Op[]{
                        () -> maturity.heatMap(HeatMapFilter.ALL, PageRequest.FIRST),
                        () -> maturityRows.data(25)});
            ops.put("7c. heat map on screen, one page of 100 councils (the most a page holds)", new Harness.Op[]{
                () -> mapMacro.execute(Map.of("pageSize", "100"), null, TestConversionContext.display()),
                () -> maturityRows.screen(100)});
            ops.put("7d. of which the data alone (Maturity.heatMap, 100 councils)", new Harness.Op[]{
                () -> maturity.heatMap(HeatMapFilter.ALL, new PageRequest(0, 100)),
                () -> maturityRows.data(100)});
            // -Dbench.ops=6. measures only the operations whose label starts with one of the given prefixes.
            String only = System.getProperty("bench.ops", "");
            if (!only.isBlank()) {
                ops.keySet().removeIf(k -> Arrays.stream(only.split(",")).noneMatch(k::startsWith));
            }
            for (Map.Entry<String, Harness.Op[]> op : ops.entrySet()) {
                Harness.Op ours = op.getValue()[0];
                Harness.Op baseline = op.getValue()[1];
                int sqlOurs;
                List<String> statements;
                try (SqlCounter counter = SqlCounter.on(f.db.entityManager())) {
                    Object result = ours.run();
                    sqlOurs = counter.count();
                    statements = counter.statements();
                    check(op.getKey(), result, baseline.run());
                }
                int rawBefore = raw.statements.get() + similarBaseline.statements.get();
                baseline.run();
                int sqlBase = raw.statements.get() + similarBaseline.statements.get() - rawBefore;
                if (op.getKey().startsWith("2.") && s == sizes.length - 1) {
                    listSql = String.join("\n", statements);
                }
                Harness.Stats[] st = (s == 0 ? firstHarness : harness).compare(ours, baseline);
                p50BySize.computeIfAbsent(op.getKey(), k -> new double[sizes.length])[s] = st[0].p50();
                table.append(String.format(Locale.ROOT, "| %,d | %s | %s / %s | %s / %s | %s | %s | %d / %d | %s / %s "
                                + "| %s / %s | %d |%n", size, op.getKey(), Harness.ms(st[0].p50()), Harness.ms(st[0].p95()),
                        Harness.ms(st[1].p50()), Harness.ms(st[1].p95()), ratio(st[0].p95(), st[1].p95()),
                        ratio(st[0].p50(), st[1].p50()), sqlOurs, sqlBase, bytes(st[0].bytesPerOp()),
                        bytes(st[1].bytesPerOp()), Harness.ms(st[0].cpuMsPerOp()), Harness.ms(st[1].cpuMsPerOp()),
                        st[0].rounds()));
                System.out.printf(Locale.ROOT, "[%s] %,d %s: ours p50 %.2f p95 %.2f, base p50 %.2f p95 %.2f%n",
                        kind, size, op.getKey(), st[0].p50(), st[0].p95(), st[1].p50(), st[1].p95());
            }
            if (size > CSV_EXPORT_MAX) {
                table.append(String.format(Locale.ROOT, "| %,d | 5. CSV export | not run above %,d entries (the "
                        + "issue's case is 10k; see the findings) | | | | | | | |%n", size, CSV_EXPORT_MAX));
            }
        }
        md.append("Seeding through AO bulk `create(Class, List<Map>)`, then `ANALYZE`: ")
                .append(String.join("; ", seedNotes)).append(".\n\n");
        md.append(table).append('\n');
        md.append("Growth of our p50 from the smallest to the largest size (target ≤ 1.30×):\n\n");
        md.append("| operation | p50 ").append(String.format(Locale.ROOT, "%,d", sizes[0])).append(" ms | p50 ")
                .append(String.format(Locale.ROOT, "%,d", sizes[sizes.length - 1])).append(" ms | growth |\n");
        md.append("|---|---:|---:|---:|\n");
        p50BySize.forEach((op, v) -> {
            boolean both = v[0] > 0 && v[v.length - 1] > 0;
            md.append("| ").append(op).append(" | ").append(Harness.ms(v[0])).append(" | ")
                    .append(both ? Harness.ms(v[v.length - 1]) : "not run").append(" | ")
                    .append(both ? ratio(v[v.length - 1], v[0]) : "n/a").append(" |\n");
        });
        md.append('\n');

        if (loadSeconds > 0) {
            md.append("Load average before the load check: ").append(BenchReport.loadAverage()).append(".\n\n");
            md.append(loadSideBySide(oursUri, baseUri, clients, loadSeconds, sizes[sizes.length - 1])).append('\n');
        }
        md.append("<details><summary>SQL of one REST list request at ")
                .append(String.format(Locale.ROOT, "%,d", sizes[sizes.length - 1]))
                .append(" entries (AO SQL listener)</summary>\n\n```sql\n").append(listSql)
                .append("\n```\n</details>\n\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
        rest.close();
    }

    /**
     * Lets the collector finish with the seeding's garbage before anything is measured: without it the first
     * operation after a seed paid for concurrent collection (seen as 3× the CPU of the same render a row below).
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(1_000);
        System.gc();
    }

    /** Ours and the baseline must agree on what they found (the total), or the comparison is void. */
    private static void check(String op, Object ours, Object baseline) {
        String a = ours instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(ours);
        String b = baseline instanceof byte[] x ? new String(x, StandardCharsets.UTF_8) : String.valueOf(baseline);
        Matcher ma = TOTAL.matcher(a);
        Matcher mb = TOTAL.matcher(b);
        if (ma.find() && mb.find() && !ma.group(1).equals(mb.group(1))) {
            throw new IllegalStateException(op + ": totals differ, ours " + ma.group(1) + ", baseline " + mb.group(1));
        }
        if (op.startsWith("5.") && !a.equals(b)) {
            throw new IllegalStateException(op + ": the files differ, ours " + a + ", baseline " + b);
        }
        if (a.contains("aui-message-error") || a.contains("aui-message-warning")) {
            throw new IllegalStateException(op + ": ours rendered an error: " + a);
        }
    }

    private static byte[] get(HttpClient client, URI uri) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).header("X-Test-User", "viewer")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + new String(r.body(),
                    StandardCharsets.UTF_8));
        }
        return r.body();
    }

    /**
     * The load check on ours, then on the raw-JDBC handler (issue 22), each with the same clients for the same time;
     * with 32 closed-loop clients on 2 cores latency follows throughput, so the targets are relative to the baseline.
     */
    private static String loadSideBySide(URI ours, URI baseline, int clients, int seconds, int size)
            throws Exception {
        long[] a = load(ours, clients, seconds);
        long[] b = load(baseline, clients, seconds);
        double throughputRatio = b[1] == 0 ? 0 : (a[0] * 1e9 / a[1]) / (b[0] * 1e9 / b[1]);
        return String.format(Locale.ROOT, "Load check at %,d entries: %d clients (own `java.net.http` client each, "
                        + "HTTP/1.1 keep-alive) on the REST list (same filter), then as many on the raw-JDBC handler, "
                        + "%d s each, against the in-process server on 127.0.0.1 (JDK HttpServer, 4 worker threads, "
                        + "as `RestServer`). Targets: 0 errors, throughput ≥ 0.8× and p99 ≤ 1.5× the baseline's.%n%n"
                        + "| handler | requests | throughput | p50 | p99 | max | errors |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|%n%s%s%n"
                        + "Throughput ours ÷ baseline: **%.2f×**; p99 ours ÷ baseline: **%s**.%n",
                size, clients, seconds, loadRow("ours (Jersey + AO)", a), loadRow("baseline (raw JDBC)", b),
                throughputRatio, ratio(a[3] / 1e6, b[3] / 1e6));
    }

    private static String loadRow(String name, long[] r) {
        double elapsed = r[1] / 1e9;
        return String.format(Locale.ROOT, "| %s | %,d | %.0f req/s | %s ms | %s ms | %s ms | %d |%n", name, r[0],
                r[0] / elapsed, Harness.ms(r[2] / 1e6), Harness.ms(r[3] / 1e6), Harness.ms(r[4] / 1e6), r[5]);
    }

    /**
     * {@code clients} threads, each with its own HTTP client, calling {@code uri} for {@code seconds}: requests,
     * elapsed ns, p50, p99 and max latency in ns, errors.
     */
    private static long[] load(URI uri, int clients, int seconds) throws Exception {
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[clients];
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long[] lat = new long[100_000];
            perThread.add(lat);
            int index = i;
            Thread t = new Thread(() -> {
                HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest req = HttpRequest.newBuilder(uri).header("X-Test-User", "viewer")
                        .timeout(Duration.ofSeconds(30)).GET().build();
                int n = 0;
                while (System.nanoTime() < end && n < lat.length) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = c.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                counts[index] = n;
            }, "load-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(perThread.get(i), 0, all, k, counts[i]);
            k += counts[i];
        }
        Arrays.sort(all);
        return new long[]{total, (long) (elapsed * 1e9), (long) (Harness.percentile(all, 0.50) * 1e6),
                (long) (Harness.percentile(all, 0.99) * 1e6), all.length == 0 ? 0 : all[all.length - 1],
                errors.get()};
    }

    static String ratio(double ours, double baseline) {
        return baseline <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", ours / baseline);
    }

    static String bytes(long b) {
        return b >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", b / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KiB", b / 1024.0);
    }

    /** Column and phase labels for the hand-built table, from the app's own properties. */
    private static Map<String, String> labels() {
        Properties p = PropertiesMessages.load();
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> {
            if (k.startsWith("connected-councils.register.column.")) {
                out.put(k.substring("connected-councils.register.column.".length()), p.getProperty(k));
            }
            if (k.startsWith("connected-councils.phase.")) {
                out.put("phase." + k.substring("connected-councils.phase.".length()), p.getProperty(k));
            }
        });
        return out;
    }
}
