package org.connectedcouncils.register.service;

import java.util.Set;

/**
 * The hosts an administrator allowed the publiccode.yml sync to reach although they resolve to an internal address
 * (an internal Git server, say): lower-case host names or IP literals, read on every fetch.
 */
public interface PubliccodeSyncHosts {

    Set<String> allowed();
}
