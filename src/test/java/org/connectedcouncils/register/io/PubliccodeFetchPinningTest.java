package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.connectedcouncils.testing.LocalHttpsServer;
import org.connectedcouncils.testing.LocalHttpsServer.Answer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The address the fetch checked is the address it connects to (DNS rebinding): a test DNS answers one address when
 * the fetch looks the name up and another on any later lookup, and the local HTTPS server (certificate valid for
 * {@value LocalHttpsServer#NAME}) shows where the connection went, with the TLS name checks still on.
 */
public class PubliccodeFetchPinningTest {

    private static final String HOST = LocalHttpsServer.NAME;
    private static LocalHttpsServer server;

    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeClass
    public static void startServer() throws Exception {
        server = LocalHttpsServer.start();
        server.answer("/pinned.yml", Answer.yaml("name: Pinned\n"));
        server.answer("/rebound.yml", Answer.yaml("name: Rebound\n"));
        server.answer("/other.yml", Answer.yaml("name: Other\n"));
        server.answer("/slow.yml", new Answer(200, Map.of(), "name: Slow\n".getBytes(StandardCharsets.UTF_8),
                false, 5_000));
        byte[] big = new byte[PubliccodeFetch.MAX_BYTES * 2];
        Arrays.fill(big, (byte) 'x');
        server.answer("/big.png", new Answer(200, Map.of(), big, true));
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    /** A DNS that answers {@code first} to the first lookup and {@code later} to every lookup after it. */
    private PubliccodeFetch.Lookup rebinding(String first, String later) {
        return host -> {
            if (!host.equals(HOST) && !host.equals("other.test")) {
                throw new UnknownHostException(host);
            }
            String answer = lookups.getAndIncrement() == 0 ? first : later;
            return new InetAddress[] {InetAddress.getByName(answer)};
        };
    }

    private String url(String host, String path) {
        return "https://" + host + ":" + server.port() + path;
    }

    @Test
    public void aNameCheckedAsPublic_neverReachesTheLoopbackItRebindsTo() {
        // 203.0.113.7 (TEST-NET-3) passes the check; a second lookup would answer the local server.
        PubliccodeFetch fetch = new PubliccodeFetch(server.tls(), rebinding("203.0.113.7", "127.0.0.1"), Set::of,
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> fetch.fetch(url(HOST, "/rebound.yml")))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class, r -> assertThat(r.reason())
                        .isIn(PubliccodeFetch.UNREACHABLE, PubliccodeFetch.TIMED_OUT));
        assertThat(lookups.get()).as("looked up once, when checked").isEqualTo(1);
        assertThat(server.hits("/rebound.yml")).as("the loopback server was never reached").isZero();
    }

    @Test
    public void theConnectionGoesToTheAddressOfTheCheck_withTheNameInTlsAndSni() throws Exception {
        // The admin allowed the host; its first answer is the local server, any later one a dead address.
        PubliccodeFetch fetch = new PubliccodeFetch(server.tls(), rebinding("127.0.0.1", "10.255.255.1"),
                () -> Set.of(HOST));

        PubliccodeFetch.Fetched got = fetch.fetch(url(HOST, "/pinned.yml"));

        assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("name: Pinned\n");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(server.hits("/pinned.yml")).isEqualTo(1);
        assertThat(server.serverNames()).as("SNI carries the URL's name, not the address").contains(HOST);
    }

    @Test
    public void aCertificateNotNamingTheHost_isRefused_thoughTheAddressIsPinned() {
        PubliccodeFetch fetch = new PubliccodeFetch(server.tls(), rebinding("127.0.0.1", "127.0.0.1"),
                () -> Set.of("other.test"));

        assertThatThrownBy(() -> fetch.fetch(url("other.test", "/other.yml")))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PubliccodeFetch.UNREACHABLE));
        assertThat(server.hits("/other.yml")).isZero();
    }

    @Test
    public void aUrlWithoutAPort_connectsToPort443OfTheCheckedAddress() {
        // Nothing listens on 127.0.0.1:443 here: the connection is refused there, not sent anywhere else.
        PubliccodeFetch fetch = new PubliccodeFetch(server.tls(), rebinding("127.0.0.1", "10.255.255.1"),
                () -> Set.of(HOST), Duration.ofSeconds(2));

        assertThatThrownBy(() -> fetch.fetch("https://" + HOST + "/pinned.yml"))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PubliccodeFetch.UNREACHABLE));
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    public void theWholeFetch_stopsAtItsTimeLimit() {
        PubliccodeFetch fetch = new PubliccodeFetch(server.tls(), InetAddress::getAllByName,
                () -> Set.of("127.0.0.1"), Duration.ofMillis(800));
        long started = System.nanoTime();

        assertThatThrownBy(() -> fetch.fetch(server.url("/slow.yml")))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PubliccodeFetch.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
    }

    @Test
    public void theStartOfAFile_isReadWithoutTheRest() throws Exception {
        PubliccodeFetch fetch = new PubliccodeFetch(server.tls(), InetAddress::getAllByName,
                () -> Set.of("127.0.0.1"));

        assertThat(fetch.start(server.url("/big.png")).body()).hasSize(PubliccodeFetch.SNIFF_BYTES);
        assertThatThrownBy(() -> fetch.fetch(server.url("/big.png")))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PubliccodeFetch.TOO_LARGE));
    }

    @Test
    public void thePinnedResolver_answersCheckedAddressesOnly() throws Exception {
        PinnedResolver resolver = new PinnedResolver();
        InetAddress checked = InetAddress.getByName("93.184.216.34");
        resolver.pin("Example.org", new InetAddress[] {checked});

        assertThat(resolver.resolve("example.org")).containsExactly(checked);
        assertThat(resolver.resolve("EXAMPLE.ORG", 443)).singleElement()
                .satisfies(a -> assertThat(a.getAddress()).isEqualTo(checked));
        assertThat(resolver.resolveCanonicalHostname("example.org")).isEqualTo("example.org");
        assertThatThrownBy(() -> resolver.resolve("localhost")).isInstanceOf(UnknownHostException.class);
    }
}
