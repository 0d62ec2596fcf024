package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.io.PubliccodeFiles.MINIMAL;
import static org.connectedcouncils.register.io.PubliccodeFiles.lineOf;
import static org.connectedcouncils.register.io.PubliccodeFiles.with;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.testing.LocalHttpsServer;
import org.connectedcouncils.testing.LocalHttpsServer.Answer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The checks that need the repository's files, against a real local HTTPS server through the sync's real fetch
 * (127.0.0.1 allowed as an internal Git server would be): each file named by a valid publiccode.yml is read from
 * its start, relative to the file's URL, and each missing, refused or wrongly formatted one is a problem at its line.
 */
public class RepositoryFilesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final String SVG = "\ufeff<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
    private static final String FEATURE = "      - Look up collection days by postcode\n";

    private static LocalHttpsServer server;
    private static RepositoryFiles files;

    @BeforeClass
    public static void startServer() throws Exception {
        server = LocalHttpsServer.start();
        files = new RepositoryFiles(new PubliccodeFetch(server.tls(), InetAddress::getAllByName,
                () -> Set.of("127.0.0.1")));
        server.answer("/repo/logo.svg", image(SVG.getBytes(StandardCharsets.UTF_8)));
        server.answer("/repo/img/logo.png", image(PNG));
        server.answer("/repo/shots/one.png", image(PNG));
        server.answer("/repo/shots/two.jpg", image(JPEG));
        server.answer("/repo/shots/jpeg.png", image(JPEG));
        server.answer("/repo/page.png", Answer.yaml("<!DOCTYPE html><html><body><svg></svg></body></html>"));
        server.answer("/repo/shots/away.png", Answer.redirect("https://localhost:" + server.port() + "/repo/x.png"));
        for (int i = 0; i < 12; i++) {
            server.answer("/many/" + i + ".png", image(PNG));
        }
        for (int i = 0; i < 4; i++) {
            server.answer("/slow/" + i + ".png", new Answer(200, Map.of(), PNG, false, i < 2 ? 1_000 : 0));
        }
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    private static Answer image(byte[] bytes) {
        return new Answer(200, Map.of("Content-Type", "image/png"), bytes, false);
    }

    private static String withFiles(String logo, String... screenshots) {
        String text = logo == null ? PubliccodeFiles.text(MINIMAL)
                : with(MINIMAL, "name: Bin collection day finder\n", "name: Bin collection day finder\nlogo: " + logo
                        + "\n");
        if (screenshots.length > 0) {
            StringBuilder list = new StringBuilder(FEATURE).append("    screenshots:\n");
            for (String shot : screenshots) {
                list.append("      - ").append(shot).append('\n');
            }
            text = text.replace(FEATURE, list.toString());
        }
        return text;
    }

    private static RepositoryFiles.Checked check(String text, String source) {
        PubliccodeCheck.Checked checked = PubliccodeCheck.check(text);
        assertThat(checked.errors()).as("the fixture is a valid file").isEmpty();
        return files.check(checked.tree(), URI.create(server.url(source)));
    }

    @Test
    public void filesThatArePresentImages_areNoProblem_relativeOrAbsolute() {
        String text = withFiles("logo.svg", "shots/one.png", server.url("/repo/shots/two.jpg"));

        RepositoryFiles.Checked checked = check(text, "/repo/publiccode.yml");

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.notes()).isEmpty();
        assertThat(check(withFiles("img/logo.png"), "/repo/publiccode.yml").problems()).isEmpty();
    }

    @Test
    public void aMissingLogo_isAProblemAtItsLine() {
        String text = withFiles("missing-logo.svg");

        List<ImportError> problems = check(text, "/repo/publiccode.yml").problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("logo");
            assertThat(p.line()).isEqualTo(lineOf(text, "logo:"));
            assertThat(p.code()).isEqualTo(RepositoryFiles.FILE + PubliccodeFetch.HTTP_STATUS);
            assertThat(p.arguments()).containsExactly("missing-logo.svg", "404");
        });
    }

    @Test
    public void aScreenshotRedirectingToLoopback_isRefused() {
        String text = withFiles(null, "shots/one.png", "shots/away.png");

        List<ImportError> problems = check(text, "/repo/publiccode.yml").problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("description.en.screenshots[1]");
            assertThat(p.line()).isEqualTo(lineOf(text, "- shots/away.png"));
            assertThat(p.code()).isEqualTo(RepositoryFiles.FILE + PubliccodeFetch.PRIVATE_ADDRESS);
            assertThat(p.arguments()).containsExactly("shots/away.png", "localhost");
        });
        assertThat(server.hits("/repo/x.png")).isZero();
    }

    @Test
    public void aFileThatIsNotTheImageItsNameSays_isAProblem() {
        String text = withFiles("page.png", "shots/jpeg.png");

        List<ImportError> problems = check(text, "/repo/publiccode.yml").problems();

        assertThat(problems).extracting(ImportError::field).containsExactly("logo", "description.en.screenshots[0]");
        assertThat(problems).allSatisfy(p -> assertThat(p.code()).isEqualTo(RepositoryFiles.NOT_IMAGE));
        assertThat(problems.get(0).arguments()).containsExactly("page.png", "PNG");
        assertThat(problems.get(1).arguments()).containsExactly("shots/jpeg.png", "PNG");
    }

    @Test
    public void moreFilesThanTheBound_onlyTheBoundIsRead_andTheRestIsSaid() {
        String[] shots = IntStream.range(0, 12).mapToObj(i -> i + ".png").toArray(String[]::new);
        String text = withFiles(null, shots);
        int before = IntStream.range(0, 12).map(i -> server.hits("/many/" + i + ".png")).sum();

        RepositoryFiles.Checked checked = check(text, "/many/publiccode.yml");

        assertThat(checked.problems()).isEmpty();
        int read = IntStream.range(0, 12).map(i -> server.hits("/many/" + i + ".png")).sum() - before;
        assertThat(read).isEqualTo(RepositoryFiles.MAX_FILES);
        assertThat(server.hits("/many/10.png") + server.hits("/many/11.png")).isZero();
        assertThat(checked.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(RepositoryFiles.UNCHECKED);
            assertThat(n.field()).isEqualTo("description.en.screenshots[10]");
            assertThat(n.line()).isEqualTo(lineOf(text, "- 10.png"));
            assertThat(n.arguments()).containsExactly("10", "2");
            assertThat(RepositoryFiles.isNote(n)).isTrue();
        });
    }

    @Test
    public void theTimeBudget_cutsTheReadUnderWay_andTheRestIsNotRead_butNoted() {
        RepositoryFiles budgeted = new RepositoryFiles(new PubliccodeFetch(server.tls(), InetAddress::getAllByName,
                () -> Set.of("127.0.0.1")), Duration.ofMillis(1_500));
        String text = withFiles(null, "0.png", "1.png", "2.png", "3.png");
        PubliccodeCheck.Checked parsed = PubliccodeCheck.check(text);
        int before = server.hits("/slow/0.png") + server.hits("/slow/1.png");
        long started = System.nanoTime();

        RepositoryFiles.Checked checked = budgeted.check(parsed.tree(), URI.create(server.url("/slow/publiccode.yml")));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the budget, not 4 x 10 s")
                .isLessThan(Duration.ofMillis(4_000));
        assertThat(checked.problems()).as("a file cut short or not read is not found wanting").isEmpty();
        assertThat(server.hits("/slow/0.png") + server.hits("/slow/1.png")).isEqualTo(before + 2);
        assertThat(server.hits("/slow/2.png") + server.hits("/slow/3.png")).as("not read: the budget was spent")
                .isZero();
        assertThat(checked.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(RepositoryFiles.UNCHECKED_TIME);
            assertThat(n.field()).as("the read the budget cut short").isEqualTo("description.en.screenshots[1]");
            assertThat(n.line()).isEqualTo(lineOf(text, "- 1.png"));
            assertThat(n.arguments()).as("whole seconds of the budget, files unchecked").containsExactly("1", "3");
            assertThat(RepositoryFiles.isNote(n)).isTrue();
        });
    }

    @Test
    public void aFileTimingOutWithinItsOwnFullTime_isStillAProblem_notANote() {
        RepositoryFiles quick = new RepositoryFiles(new PubliccodeFetch(server.tls(), InetAddress::getAllByName,
                () -> Set.of("127.0.0.1"), Duration.ofMillis(200)), Duration.ofSeconds(20));
        String text = withFiles("slow/0.png");
        PubliccodeCheck.Checked parsed = PubliccodeCheck.check(text);

        RepositoryFiles.Checked checked = quick.check(parsed.tree(), URI.create(server.url("/publiccode.yml")));

        assertThat(checked.notes()).isEmpty();
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("logo");
            assertThat(p.code()).isEqualTo(RepositoryFiles.FILE + PubliccodeFetch.TIMED_OUT);
        });
    }

    @Test
    public void theSameFileNamedTwice_isReadOnce() {
        int before = server.hits("/repo/img/logo.png");
        String text = withFiles("img/logo.png").replace("logo: img/logo.png\n",
                "logo: img/logo.png\nmonochromeLogo: img/logo.png\n");

        assertThat(check(text, "/repo/publiccode.yml").problems()).isEmpty();
        assertThat(server.hits("/repo/img/logo.png") - before).isEqualTo(1);
    }

    @Test
    public void formats_areToldByTheirFirstBytes() {
        assertThat(RepositoryFiles.Format.PNG.matches(PNG)).isTrue();
        assertThat(RepositoryFiles.Format.JPEG.matches(PNG)).isFalse();
        assertThat(RepositoryFiles.Format.JPEG.matches(JPEG)).isTrue();
        assertThat(RepositoryFiles.Format.SVG.matches(SVG.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(RepositoryFiles.Format.SVG.matches("<html><svg/></html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(RepositoryFiles.Format.SVGZ.matches(new byte[] {0x1f, (byte) 0x8b, 8})).isTrue();
        assertThat(RepositoryFiles.Format.PNG.matches(new byte[0])).isFalse();
    }

    @Test
    public void everyReasonAFileCanFail_hasItsMessage_inEnglishAndWelsh() throws IOException {
        for (String bundle : List.of("connected-councils.properties", "connected-councils_cy_GB.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle)) {
                messages.load(in);
            }
            for (String reason : Arrays.asList(PubliccodeFetch.NOT_HTTPS, PubliccodeFetch.BAD_URL,
                    PubliccodeFetch.PRIVATE_ADDRESS, PubliccodeFetch.UNKNOWN_HOST, PubliccodeFetch.TOO_MANY_REDIRECTS,
                    PubliccodeFetch.TOO_LARGE, PubliccodeFetch.TIMED_OUT, PubliccodeFetch.HTTP_STATUS,
                    PubliccodeFetch.UNREACHABLE)) {
                assertThat(messages.getProperty(RepositoryFiles.FILE + reason)).as(bundle + " " + reason)
                        .isNotBlank();
            }
            assertThat(messages.getProperty(RepositoryFiles.NOT_IMAGE)).isNotBlank();
            assertThat(messages.getProperty(RepositoryFiles.UNCHECKED)).isNotBlank();
            assertThat(messages.getProperty(RepositoryFiles.UNCHECKED_TIME)).isNotBlank();
        }
    }
}
