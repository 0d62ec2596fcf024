package org.connectedcouncils.register.ao.upgrade.v1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;

/**
 * Model version 1: seeds the service-area taxonomy (the council services most digital work is filed under), adding
 * only codes not already present so a re-run changes nothing.
 */
public final class SeedServiceAreasUpgradeTask001 implements ActiveObjectsUpgradeTask {

    /** Code → English name, in the order shown; admins rename, add and retire areas later, in the app. */
    public static final Map<String, String> SEED = Collections.unmodifiableMap(areas());

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        seed(ao);
    }

    /** The task's work, callable without a model version (tests, and a fresh preview database). */
    public static void seed(ActiveObjects ao) {
        ao.migrate(AoServiceAreaV1.class);
        SEED.forEach((code, name) -> {
            if (ao.count(AoServiceAreaV1.class, Query.select().where("CODE = ?", code)) == 0) {
                AoServiceAreaV1 row = ao.create(AoServiceAreaV1.class, Map.of("CODE", code, "NAME", name));
                row.setRetired(false);
                row.save();
            }
        });
    }

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("adult-social-care", "Adult social care");
        areas.put("benefits", "Benefits and financial support");
        areas.put("births-deaths-marriages", "Births, deaths and marriages");
        areas.put("building-control", "Building control");
        areas.put("business", "Business support and licensing");
        areas.put("children", "Children and families");
        areas.put("community-safety", "Community safety");
        areas.put("council-tax", "Council tax and business rates");
        areas.put("customer-services", "Customer services and contact");
        areas.put("democracy", "Democracy and elections");
        areas.put("education", "Education and skills");
        areas.put("environmental-health", "Environmental health");
        areas.put("highways", "Roads, highways and transport");
        areas.put("homelessness", "Homelessness");
        areas.put("housing", "Housing");
        areas.put("it-infrastructure", "Technology and infrastructure");
        areas.put("leisure-culture", "Leisure, libraries and culture");
        areas.put("parking", "Parking");
        areas.put("parks", "Parks and open spaces");
        areas.put("planning", "Planning");
        areas.put("public-health", "Public health");
        areas.put("waste", "Waste and recycling");
        areas.put("workforce", "Workforce and HR");
        return areas;
    }
}
