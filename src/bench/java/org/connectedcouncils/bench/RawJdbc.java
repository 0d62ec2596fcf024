package org.connectedcouncils.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import org.connectedcouncils.council.ao.AoCouncil;
import org.connectedcouncils.register.ao.AoAdoption;
import org.connectedcouncils.register.ao.AoSearchToken;
import org.connectedcouncils.register.ao.AoServiceArea;
import org.connectedcouncils.register.ao.AoSolution;
import org.connectedcouncils.register.ao.AoSolutionArea;
import org.connectedcouncils.register.ao.AoWordArea;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.common.io.CsvCells;

/**
 * The raw-JDBC baselines: the same filters as the app's queries, written by hand on a pooled connection and
 * selecting only the columns each output needs, with the output (HTML or JSON) built by hand. The physical limit for
 * this data on this database. Counts its own statements.
 */
final class RawJdbc {

    static final String PUBLISHED = "published";
    private static final JsonFactory JSON = new JsonFactory();
    /** The query word as the token index holds it (folded and stemmed like every indexed word). */
    private static final String TOKEN = SearchText.tokens(BenchData.QUERY_WORD).iterator().next();

    private final DatabaseProvider p;
    private final String sol;
    private final String area;
    private final String token;
    private final String wordArea;
    private final String adoption;
    private final String council;
    private final String serviceArea;
    final AtomicInteger statements = new AtomicInteger();

    RawJdbc(EntityManager em) {
        this.p = em.getProvider();
        this.sol = p.withSchema(em.getTableNameConverter().getName(AoSolution.class));
        this.area = p.withSchema(em.getTableNameConverter().getName(AoSolutionArea.class));
        this.token = p.withSchema(em.getTableNameConverter().getName(AoSearchToken.class));
        this.wordArea = p.withSchema(em.getTableNameConverter().getName(AoWordArea.class));
        this.adoption = p.withSchema(em.getTableNameConverter().getName(AoAdoption.class));
        this.council = p.withSchema(em.getTableNameConverter().getName(AoCouncil.class));
        this.serviceArea = p.withSchema(em.getTableNameConverter().getName(AoServiceArea.class));
    }

    private String q(String column) {
        return p.quote(column);
    }

    private String s(String column) {
        return "s." + p.quote(column);
    }

    /** FROM/JOIN/WHERE of the filtered list: phases, one area, one word, visibility for a plain reader. */
    private String filtered(boolean publishedOnly) {
        // Issue 22: the baseline uses the word-and-area index too (the limit for this data with that index).
        return " FROM " + sol + " s JOIN " + wordArea + " w ON w." + q(AoWordArea.SOLUTION_ID) + " = s." + q("ID")
                + " WHERE " + s(AoSolution.PHASE) + " IN (?,?)" + (publishedOnly ? " AND " + s(AoSolution.STATE)
                + " = ?" : "") + " AND w." + q(AoWordArea.AREA_CODE) + " = ? AND w." + q(AoWordArea.WORD)
                + " = ? AND (" + s(AoSolution.STATE) + " = ? OR " + s(AoSolution.CONTACT_KEY) + " = ?)";
    }

    private int bindFilter(PreparedStatement ps, boolean publishedOnly, String viewer) throws SQLException {
        int i = 1;
        ps.setString(i++, "beta");
        ps.setString(i++, "live");
        if (publishedOnly) {
            ps.setString(i++, PUBLISHED);
        }
        ps.setString(i++, BenchData.QUERY_AREA);
        ps.setString(i++, TOKEN);
        ps.setString(i++, PUBLISHED);
        ps.setString(i++, viewer);
        return i;
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        statements.incrementAndGet();
        return c.prepareStatement(sql);
    }

    // ---- 1. register table ------------------------------------------------------------------------------------

