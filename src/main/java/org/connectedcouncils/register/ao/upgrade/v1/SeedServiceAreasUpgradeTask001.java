package org.connectedcouncils.register.ao.upgrade.v1;

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

    /** Code → English name; admins rename, add and retire areas later, in the app. */
    public static final Map<String, String> SEED = new LinkedHashMap<>();

    static {
        SEED.put("adult-social-care", "Adult social care");
        SEED.put("benefits", "Benefits and financial support");
        SEED.put("births-deaths-marriages", "Births, deaths and marriages");
        SEED.put("building-control", "Building control");
        SEED.put("business", "Business support and licensing");
        SEED.put("children", "Children and families");
        SEED.put("community-safety", "Community safety");
        SEED.put("council-tax", "Council tax and business rates");
        SEED.put("customer-services", "Customer services and contact");
        SEED.put("democracy", "Democracy and elections");
        SEED.put("education", "Education and skills");
        SEED.put("environmental-health", "Environmental health");
        SEED.put("highways", "Roads, highways and transport");
        SEED.put("homelessness", "Homelessness");
        SEED.put("housing", "Housing");
        SEED.put("it-infrastructure", "Technology and infrastructure");
        SEED.put("leisure-culture", "Leisure, libraries and culture");
        SEED.put("parking", "Parking");
        SEED.put("parks", "Parks and open spaces");
        SEED.put("planning", "Planning");
        SEED.put("public-health", "Public health");
        SEED.put("waste", "Waste and recycling");
        SEED.put("workforce", "Workforce and HR");
    }

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
}
