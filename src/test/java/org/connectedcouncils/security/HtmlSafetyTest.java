package org.connectedcouncils.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.junit.Test;

/** The XSS scanner finds what would run, so that an empty finding in {@link StoredXssDbTest} means something. */
public class HtmlSafetyTest {

    @Test
    public void problems_flagsEveryMarkupPayloadAsWrittenAndNoneEscaped() {
        int markup = 0;
        for (String payload : XssPayloads.ALL) {
            String escaped = ConfluenceLikeEscaping.escape(payload);
            assertThat(HtmlSafety.problems(inContexts(escaped), Set.of())).as(payload).isEmpty();
            if (payload.contains("<script") || payload.contains(" on") || payload.contains("href=")) {
                markup++;
                assertThat(HtmlSafety.problems(inContexts(payload), Set.of())).as(payload).isNotEmpty();
            }
        }
        assertThat(markup).isGreaterThanOrEqualTo(20);
    }

    /** The text as element content and as a double- and a single-quoted attribute value. */
    private static String inContexts(String text) {
        return "<p>" + text + "</p><a title=\"" + text + "\">x</a><a title='" + text + "'>x</a>";
    }

    @Test
    public void dangerousUrl_seesThroughEntitiesCaseWhitespaceAndControlCharacters() {
        assertThat(HtmlSafety.dangerousUrl("&#106;&#x61;vascript:alert(1)")).isTrue();
        assertThat(HtmlSafety.dangerousUrl(" \u0001JaVa\tScRiPt&colon;alert(1)")).isTrue();
        assertThat(HtmlSafety.dangerousUrl("data:text/html,x")).isTrue();
        assertThat(HtmlSafety.dangerousUrl("https://example.org/?q=javascript:alert(1)")).isFalse();
    }

    @Test
    public void problems_flagsEvaluatedTemplateText() {
        assertThat(HtmlSafety.problems("<p>" + XssPayloads.EVALUATED + "</p>", Set.of())).isNotEmpty();
    }
}