    /** The first page of 25 of the filtered register as an HTML table with owner and area names. */
    String registerTable(String viewer, Map<String, String> labels) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        int total;
        Map<String, String> councils;
        Map<String, String> areas;
        try (Connection c = p.getConnection()) {
            try (PreparedStatement ps = prepare(c, "SELECT s." + q("ID") + ", " + s(AoSolution.NAME) + ", "
                    + s(AoSolution.PHASE) + ", " + s(AoSolution.OWNER_CODE) + ", " + s(AoSolution.AREAS) + ", "
                    + s(AoSolution.EVALUATING_COUNT) + ", " + s(AoSolution.USING_COUNT) + ", "
                    + s(AoSolution.STOPPED_COUNT) + filtered(true) + " ORDER BY " + s(AoSolution.UPDATED_AT)
                    + " DESC, s." + q("ID") + " DESC LIMIT ? OFFSET ?")) {
                int i = bindFilter(ps, true, viewer);
                ps.setInt(i++, 25);
                ps.setInt(i, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[]{rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)});
                    }
                }
            }
            total = count(c, true, viewer);
            Set<String> owners = new LinkedHashSet<>();
            rows.forEach(r -> owners.add((String) r[3]));
            councils = councilNames(c, owners);
            areas = serviceAreas(c);
        }
        StringBuilder h = new StringBuilder(8192);
        h.append("<section class=\"cc-register\" data-cc-register=\"\" data-total=\"").append(total)
                .append("\">\n<form class=\"aui cc-register-filters\" hidden=\"\"><select name=\"serviceArea\">");
        areas.forEach((code, name) -> h.append("<option value=\"").append(esc(code)).append("\">").append(esc(name))
                .append("</option>"));
        h.append("</select></form>\n<table class=\"aui cc-register-table\"><thead><tr>");
        for (String col : List.of("name", "phase", "owner", "serviceAreas", "adoptions")) {
            h.append("<th scope=\"col\" data-column=\"").append(col).append("\">")
                    .append(esc(labels.getOrDefault(col, col))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Object[] r : rows) {
            h.append("<tr data-key=\"CC-").append(r[0]).append("\">");
            h.append("<td data-column=\"name\"><a href=\"/display/CC-").append(r[0]).append("\">")
                    .append(esc((String) r[1])).append("</a></td>");
            h.append("<td data-column=\"phase\"><span class=\"aui-lozenge\">").append(esc(labels.getOrDefault(
                    "phase." + r[2], (String) r[2]))).append("</span></td>");
            h.append("<td data-column=\"owner\">").append(esc(councils.getOrDefault((String) r[3], (String) r[3])))
                    .append("</td><td data-column=\"serviceAreas\">");
            for (String code : ((String) r[4]).split(",")) {
                h.append("<span>").append(esc(areas.getOrDefault(code, code))).append("</span> ");
            }
            h.append("</td><td data-column=\"adoptions\">").append(r[6]).append(" using, ").append(r[5])
                    .append(" evaluating, ").append(r[7]).append(" stopped</td></tr>\n");
        }
        h.append("</tbody></table>\n<p>Showing ").append(rows.size()).append(" of ").append(total)
                .append(" solutions</p></section>\n");
        return h.toString();
    }

    private int count(Connection c, boolean publishedOnly, String viewer) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT COUNT(*)" + filtered(publishedOnly))) {
            bindFilter(ps, publishedOnly, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Map<String, String> councilNames(Connection c, Set<String> codes) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = prepare(c, "SELECT " + q(AoCouncil.CODE) + ", " + q("NAME") + " FROM "
                + council + " WHERE " + q(AoCouncil.CODE) + " IN (" + String.join(",",
                java.util.Collections.nCopies(codes.size(), "?")) + ")")) {
            int i = 1;
            for (String code : codes) {
                ps.setString(i++, code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private Map<String, String> serviceAreas(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, "SELECT " + q(AoServiceArea.CODE) + ", " + q(AoServiceArea.NAME)
                + " FROM " + serviceArea + " ORDER BY " + q(AoServiceArea.NAME));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    // ---- 2. REST list -----------------------------------------------------------------------------------------

    /** The filtered first page with facets as the JSON contract's list body. */
    byte[] restList(String viewer, String base) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        try (Connection c = p.getConnection(); JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT s." + q("ID") + ", " + s(AoSolution.NAME) + ", "
                    + s(AoSolution.SUMMARY) + ", " + s(AoSolution.KIND) + ", " + s(AoSolution.PHASE) + ", "
                    + s(AoSolution.STATE) + ", " + s(AoSolution.OWNER_CODE) + ", " + s(AoSolution.AREAS) + ", "
                    + s(AoSolution.OFFERS) + ", " + s(AoSolution.EVALUATING_COUNT) + ", "
                    + s(AoSolution.USING_COUNT) + ", " + s(AoSolution.STOPPED_COUNT) + ", "
                    + s(AoSolution.UPDATED_AT) + ", " + s(AoSolution.CONFIRMED_AT) + ", "
                    + s(AoSolution.ENTRY_VERSION) + filtered(false) + " ORDER BY " + s(AoSolution.UPDATED_AT)
                    + " DESC, s." + q("ID") + " DESC LIMIT ? OFFSET ?")) {
                int i = bindFilter(ps, false, viewer);
                ps.setInt(i++, 25);
                ps.setInt(i, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[]{rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getTimestamp(13),
                                rs.getTimestamp(14), rs.getInt(15)});
                    }
                }
            }
            int total = count(c, false, viewer);
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (String f : List.of("phase", "kind", "serviceArea", "offer")) {
                facets.put(f, new TreeMap<>());
            }
            try (PreparedStatement ps = prepare(c, "SELECT " + s(AoSolution.PHASE) + ", " + s(AoSolution.KIND) + ", "
                    + s(AoSolution.AREAS) + ", " + s(AoSolution.OFFERS) + filtered(false))) {
                bindFilter(ps, false, viewer);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        facets.get("phase").merge(rs.getString(1), 1L, Long::sum);
                        facets.get("kind").merge(rs.getString(2), 1L, Long::sum);
                        split(rs.getString(3)).forEach(a -> facets.get("serviceArea").merge(a, 1L, Long::sum));
                        split(rs.getString(4)).forEach(o -> facets.get("offer").merge(o, 1L, Long::sum));
                    }
                }
            }
            Set<String> owners = new LinkedHashSet<>();
            rows.forEach(r -> owners.add((String) r[6]));
            Map<String, String> names = councilNames(c, owners);
            g.writeStartObject();
            g.writeArrayFieldStart("results");
            for (Object[] r : rows) {
                g.writeStartObject();
                g.writeStringField("key", "CC-" + r[0]);
                g.writeStringField("name", (String) r[1]);
                g.writeStringField("summary", (String) r[2]);
                g.writeStringField("kind", (String) r[3]);
                g.writeStringField("phase", (String) r[4]);
                g.writeStringField("state", (String) r[5]);
                g.writeObjectFieldStart("ownerCouncil");
                g.writeStringField("code", (String) r[6]);
                g.writeStringField("name", names.get((String) r[6]));
                g.writeEndObject();
                g.writeArrayFieldStart("serviceAreas");
                for (String a : split((String) r[7])) {
                    g.writeString(a);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("offers");
                for (String o : split((String) r[8])) {
                    g.writeString(o);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("adoptions");
                g.writeNumberField("evaluating", (int) r[9]);
                g.writeNumberField("using", (int) r[10]);
                g.writeNumberField("stopped", (int) r[11]);
                g.writeEndObject();
                g.writeStringField("updated", ((Timestamp) r[12]).toInstant().toString());
                g.writeStringField("lastConfirmed", r[13] == null ? null : ((Timestamp) r[13]).toInstant()
                        .toString());
                g.writeNumberField("version", (int) r[14]);
                g.writeObjectFieldStart("_links");
                g.writeStringField("self", base + "/solutions/CC-" + r[0]);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("start", 0);
            g.writeNumberField("limit", 25);
            g.writeNumberField("size", rows.size());
            g.writeNumberField("total", total);
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, Map<String, Long>> f : facets.entrySet()) {
                g.writeObjectFieldStart(f.getKey());
                for (Map.Entry<String, Long> e : f.getValue().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("_links");
            g.writeStringField("self", base + "/solutions?phase=beta&phase=live&serviceArea=waste&q=reminders");
            g.writeStringField("next", total > 25 ? base + "/solutions?start=25&limit=25" : null);
            g.writeStringField("prev", null);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- 3. solution card -------------------------------------------------------------------------------------

    /** One entry with its first 100 adoptions and the councils named, as an HTML card. */
    String card(int id) throws SQLException {
        StringBuilder h = new StringBuilder(16384);
        try (Connection c = p.getConnection()) {
            String owner;
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoSolution.NAME) + ", " + q(AoSolution.SUMMARY)
                    + ", " + q(AoSolution.DESCRIPTION) + ", " + q(AoSolution.PHASE) + ", " + q(AoSolution.KIND)
                    + ", " + q(AoSolution.OWNER_CODE) + ", " + q(AoSolution.AREAS) + ", " + q(AoSolution.OFFERS)
                    + ", " + q(AoSolution.LANDING_URL) + ", " + q(AoSolution.LICENCE) + ", "
                    + q(AoSolution.ANNUAL_SAVING) + ", " + q(AoSolution.CURRENCY) + ", " + q(AoSolution.USING_COUNT)
                    + ", " + q(AoSolution.UPDATED_AT) + " FROM " + sol + " WHERE " + q("ID") + " = ?")) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    owner = rs.getString(6);
                    h.append("<article class=\"cc-solution\" data-cc-solution=\"\" data-key=\"CC-").append(id)
                            .append("\"><h3>").append(esc(rs.getString(1))).append("</h3><p>")
                            .append(esc(rs.getString(2))).append("</p><div>").append(esc(rs.getString(3)))
                            .append("</div><dl><dt>Phase</dt><dd>").append(esc(rs.getString(4)))
                            .append("</dd><dt>Kind</dt><dd>").append(esc(rs.getString(5)))
                            .append("</dd><dt>Areas</dt><dd>").append(esc(rs.getString(7)))
                            .append("</dd><dt>Offers</dt><dd>").append(esc(rs.getString(8)))
                            .append("</dd><dt>Website</dt><dd><a href=\"").append(esc(rs.getString(9))).append("\">")
                            .append(esc(rs.getString(9))).append("</a></dd><dt>Licence</dt><dd>")
                            .append(esc(rs.getString(10))).append("</dd><dt>Saving</dt><dd>")
                            .append(rs.getLong(11) / 100).append(' ').append(esc(rs.getString(12)))
                            .append("</dd><dt>Updated</dt><dd>").append(rs.getTimestamp(14).toInstant())
                            .append("</dd></dl>");
                }
            }
            List<String[]> adoptions = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoAdoption.COUNCIL_CODE) + ", "
                    + q(AoAdoption.STATE) + ", " + q(AoAdoption.DECLARED_AT) + " FROM " + adoption + " WHERE "
                    + q(AoAdoption.SOLUTION_ID) + " = ? ORDER BY " + q(AoAdoption.DECLARED_AT) + " DESC, " + q("ID")
                    + " DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, id);
                ps.setInt(2, 100);
                ps.setInt(3, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        adoptions.add(new String[]{rs.getString(1), rs.getString(2),
                                rs.getTimestamp(3).toInstant().toString()});
                    }
                }
            }
            int total;
            try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM " + adoption + " WHERE "
                    + q(AoAdoption.SOLUTION_ID) + " = ?")) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            Set<String> named = new LinkedHashSet<>();
            named.add(owner);
            adoptions.forEach(a -> named.add(a[0]));
            Map<String, String> names = councilNames(c, named);
            Map<String, String> areas = serviceAreas(c);
            h.append("<p>Owner: ").append(esc(names.get(owner))).append(" (").append(areas.size())
                    .append(" areas)</p><table class=\"aui\"><tbody>");
            for (String[] a : adoptions) {
                h.append("<tr><td>").append(esc(names.get(a[0]))).append("</td><td><span class=\"aui-lozenge\">")
                        .append(esc(a[1])).append("</span></td><td>").append(a[2]).append("</td></tr>");
            }
            h.append("</tbody></table><p>").append(total).append(" adoptions</p></article>");
        }
        return h.toString();
    }

    // ---- 4. adoption figures ----------------------------------------------------------------------------------

    /**
     * Totals over every published entry: by phase and area, adoptions by state, savings; as HTML tables. Aggregated
     * by the database as a hand-written query would be: per phase and currency (with the in-use count as a CASE),
     * per area over the area table, and the area names.
     */
    String figures(String viewer) throws SQLException {
        long solutions = 0;
        long inUse = 0;
        long evaluating = 0;
        long using = 0;
        long stopped = 0;
        Map<String, Long> phases = new TreeMap<>();
        Map<String, Long> areaCounts = new TreeMap<>();
        Map<String, Long> savings = new TreeMap<>();
        Map<String, String> areas;
        String where = " WHERE " + s(AoSolution.STATE) + " = ? AND (" + s(AoSolution.STATE) + " = ? OR "
                + s(AoSolution.CONTACT_KEY) + " = ?)";
        try (Connection c = p.getConnection()) {
            try (PreparedStatement ps = prepare(c, "SELECT " + s(AoSolution.PHASE) + ", " + s(AoSolution.CURRENCY)
                    + ", COUNT(*), SUM(" + s(AoSolution.EVALUATING_COUNT) + "), SUM(" + s(AoSolution.USING_COUNT)
                    + "), SUM(" + s(AoSolution.STOPPED_COUNT) + "), SUM(CASE WHEN " + s(AoSolution.USING_COUNT)
                    + " > 0 THEN 1 ELSE 0 END), SUM(" + s(AoSolution.ANNUAL_SAVING) + ") FROM " + sol + " s" + where
                    + " GROUP BY " + s(AoSolution.PHASE) + ", " + s(AoSolution.CURRENCY))) {
                bindPublished(ps, viewer);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(3);
                        solutions += n;
                        phases.merge(rs.getString(1), n, Long::sum);
                        evaluating += rs.getLong(4);
                        using += rs.getLong(5);
                        stopped += rs.getLong(6);
                        inUse += rs.getLong(7);
                        long saving = rs.getLong(8);
                        if (!rs.wasNull() && rs.getString(2) != null) {
                            savings.merge(rs.getString(2), saving, Long::sum);
                        }
                    }
                }
            }
            try (PreparedStatement ps = prepare(c, "SELECT a." + q(AoSolutionArea.AREA_CODE) + ", COUNT(*) FROM "
                    + sol + " s JOIN " + area + " a ON a." + q(AoSolutionArea.SOLUTION_ID) + " = s." + q("ID")
                    + where + " GROUP BY a." + q(AoSolutionArea.AREA_CODE))) {
                bindPublished(ps, viewer);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        areaCounts.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            areas = serviceAreas(c);
        }
        StringBuilder h = new StringBuilder(8192);
        h.append("<section class=\"cc-figures\"><p>").append(solutions).append(" solutions, ").append(inUse)
                .append(" in use; ").append(using).append(" using, ").append(evaluating).append(" evaluating, ")
                .append(stopped).append(" stopped</p><table class=\"aui\"><tbody>");
        long max = phases.values().stream().mapToLong(Long::longValue).max().orElse(1);
        phases.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(v)
                .append("</td><td><svg width=\"200\" height=\"12\"><rect width=\"").append(200 * v / max)
                .append("\" height=\"12\"/></svg></td></tr>"));
        h.append("</tbody></table><table class=\"aui\"><tbody>");
        long maxArea = areaCounts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        areaCounts.forEach((k, v) -> h.append("<tr><th>").append(esc(areas.getOrDefault(k, k))).append("</th><td>")
                .append(v).append("</td><td><svg width=\"200\" height=\"12\"><rect width=\"")
                .append(200 * v / maxArea).append("\" height=\"12\"/></svg></td></tr>"));
        h.append("</tbody></table><p>");
        savings.forEach((cur, v) -> h.append(esc(cur)).append(' ').append(v / 100).append(' '));
        h.append("</p></section>");
        return h.toString();
    }

    // ---- 5. CSV export ----------------------------------------------------------------------------------------

    /**
     * Every published entry, newest first, as the register's CSV (BOM, heading keys, name, phase, owner, areas
     * joined with "; ", councils using it; formula cells neutralised): one streamed query written with Commons CSV.
     */
    String csvExport(String viewer, List<String> headings) throws SQLException, IOException {
        Digest out = new Digest();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(headings);
        try (Connection c = p.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams by the fetch size only inside a transaction
            try (PreparedStatement ps = prepare(c, "SELECT " + s(AoSolution.NAME) + ", " + s(AoSolution.PHASE) + ", "
                    + s(AoSolution.OWNER_CODE) + ", " + s(AoSolution.AREAS) + ", " + s(AoSolution.USING_COUNT)
                    + " FROM " + sol + " s WHERE " + s(AoSolution.STATE) + " = ? AND (" + s(AoSolution.STATE)
                    + " = ? OR " + s(AoSolution.CONTACT_KEY) + " = ?) ORDER BY " + s(AoSolution.UPDATED_AT)
                    + " DESC, s." + q("ID") + " DESC")) {
                bindPublished(ps, viewer);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        printer.printRecord(CsvCells.neutralise(rs.getString(1)), rs.getString(2),
                                rs.getString(3), String.join("; ", split(rs.getString(4))), rs.getInt(5));
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(autoCommit);
            }
        }
        printer.flush();
        return out.toString();
    }

    /** Counts and checksums what is written, so two exports can be compared without holding either. */
    static final class Digest extends OutputStream {

        private final CRC32 crc = new CRC32();
        private long bytes;

        @Override
        public void write(int b) {
            crc.update(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            crc.update(b, off, len);
            bytes += len;
        }

        @Override
        public String toString() {
            return bytes + " bytes, CRC-32 " + Long.toHexString(crc.getValue());
        }
    }

    private static void bindPublished(PreparedStatement ps, String viewer) throws SQLException {
        ps.setString(1, PUBLISHED);
        ps.setString(2, PUBLISHED);
        ps.setString(3, viewer);
    }

    /** Runs SQL captured from AO (the register table's page and count) with the benchmark's filter values. */
    int runCaptured(List<String> sqls, String viewer) throws SQLException {
        int rows = 0;
        try (Connection c = p.getConnection()) {
            for (String sql : sqls) {
                try (PreparedStatement ps = prepare(c, sql)) {
                    bindFilter(ps, true, viewer);
                    try (ResultSet rs = ps.executeQuery()) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= cols; i++) {
                                rs.getObject(i);
                            }
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** The database's plan, with actual times, of each captured statement with the benchmark's filter values. */
    String explain(List<String> sqls, String viewer, boolean postgres) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = p.getConnection()) {
            for (String sql : sqls) {
                try (PreparedStatement ps = c.prepareStatement((postgres ? "EXPLAIN (ANALYZE, BUFFERS) "
                        : "EXPLAIN ANALYZE ") + sql)) {
                    bindFilter(ps, true, viewer);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getString(1)).append('\n');
                        }
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Two rewrites of the register table's page that make the database filter first and sort the few matches. */
    List<String> pageRewrites(String viewer) {
        String where = " WHERE " + s(AoSolution.PHASE) + " IN ('beta','live') AND " + s(AoSolution.STATE)
                + " = 'published' AND (" + s(AoSolution.STATE) + " = 'published' OR " + s(AoSolution.CONTACT_KEY)
                + " = '" + viewer + "')";
        String semi = "SELECT s.* FROM " + sol + " s" + where + " AND s." + q("ID") + " IN (SELECT "
                + q(AoSearchToken.SOLUTION_ID) + " FROM " + token + " WHERE " + q(AoSearchToken.TOKEN) + " = '"
                + TOKEN + "') AND s." + q("ID") + " IN (SELECT " + q(AoSolutionArea.SOLUTION_ID) + " FROM " + area
                + " WHERE " + q(AoSolutionArea.AREA_CODE) + " = '" + BenchData.QUERY_AREA + "') ORDER BY "
                + s(AoSolution.UPDATED_AT) + " DESC, s." + q("ID") + " DESC LIMIT 25";
        String cte = "WITH m AS MATERIALIZED (SELECT s." + q("ID") + " AS id, " + s(AoSolution.UPDATED_AT)
                + " AS at FROM " + sol + " s JOIN " + area + " a ON a." + q(AoSolutionArea.SOLUTION_ID) + " = s."
                + q("ID") + " JOIN " + token + " t ON t." + q(AoSearchToken.SOLUTION_ID) + " = s." + q("ID") + where
                + " AND a." + q(AoSolutionArea.AREA_CODE) + " = '" + BenchData.QUERY_AREA + "' AND t."
                + q(AoSearchToken.TOKEN) + " = '" + TOKEN + "') SELECT s.* FROM " + sol + " s JOIN (SELECT id, at"
                + " FROM m ORDER BY at DESC, id DESC LIMIT 25) p ON p.id = s." + q("ID") + " ORDER BY p.at DESC,"
                + " p.id DESC";
        return List.of(semi, cte);
    }

    /** Runs a statement without parameters {@code times} times; returns the median in milliseconds. */
    double median(String sql, int times) throws SQLException {
        long[] t = new long[times];
        try (Connection c = p.getConnection()) {
            for (int i = 0; i < times; i++) {
                long t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                t[i] = System.nanoTime() - t0;
            }
        }
        java.util.Arrays.sort(t);
        return t[times / 2] / 1e6;
    }

    String explainPlain(String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = p.getConnection(); PreparedStatement ps = c.prepareStatement(
                "EXPLAIN (ANALYZE, BUFFERS) " + sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    /** Median of the captured statements (bound with the benchmark's filter) run {@code times} times. */
    double medianCaptured(List<String> sqls, String viewer, int times) throws SQLException {
        long[] t = new long[times];
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            runCaptured(sqls, viewer);
            t[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(t);
        return t[times / 2] / 1e6;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String r = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(ch);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
