package org.connectedcouncils.admin.service;

import java.util.Set;

/** Where the hosts allowed to the publiccode.yml sync are kept (one app setting shared by every node). */
public interface SyncHostsStore {

    Set<String> load();

    void save(Set<String> hosts);
}
