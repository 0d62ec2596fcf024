package org.connectedcouncils.register.ao;

import org.connectedcouncils.common.ao.AoSql;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.PubliccodeExtraStore;

/** {@link PubliccodeExtraStore} on Active Objects: one row per entry, keyed by the entry's id. */
public final class AoPubliccodeExtraStore implements PubliccodeExtraStore {

    private final ActiveObjects ao;

    public AoPubliccodeExtraStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public PubliccodeExtra save(PubliccodeExtra extra) {
        return ao.executeInTransaction(() -> {
            int id = (int) extra.key().number();
            AoPubliccodeExtra row = row(id).orElseGet(() -> {
                Map<String, Object> values = new HashMap<>();
                values.put(AoPubliccodeExtra.SOLUTION_ID, id);
                return ao.create(AoPubliccodeExtra.class, values);
            });
            row.setSourceVersion(extra.sourceVersion());
            row.setLanguage(extra.language());
            row.setUsedBy(extra.usedBy().isEmpty() ? null : String.join("\n", extra.usedBy()));
            row.setUnmappedYaml(extra.unmappedYaml().isEmpty() ? null : extra.unmappedYaml());
            row.save();
            return toExtra(row);
        });
    }

    @Override
    public Optional<PubliccodeExtra> find(SolutionKey key) {
        if (key.number() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return row((int) key.number()).map(AoPubliccodeExtraStore::toExtra);
    }

    @Override
    public Map<SolutionKey, PubliccodeExtra> findAll(Collection<SolutionKey> keys) {
        List<Integer> ids = keys.stream().filter(k -> k.number() <= Integer.MAX_VALUE)
                .map(k -> (int) k.number()).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<SolutionKey, PubliccodeExtra> extras = new HashMap<>();
        for (List<Integer> some : AoSql.inLists(ids)) {
            for (AoPubliccodeExtra row : ao.find(AoPubliccodeExtra.class, Query.select()
                    .where(AoPubliccodeExtra.SOLUTION_ID + " IN (" + AoSql.placeholders(some.size()) + ")",
                            some.toArray()))) {
                PubliccodeExtra extra = toExtra(row);
                extras.put(extra.key(), extra);
            }
        }
        return extras;
    }

    private Optional<AoPubliccodeExtra> row(int solutionId) {
        AoPubliccodeExtra[] rows = ao.find(AoPubliccodeExtra.class,
                Query.select().where(AoPubliccodeExtra.SOLUTION_ID + " = ?", solutionId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static PubliccodeExtra toExtra(AoPubliccodeExtra row) {
        String usedBy = row.getUsedBy();
        return new PubliccodeExtra(SolutionKey.of(row.getSolutionId()), row.getSourceVersion(), row.getLanguage(),
                usedBy == null || usedBy.isEmpty() ? List.of() : List.of(usedBy.split("\n")),
                row.getUnmappedYaml());
    }
}
