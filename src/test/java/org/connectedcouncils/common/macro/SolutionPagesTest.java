package org.connectedcouncils.common.macro;

import static org.assertj.core.api.Assertions.assertThat;

import org.connectedcouncils.register.domain.SolutionKey;
import org.junit.Test;

public class SolutionPagesTest {

    private static final SiteAddress SITE = () -> "https://wiki.example.org/confluence/";

    @Test
    public void of_linksFromTheContextPathOnScreen() {
        SolutionPages target = SolutionPages.of(SITE, OutputMode.INTERACTIVE);

        String href = target.href(SolutionKey.of(12).toString());

        assertThat(href).isEqualTo("/confluence/plugins/servlet/connected-councils/solutions/CC-12");
        assertThat(target.pattern()).isEqualTo("/confluence/plugins/servlet/connected-councils/solutions/{key}");
    }

    @Test
    public void of_linksFromTheBaseUrlInExportsAndMail() {
        SolutionPages target = SolutionPages.of(SITE, OutputMode.STATIC);

        String href = target.href(SolutionKey.of(12).toString());

        assertThat(href)
                .isEqualTo("https://wiki.example.org/confluence/plugins/servlet/connected-councils/solutions/CC-12");
    }

    @Test
    public void of_linksFromTheServerRootForASiteAtTheRoot() {
        SolutionPages onScreen = SolutionPages.of(() -> "https://wiki.example.org", OutputMode.INTERACTIVE);
        SolutionPages preview = SolutionPages.of(SiteAddress.ROOT, OutputMode.STATIC);

        String onScreenHref = onScreen.href(SolutionKey.of(1).toString());
        String previewHref = preview.href(SolutionKey.of(1).toString());

        assertThat(onScreenHref).isEqualTo("/plugins/servlet/connected-councils/solutions/CC-1");
        assertThat(previewHref).isEqualTo("/plugins/servlet/connected-councils/solutions/CC-1");
    }
}
