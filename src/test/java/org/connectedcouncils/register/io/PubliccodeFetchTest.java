package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
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
 * The sync's fetch against a real local HTTPS server: 127.0.0.1 is allowed by name for the first hop (as an admin
 * would allow an internal Git server), so every refusal below is the fetch's own rule, not a connection failure.
 */
public class PubliccodeFetchTest {

    private static LocalHttpsServer server;
    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeClass
    public static void startServer() throws Exception {
        server = LocalHttpsServer.start();
        server.answer("/ok.yml", Answer.yaml("name: Bins\n"));
        server.answer("/hop1", Answer.redirect("/hop2"));
        server.answer("/hop2", Answer.redirect("/hop3"));
        server.answer("/hop3", Answer.redirect("/ok.yml"));
        server.answer("/loop", Answer.redirect("/loop"));
        byte[] big = new byte[PubliccodeFetch.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        server.answer("/big-chunked", new Answer(200, Map.of(), big, true));
        server.answer("/big-declared", new Answer(200, Map.of(), big, false));
        byte[] exact = new byte[PubliccodeFetch.MAX_BYTES];
        Arrays.fill(exact, (byte) 'a');
        server.answer("/exact", new Answer(200, Map.of(), exact, true));
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    private PubliccodeFetch fetch() {
        return new PubliccodeFetch(server.tls(), host -> {
            lookups.incrementAndGet();
            return InetAddress.getAllByName(host);
        }, () -> Set.of("127.0.0.1"));
    }

    @Test
    public void allowedHost_isRead() throws Exception {
        PubliccodeFetch.Fetched got = fetch().fetch(server.url("/ok.yml"));
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("name: Bins\n");
        assertThat(got.from().toString()).isEqualTo(server.url("/ok.yml"));
    }

    @Test
    public void threeRedirects_areFollowed() throws Exception {
        PubliccodeFetch.Fetched got = fetch().fetch(server.url("/hop1"));
        assertThat(got.from().getPath()).isEqualTo("/ok.yml");
    }

    @Test
    public void aFourthRedirect_isRefused() {
        assertRefused(server.url("/loop"), PubliccodeFetch.TOO_MANY_REDIRECTS);
    }

    @Test
    public void redirectToLocalhostByName_isRefused_thoughTheFirstHopWasAllowed() {
        server.answer("/to-localhost", Answer.redirect("https://localhost:" + server.port() + "/ok.yml"));
        assertRefused(server.url("/to-localhost"), PubliccodeFetch.PRIVATE_ADDRESS);
        assertThat(lookups.get()).as("the name was resolved and its address checked").isEqualTo(1);
    }

    @Test
    public void redirectToPrivateOrIpv6LoopbackAddresses_isRefused() {
        server.answer("/to-ten", Answer.redirect("https://10.0.0.1/publiccode.yml"));
        server.answer("/to-v6", Answer.redirect("https://[::1]:" + server.port() + "/ok.yml"));
        server.answer("/to-metadata", Answer.redirect("https://169.254.169.254/latest"));
        assertRefused(server.url("/to-ten"), PubliccodeFetch.PRIVATE_ADDRESS);
        assertRefused(server.url("/to-v6"), PubliccodeFetch.PRIVATE_ADDRESS);
        assertRefused(server.url("/to-metadata"), PubliccodeFetch.PRIVATE_ADDRESS);
    }

    @Test
    public void loopbackWithoutTheAdminsAllowance_isRefused() {
        PubliccodeFetch strict = new PubliccodeFetch(server.tls(), InetAddress::getAllByName, Set::of);
        assertThatThrownBy(() -> strict.fetch(server.url("/ok.yml")))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PubliccodeFetch.PRIVATE_ADDRESS));
    }

    @Test
    public void aNameResolvingToAnyInternalAddress_isRefused() {
        PubliccodeFetch rebinding = new PubliccodeFetch(server.tls(), host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.1.5")}, Set::of);
        assertThatThrownBy(() -> rebinding.fetch("https://example.org/publiccode.yml"))
                .isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PubliccodeFetch.PRIVATE_ADDRESS));
    }

    @Test
    public void aFileOverTheCap_isRefused_countedOrDeclared() {
        assertRefused(server.url("/big-chunked"), PubliccodeFetch.TOO_LARGE);
        assertRefused(server.url("/big-declared"), PubliccodeFetch.TOO_LARGE);
    }

    @Test
    public void aFileOfExactlyTheCap_isRead() throws Exception {
        assertThat(fetch().fetch(server.url("/exact")).body()).hasSize(PubliccodeFetch.MAX_BYTES);
    }

    @Test
    public void plainHttp_isRefused_alsoAsARedirectTarget() {
        assertRefused("http://127.0.0.1:" + server.port() + "/ok.yml", PubliccodeFetch.NOT_HTTPS);
        server.answer("/to-http", Answer.redirect("http://example.org/publiccode.yml"));
        assertRefused(server.url("/to-http"), PubliccodeFetch.NOT_HTTPS);
        assertThat(PubliccodeFetch.checkUrl("ftp://example.org/x")).isEqualTo(PubliccodeFetch.NOT_HTTPS);
        assertThat(PubliccodeFetch.checkUrl("https://user:pw@example.org/x")).isEqualTo(PubliccodeFetch.BAD_URL);
        assertThat(PubliccodeFetch.checkUrl("https://example.org/publiccode.yml")).isNull();
    }

    @Test
    public void anErrorStatus_isReported() {
        assertRefused(server.url("/missing"), PubliccodeFetch.HTTP_STATUS);
    }

    @Test
    public void internalAddresses_areRecognised() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.1.1",
            "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1", "ff02::1", "::", "::ffff:10.0.0.1"}) {
            assertThat(PubliccodeFetch.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[] {"93.184.216.34", "2606:4700::1111", "172.32.0.1"}) {
            assertThat(PubliccodeFetch.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }

    private void assertRefused(String url, String reason) {
        assertThatThrownBy(() -> fetch().fetch(url)).isInstanceOfSatisfying(PubliccodeFetch.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(reason));
    }
}
