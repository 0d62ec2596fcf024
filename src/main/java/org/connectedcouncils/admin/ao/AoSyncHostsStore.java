package org.connectedcouncils.admin.ao;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.admin.service.SyncHostsStore;

/** {@link SyncHostsStore} as one named setting row, the hosts one a line. */
public final class AoSyncHostsStore implements SyncHostsStore {

    static final String KEY = "publiccode.syncHosts";

    private final ActiveObjects ao;

    public AoSyncHostsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<String> load() {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select().where(AoSetting.SETTING_KEY + " = ?", KEY));
        Set<String> hosts = new TreeSet<>();
        if (rows.length > 0 && rows[0].getSettingValue() != null) {
            Arrays.stream(rows[0].getSettingValue().split("\n")).filter(h -> !h.isBlank()).forEach(hosts::add);
        }
        return hosts;
    }

    @Override
    public void save(Set<String> hosts) {
        ao.executeInTransaction(() -> {
            AoSetting[] rows = ao.find(AoSetting.class, Query.select().where(AoSetting.SETTING_KEY + " = ?", KEY));
            AoSetting row = rows.length > 0 ? rows[0] : ao.create(AoSetting.class, Map.of(AoSetting.SETTING_KEY, KEY));
            row.setSettingValue(String.join("\n", hosts));
            row.save();
            return null;
        });
    }
}
