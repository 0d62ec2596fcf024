package org.connectedcouncils.admin.service;

import org.connectedcouncils.admin.domain.AppSettings;

/** Where the app's settings live (the database, shared by every cluster node). */
public interface SettingsStore {

    /** The stored settings, with defaults for anything never set. */
    AppSettings load();

    void save(AppSettings settings);
}
