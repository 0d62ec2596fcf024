package org.connectedcouncils.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import org.connectedcouncils.council.ao.AoCouncil;
import org.connectedcouncils.maturity.ao.AoAssessment;
import org.connectedcouncils.register.ao.AoServiceArea;

/**
 * The heat map's data and its raw-JDBC baseline: every council assessed in all 23 service areas (a current row and
 * an older one per cell), and one page of the map as a person would write it by hand: the four queries, the SVG and
 * the table.
 */
final class MaturityRows {

    private final DatabaseProvider p;
    private final String assessment;
    private final String council;
    private final String serviceArea;
    private static final String[] FILLS = {"#ffffff", "#f1eef6", "#bdc9e1", "#74a9cf", "#045a8d", "#023858"};

    private final AtomicInteger statements;
    /** "n name" per level number (index 0 unused), as a person would write the table's words. */
    private final String[] levelNames;

    /**
     * @param statements the baselines' statement counter, which this baseline adds to
     * @param levelNames the five level names in order
     */
    MaturityRows(EntityManager em, AtomicInteger statements, List<String> levelNames) {
        this.statements = statements;
        this.levelNames = new String[levelNames.size() + 1];
        for (int i = 0; i < levelNames.size(); i++) {
            this.levelNames[i + 1] = (i + 1) + " " + levelNames.get(i);
        }
        this.p = em.getProvider();
        this.assessment = p.withSchema(em.getTableNameConverter().getName(AoAssessment.class));
        this.council = p.withSchema(em.getTableNameConverter().getName(AoCouncil.class));
        this.serviceArea = p.withSchema(em.getTableNameConverter().getName(AoServiceArea.class));
    }

    /** Adds the missing areas of the 23, then two assessments per council and area; returns the cells seeded. */
    static int seed(ActiveObjects ao, List<String> councils) {
        Set<String> known = new java.util.HashSet<>();
        for (AoServiceArea a : ao.find(AoServiceArea.class, net.java.ao.Query.select())) {
            known.add(a.getCode());
        }
        for (String code : BenchData.AREAS) {
            if (!known.contains(code)) {
                ao.create(AoServiceArea.class, Map.of(AoServiceArea.CODE, code, AoServiceArea.NAME,
                        code.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + code.substring(1).replace('-', ' ')));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Date older = new Date(1_700_000_000_000L);
        Date newer = new Date(1_760_000_000_000L);
        int c = 0;
        for (String code : councils) {
            for (int a = 0; a < BenchData.AREAS.length; a++) {
                String area = BenchData.AREAS[a];
                int level = 1 + (c * 7 + a * 3) % 5;
                rows.add(row(code, area, Math.max(1, level - 1), older, "old-" + code + ":" + area, false));
                rows.add(row(code, area, level, newer, code + ":" + area, true));
                if (rows.size() >= 1000) {
                    ao.create(AoAssessment.class, rows);
                    rows.clear();
                }
            }
            c++;
        }
        if (!rows.isEmpty()) {
            ao.create(AoAssessment.class, rows);
        }
        return councils.size() * BenchData.AREAS.length;
    }

    private static Map<String, Object> row(String council, String area, int level, Date on, String key,
            boolean latest) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoAssessment.COUNCIL_CODE, council);
        row.put(AoAssessment.AREA_CODE, area);
        row.put(AoAssessment.LEVEL_NO, level);
        row.put(AoAssessment.ASSESSED_ON, on);
        row.put(AoAssessment.JUSTIFICATION, "Benchmark data: how the service runs.");
        row.put(AoAssessment.AUTHOR, "bench");
        row.put(AoAssessment.CREATED_AT, on);
        row.put(AoAssessment.CURRENT_KEY, key);
        row.put(AoAssessment.LATEST, latest);
        return row;
    }

    /** One council's row of the baseline: its name and its level per active area (0: not assessed). */
    record Row(String name, int[] levels) {
    }

    /** The baseline's data: the active areas' names in order and the councils' rows sorted by name. */
    record Data(List<String> areas, List<Row> rows, long total) {
    }

