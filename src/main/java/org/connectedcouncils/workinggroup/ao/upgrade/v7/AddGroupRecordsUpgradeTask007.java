package org.connectedcouncils.workinggroup.ao.upgrade.v7;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;

/**
 * Model version 7: adds a group's charter (commitments), its history, and the indexed table of the register
 * entries each group links, filled here from the groups' linked-entries text column (which stays as it is; its
 * frozen copy is only read, never migrated).
 */
public final class AddGroupRecordsUpgradeTask007 implements ActiveObjectsUpgradeTask {

    private static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoGroupSolutionV7.class, AoCommitmentV7.class, AoGroupHistoryV7.class);
        List<Map<String, Object>> links = new ArrayList<>();
        for (AoWorkGroupV7 group : ao.find(AoWorkGroupV7.class, Query.select("ID, SOLUTIONS")
                .where("SOLUTIONS IS NOT NULL"))) {
            for (String key : keys(group.getSolutions())) {
                links.add(Map.of("GROUP_ID", group.getID(), "SOLUTION_KEY", key));
                if (links.size() == BATCH) {
                    ao.create(AoGroupSolutionV7.class, links);
                    links = new ArrayList<>();
                }
            }
        }
        if (!links.isEmpty()) {
            ao.create(AoGroupSolutionV7.class, links);
        }
    }

    /** The keys of the comma-separated text, each once. */
    static Set<String> keys(String joined) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : joined.split(",")) {
            if (!key.isBlank()) {
                keys.add(key.trim());
            }
        }
        return keys;
    }
}
