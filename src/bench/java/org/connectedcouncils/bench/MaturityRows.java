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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import org.connectedcouncils.council.ao.AoCouncil;
import org.connectedcouncils.maturity.ao.AoAssessment;
import org.connectedcouncils.register.ao.AoServiceArea;

/**
 * The heat map's data and its raw-JDBC baseline: every council assessed in all 23 service areas (a current row and
 * an older one per cell), and the three queries and the SVG and table a person would write by hand.
 */
final class MaturityRows {

    private final DatabaseProvider p;
    private final String assessment;
    private final String council;
    private final String serviceArea;
    private final AtomicInteger statements;

    /** @param statements the baselines' statement counter, which this baseline adds to */
    MaturityRows(EntityManager em, AtomicInteger statements) {
        this.statements = statements;
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

    /** The baseline: current cells, the councils and the active areas in three statements; SVG and table by hand. */
    String heatMap() throws SQLException {
        Map<String, String> areas = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, Integer>> cells = new TreeMap<>();
        try (Connection c = p.getConnection()) {
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoAssessment.COUNCIL_CODE) + ", "
                    + q(AoAssessment.AREA_CODE) + ", " + q(AoAssessment.LEVEL_NO) + " FROM " + assessment
                    + " WHERE " + q(AoAssessment.LATEST) + " = ?")) {
                ps.setBoolean(1, true);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cells.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                                rs.getInt(3));
                    }
                }
            }
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoCouncil.CODE) + ", " + q("NAME") + " FROM "
                    + council + " WHERE " + q("RETIRED") + " = ?")) {
                ps.setBoolean(1, false);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = prepare(c, "SELECT " + q(AoServiceArea.CODE) + ", " + q(AoServiceArea.NAME)
                    + " FROM " + serviceArea + " WHERE " + q("RETIRED") + " = ? ORDER BY " + q(AoServiceArea.NAME))) {
                ps.setBoolean(1, false);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        areas.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        StringBuilder svg = new StringBuilder("<svg>");
        StringBuilder table = new StringBuilder("<table><tbody>");
        int y = 0;
        for (Map.Entry<String, Map<String, Integer>> row : cells.entrySet()) {
            String name = escape(names.getOrDefault(row.getKey(), row.getKey()));
            svg.append("<text y=\"").append(y).append("\">").append(name).append("</text>");
            table.append("<tr><th>").append(name).append("</th>");
            int x = 0;
            for (String area : areas.keySet()) {
                Integer level = row.getValue().get(area);
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" fill=\"")
                        .append(level == null ? "#fff" : "#" + level).append("\"></rect><text>")
                        .append(level == null ? "-" : level).append("</text>");
                table.append("<td>").append(level == null ? "-" : level).append("</td>");
                x += 30;
            }
            table.append("</tr>");
            y += 26;
        }
        return svg.append("</svg>").append(table).append("</tbody></table>").toString();
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
