package org.connectedcouncils.register.ao.upgrade.v11;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;

/**
 * model version 11: adds the word-and-area index (one row per word of an entry and service area of the same entry)
 * and fills it for existing entries from the word and area rows they already have, a thousand rows per insert.
 * Existing rows are only read.
 */
public final class AddWordAreaIndexUpgradeTask011 implements ActiveObjectsUpgradeTask {

    private static final int BATCH = 1_000;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("11");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoSearchTokenV11.class, AoSolutionAreaV11.class, AoWordAreaV11.class);
        Map<Integer, List<String>> areas = new HashMap<>();
        ao.stream(AoSolutionAreaV11.class, Query.select(AoSolutionAreaV11.SOLUTION_ID + ", " + AoSolutionAreaV11.AREA_CODE),
                row -> areas.computeIfAbsent(row.getSolutionId(), id -> new ArrayList<>()).add(row.getAreaCode()));
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        ao.stream(AoSearchTokenV11.class, Query.select(AoSearchTokenV11.SOLUTION_ID + ", " + AoSearchTokenV11.TOKEN),
                row -> {
                    for (String area : areas.getOrDefault(row.getSolutionId(), List.of())) {
                        batch.add(Map.of(AoWordAreaV11.SOLUTION_ID, row.getSolutionId(), AoWordAreaV11.WORD,
                                row.getToken(), AoWordAreaV11.AREA_CODE, area));
                        if (batch.size() == BATCH) {
                            ao.create(AoWordAreaV11.class, List.copyOf(batch));
                            batch.clear();
                        }
                    }
                });
        if (!batch.isEmpty()) {
            ao.create(AoWordAreaV11.class, batch);
        }
    }
}
