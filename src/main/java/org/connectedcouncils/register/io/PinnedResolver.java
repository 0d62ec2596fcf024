package org.connectedcouncils.register.io;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The name lookup one fetch's HTTP client connects with: it never asks DNS, it answers each host with exactly the
 * addresses the fetch resolved and checked for it, so a name that answers a public address when checked and
 * 127.0.0.1 a moment later (DNS rebinding) still connects to the public one. A host not checked has no address.
 */
final class PinnedResolver implements DnsResolver {

    private final Map<String, InetAddress[]> checked = new ConcurrentHashMap<>();

    /** Records the addresses checked for a host; the next connection to it goes to these only. */
    void pin(String host, InetAddress[] addresses) {
        checked.put(normalised(host), addresses.clone());
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = checked.get(normalised(host));
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host + " (not checked by the fetch)");
        }
        return addresses.clone();
    }

    /** Never looked up: the name itself (TLS verifies the certificate against the name the URL gave). */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    private static String normalised(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