    /**
     * The data alone (7b's baseline), one page of {@code limit} councils as the heat map pages them: the page of
     * active councils by name and their count, the page's current cells (one IN list) and the active areas, four
     * statements; each council's levels in an array by area position (a council not assessed keeps zeros).
     */
    Data data(int limit) throws SQLException {
        Map<String, Integer> areaIndex = new LinkedHashMap<>();
        List<String> areaNames = new ArrayList<>();
        Map<String, int[]> cells = new LinkedHashMap<>();
        List<String[]> councils = new ArrayList<>();
        try (Connection c = p.getConnection()) {
            String active = " FROM " + council + " WHERE " + q("RETIRED") + " = ? AND " + q(AoCouncil.ENDED_ON)
                    + " IS NULL";
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoCouncil.CODE) + ", " + q("NAME") + active
                    + " ORDER BY " + q(AoCouncil.NAME_LOWER) + ", " + q("ID") + " LIMIT ? OFFSET ?")) {
                ps.setBoolean(1, false);
                ps.setInt(2, limit);
                ps.setInt(3, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        councils.add(new String[]{rs.getString(1), rs.getString(2)});
                    }
                }
            }
            long total;
            try (PreparedStatement ps = prepare(c, "SELECT COUNT(*)" + active)) {
                ps.setBoolean(1, false);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoServiceArea.CODE) + ", " + q(AoServiceArea.NAME)
                    + " FROM " + serviceArea + " WHERE " + q("RETIRED") + " = ? ORDER BY " + q(AoServiceArea.NAME))) {
                ps.setBoolean(1, false);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        areaIndex.put(rs.getString(1), areaNames.size());
                        areaNames.add(rs.getString(2));
                    }
                }
            }
            for (String[] row : councils) {
                cells.put(row[0], new int[areaNames.size()]);
            }
            if (!councils.isEmpty()) {
                try (PreparedStatement ps = prepare(c, "SELECT " + q(AoAssessment.COUNCIL_CODE) + ", "
                        + q(AoAssessment.AREA_CODE) + ", " + q(AoAssessment.LEVEL_NO) + " FROM " + assessment
                        + " WHERE " + q(AoAssessment.LATEST) + " = ? AND " + q(AoAssessment.COUNCIL_CODE) + " IN ("
                        + String.join(",", java.util.Collections.nCopies(councils.size(), "?")) + ")")) {
                    ps.setBoolean(1, true);
                    for (int i = 0; i < councils.size(); i++) {
                        ps.setString(i + 2, councils.get(i)[0]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Integer area = areaIndex.get(rs.getString(2));
                            int[] levels = cells.get(rs.getString(1));
                            if (area != null && levels != null) {
                                levels[area] = rs.getInt(3);
                            }
                        }
                    }
                }
            }
            List<Row> rows = new ArrayList<>(councils.size());
            for (String[] row : councils) {
                rows.add(new Row(row[1], cells.get(row[0])));
            }
            return new Data(areaNames, rows, total);
        }
    }

    /** What a page view needs (7's baseline): the data and the table by hand, level numbers and names in words. */
    String screen(int limit) throws SQLException {
        Data data = data(limit);
        StringBuilder html = new StringBuilder("<ul>");
        for (int level = 1; level < levelNames.length; level++) {
            html.append("<li><span data-level=\"").append(level).append("\">").append(level).append("</span> ")
                    .append(levelNames[level]).append("</li>");
        }
        html.append("</ul><div class=\"canvas\"></div>");
        return table(data, html).toString();
    }

    /** The export (7a's baseline): the data, the SVG cells and the table by hand. */
    String export(int limit) throws SQLException {
        Data data = data(limit);
        StringBuilder html = new StringBuilder("<svg>");
        for (int a = 0; a < data.areas().size(); a++) {
            html.append("<text x=\"").append(220 + a * 30).append("\">").append(escape(data.areas().get(a)))
                    .append("</text>");
        }
        int y = 150;
        for (Row row : data.rows()) {
            html.append("<g transform=\"translate(0 ").append(y).append(")\"><text>").append(escape(row.name()))
                    .append("</text>");
            int x = 221;
            for (int level : row.levels()) {
                html.append("<rect x=\"").append(x).append("\" fill=\"").append(FILLS[level])
                        .append("\"></rect><text x=\"").append(x).append("\">")
                        .append(level == 0 ? "-" : String.valueOf(level)).append("</text>");
                x += 30;
            }
            html.append("</g>");
            y += 26;
        }
        html.append("</svg>");
        return table(data, html).toString();
    }

    private StringBuilder table(Data data, StringBuilder html) {
        html.append("<table><thead><tr><th>Council</th>");
        data.areas().forEach(a -> html.append("<th>").append(escape(a)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Row row : data.rows()) {
            html.append("<tr><th>").append(escape(row.name())).append("</th>");
            for (int level : row.levels()) {
                html.append("<td>").append(level == 0 ? "-" : levelNames[level]).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table><p>Showing councils 1 to ").append(data.rows().size()).append(" of ")
                .append(data.total()).append(".</p>");
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        statements.incrementAndGet();
        return c.prepareStatement(sql);
    }

    private String q(String column) {
        return p.quote(column);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
