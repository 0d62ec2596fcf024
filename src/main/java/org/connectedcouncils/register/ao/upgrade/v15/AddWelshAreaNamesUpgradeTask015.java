package org.connectedcouncils.register.ao.upgrade.v15;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;

import org.connectedcouncils.register.ao.upgrade.v1.SeedServiceAreasUpgradeTask001;

/**
 * Model version 15: service areas gain a Welsh name (issue 25 left them English only). A new nullable column; each
 * area the app seeded gets its Welsh name, unless an admin renamed it in English since (the Welsh would then name
 * something else) or already gave a Welsh one. Areas admins added stay English until an admin gives their Welsh.
 */
public final class AddWelshAreaNamesUpgradeTask015 implements ActiveObjectsUpgradeTask {

    /** Code → Welsh name of the seeded areas, in the words Welsh councils use for their services. */
    public static final Map<String, String> WELSH = Collections.unmodifiableMap(welsh());

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("15");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        name(ao);
    }

    /** The task's work, callable without a model version (tests, and a fresh preview database). */
    public static void name(ActiveObjects ao) {
        ao.migrate(AoServiceAreaV15.class);
        for (AoServiceAreaV15 row : ao.find(AoServiceAreaV15.class, Query.select())) {
            String welsh = WELSH.get(row.getCode());
            if (welsh != null && row.getNameCy() == null
                    && row.getName().equals(SeedServiceAreasUpgradeTask001.SEED.get(row.getCode()))) {
                row.setNameCy(welsh);
                row.save();
            }
        }
    }

    private static Map<String, String> welsh() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("adult-social-care", "Gofal cymdeithasol i oedolion");
        areas.put("benefits", "Budd-daliadau a chymorth ariannol");
        areas.put("births-deaths-marriages", "Genedigaethau, marwolaethau a phriodasau");
        areas.put("building-control", "Rheoli adeiladu");
        areas.put("business", "Cymorth i fusnesau a thrwyddedu");
        areas.put("children", "Plant a theuluoedd");
        areas.put("community-safety", "Diogelwch cymunedol");
        areas.put("council-tax", "Treth gyngor ac ardrethi busnes");
        areas.put("customer-services", "Gwasanaethau cwsmeriaid a chyswllt");
        areas.put("democracy", "Democratiaeth ac etholiadau");
        areas.put("education", "Addysg a sgiliau");
        areas.put("environmental-health", "Iechyd yr amgylchedd");
        areas.put("highways", "Ffyrdd, priffyrdd a thrafnidiaeth");
        areas.put("homelessness", "Digartrefedd");
        areas.put("housing", "Tai");
        areas.put("it-infrastructure", "Technoleg a seilwaith");
        areas.put("leisure-culture", "Hamdden, llyfrgelloedd a diwylliant");
        areas.put("parking", "Parcio");
        areas.put("parks", "Parciau a mannau agored");
        areas.put("planning", "Cynllunio");
        areas.put("public-health", "Iechyd y cyhoedd");
        areas.put("waste", "Gwastraff ac ailgylchu");
        areas.put("workforce", "Y gweithlu ac adnoddau dynol");
        return areas;
    }
}
