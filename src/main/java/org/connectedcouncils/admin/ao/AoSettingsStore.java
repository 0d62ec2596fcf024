package org.connectedcouncils.admin.ao;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.admin.service.SettingsStore;

/** {@link SettingsStore} as named rows in AO, read in one query. */
public final class AoSettingsStore implements SettingsStore {

    static final String CREATE_GROUP = "create.group";
    static final String FUNDING_BID_LIMIT = "fundingBid.leadLimit";
    static final String STALENESS_DAYS = "staleness.days";
    static final String ADOPTION_CHECK_DAYS = "adoption.checkDays";
    static final String ADOPTION_GRACE_DAYS = "adoption.graceDays";

    private final ActiveObjects ao;

    public AoSettingsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AppSettings load() {
        Map<String, String> values = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class, Query.select())) {
            values.put(row.getSettingKey(), row.getSettingValue());
        }
        AppSettings d = AppSettings.DEFAULTS;
        return new AppSettings(
                values.getOrDefault(CREATE_GROUP, d.createGroup()),
                parse(values.get(FUNDING_BID_LIMIT), d.fundingBidLeadLimit()),
                parse(values.get(STALENESS_DAYS), d.stalenessDays()),
                parse(values.get(ADOPTION_CHECK_DAYS), d.adoptionCheckDays()),
                parse(values.get(ADOPTION_GRACE_DAYS), d.adoptionGraceDays()));
    }

    @Override
    public void save(AppSettings settings) {
        AppSettings valid = settings.validated();
        ao.executeInTransaction(() -> {
            put(CREATE_GROUP, valid.createGroup());
            put(FUNDING_BID_LIMIT, String.valueOf(valid.fundingBidLeadLimit()));
            put(STALENESS_DAYS, String.valueOf(valid.stalenessDays()));
            put(ADOPTION_CHECK_DAYS, String.valueOf(valid.adoptionCheckDays()));
            put(ADOPTION_GRACE_DAYS, String.valueOf(valid.adoptionGraceDays()));
            return null;
        });
    }

    private void put(String key, String value) {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select().where(AoSetting.SETTING_KEY + " = ?", key));
        AoSetting row = rows.length > 0 ? rows[0] : ao.create(AoSetting.class, Map.of(AoSetting.SETTING_KEY, key));
        row.setSettingValue(value);
        row.save();
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
