package org.connectedcouncils.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import org.connectedcouncils.register.ao.AoSearchToken;
import org.connectedcouncils.register.ao.AoSolution;
import org.connectedcouncils.register.domain.SearchText;

/**
 * Baseline of operation 6 (similar entries): the query a person would write by hand on a pooled connection, one
 * statement — the published entries sharing most of the query's words, grouped and ranked in the database, top five,
 * with the columns the answer needs. No weighting by rarity, no second look at names: the physical limit.
 */
final class SimilarBaseline {

    private final DatabaseProvider p;
    private final String sol;
    private final String token;
    final AtomicInteger statements = new AtomicInteger();

    SimilarBaseline(EntityManager em) {
        this.p = em.getProvider();
        this.sol = p.withSchema(em.getTableNameConverter().getName(AoSolution.class));
        this.token = p.withSchema(em.getTableNameConverter().getName(AoSearchToken.class));
    }

    /** The keys and names of the five published entries sharing most words with {@code name} and {@code summary}. */
    String similar(String name, String summary) throws SQLException {
        List<String> words = new ArrayList<>(SearchText.tokens(name, summary));
        String id = "s." + p.quote("ID");
        String sql = "SELECT " + id + ", s." + p.quote(AoSolution.NAME) + ", s." + p.quote(AoSolution.OWNER_CODE)
                + ", s." + p.quote(AoSolution.PHASE) + ", COUNT(*) AS shared FROM " + token + " t JOIN " + sol
                + " s ON s." + p.quote("ID") + " = t." + p.quote(AoSearchToken.SOLUTION_ID) + " WHERE t."
                + p.quote(AoSearchToken.TOKEN) + " IN (" + String.join(",", Collections.nCopies(words.size(), "?"))
                + ") AND s." + p.quote(AoSolution.STATE) + " = ? GROUP BY " + id + ", s." + p.quote(AoSolution.NAME)
                + ", s." + p.quote(AoSolution.OWNER_CODE) + ", s." + p.quote(AoSolution.PHASE)
                + " ORDER BY shared DESC, " + id + " LIMIT 5";
        StringBuilder out = new StringBuilder();
        try (Connection c = p.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            statements.incrementAndGet();
            int i = 1;
            for (String word : words) {
                ps.setString(i++, word);
            }
            ps.setString(i, "published");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append("CC-").append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ')
                            .append(rs.getString(3)).append(' ').append(rs.getString(4)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
