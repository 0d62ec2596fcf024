package org.connectedcouncils.council.ao.upgrade.v4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;

import org.connectedcouncils.council.domain.CouncilList;
import org.connectedcouncils.council.domain.ListedCouncil;
import org.connectedcouncils.council.io.BundledCouncilList;

/**
 * Model version 4: councils get a nation, a country, a point, a successor and an end date,
 * and the directory is seeded from the bundled UK list. Only GSS codes not yet in the directory are added;
 * a council an admin already has keeps its name, type, region and retirement, and only gains the place fields it
 * lacks (nation, country, point), so the maps can show it. A re-run adds nothing.
 */
public final class SeedUkCouncilsUpgradeTask004 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        seed(ao, BundledCouncilList.bundled());
    }

    /** The task's work for a given list (tests, and a fresh preview database); returns the number of councils added. */
    public static int seed(ActiveObjects ao, CouncilList list) {
        ao.migrate(AoCouncilV4.class);
        return ao.executeInTransaction(() -> {
            Map<String, AoCouncilV4> existing = Arrays.stream(ao.find(AoCouncilV4.class, Query.select()))
                    .collect(Collectors.toMap(AoCouncilV4::getCode, Function.identity()));
            List<Map<String, Object>> added = new ArrayList<>();
            for (ListedCouncil council : list.current()) {
                AoCouncilV4 row = existing.get(council.code().value());
                if (row == null) {
                    added.add(values(council));
                } else {
                    fillPlace(row, council);
                }
            }
            if (!added.isEmpty()) {
                ao.create(AoCouncilV4.class, added);
            }
            return added.size();
        });
    }

    private static Map<String, Object> values(ListedCouncil council) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCouncilV4.CODE, council.code().value());
        values.put("NAME", council.name());
        values.put(AoCouncilV4.NAME_LOWER, council.name().toLowerCase(Locale.ROOT));
        values.put(AoCouncilV4.TYPE, council.type().code());
        values.put("REGION", council.region());
        values.put("RETIRED", false);
        values.put(AoCouncilV4.NATION, council.nation());
        values.put(AoCouncilV4.COUNTRY, ListedCouncil.COUNTRY);
        values.put(AoCouncilV4.LATITUDE, council.latitude());
        values.put(AoCouncilV4.LONGITUDE, council.longitude());
        return values;
    }

    private static void fillPlace(AoCouncilV4 row, ListedCouncil council) {
        boolean changed = false;
        if (blank(row.getNation())) {
            row.setNation(council.nation());
            changed = true;
        }
        if (blank(row.getCountry())) {
            row.setCountry(ListedCouncil.COUNTRY);
            changed = true;
        }
        if (row.getLatitude() == null && council.latitude() != null) {
            row.setLatitude(council.latitude());
            row.setLongitude(council.longitude());
            changed = true;
        }
        if (changed) {
            row.save();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
