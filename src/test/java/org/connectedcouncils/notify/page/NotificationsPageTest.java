package org.connectedcouncils.notify.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.Watch;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.service.WatchedNames;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/**
 * The Notifications page's template on real Velocity with Confluence-like escaping: hostile text in every value
 * comes out escaped, links and paging go where the view says, unread rows carry their marker and button, and the
 * unsubscribe prompt names its kind.
 */
public class NotificationsPageTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"quoted\"";

    /** A view with every section filled and hostile text in each value a person could have typed. */
    public static NotificationsPageView fullView() {
        List<NotificationsPageView.ChoiceOption> options = List.of(
                new NotificationsPageView.ChoiceOption("immediate", "At once", false),
                new NotificationsPageView.ChoiceOption("off", "No e-mail", true));
        NotificationsPageView.ChoiceRow adoptions = new NotificationsPageView.ChoiceRow("adoption", "Adoptions",
                options);
        return new NotificationsPageView("cc-notifications", "/rest/connected-councils/1.0", "Unread: 1",
                List.of(new NotificationsPageView.Row(7, "Brian published " + HOSTILE,
                                "/wiki/plugins/servlet/connected-councils/solutions/CC-3", "2026-12-05 10:00 UTC",
                                "2026-12-05T10:00:00Z", false),
                        new NotificationsPageView.Row(6, "Hana reported on " + HOSTILE, "", "2026-12-04 09:00 UTC",
                                "2026-12-04T09:00:00Z", true)),
                "/n?start=0", "/n?start=50",
                List.of(new NotificationsPageView.WatchRow("entry", "CC-3", "Entry CC-3",
                                "/wiki/plugins/servlet/connected-councils/solutions/CC-3"),
                        new NotificationsPageView.WatchRow("service-area", HOSTILE, "Service area " + HOSTILE, "")),
                "/n?watches=0", "/n?watches=50",
                List.of(new NotificationsPageView.AreaRow("waste", "Waste " + HOSTILE),
                        new NotificationsPageView.AreaRow("housing", "Housing")),
                List.of(adoptions), adoptions,
                List.of(new Views.Option("saved", "Saved.")));
    }

    @Test
    public void everyValueIsEscaped_linksAndPagingAsTheViewSays() {
        String html = render(fullView());

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                + "&quot;quoted&quot;");
        assertThat(html).contains("<a class=\"cc-notify-subject\" href=\"/wiki/plugins/servlet/connected-councils/"
                + "solutions/CC-3\">Brian published &lt;script&gt;");
        assertThat(html).contains("<span class=\"cc-notify-subject\">Hana reported on &lt;script&gt;");
        assertThat(html).contains("href=\"/n?start=0\"").contains("href=\"/n?start=50\"")
                .contains("href=\"/n?watches=50\"");
        assertThat(html).contains("data-type=\"service-area\" data-key=\"&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("lang=\"en-GB\"").contains("data-text-saved=\"Saved.\"");
    }

    @Test
    public void unreadRowsCarryTheirMarkerAndButton_readOnesNeither() {
        String html = render(fullView());

        String unread = html.substring(html.indexOf("data-id=\"7\""), html.indexOf("data-id=\"6\""));
        String read = html.substring(html.indexOf("data-id=\"6\""), html.indexOf("cc-notifications-watches"));
        assertThat(html).contains("class=\"cc-notify-item cc-notify-unread-item\" data-id=\"7\"")
                .contains("class=\"cc-notify-item\" data-id=\"6\"");
        assertThat(unread).contains(">New<").contains("Mark as read");
        assertThat(read).doesNotContain(">New<").doesNotContain("Mark as read");
    }

    @Test
    public void aMailsStopLink_asksToStopThatKind_andTheChoiceShowsSelected() {
        String html = render(fullView());

        assertThat(html).contains("Stop e-mails about: <strong>Adoptions</strong>")
                .contains("data-kind=\"adoption\"").contains("<option value=\"off\" selected=\"\">No e-mail");
        NotificationsPageView none = new NotificationsPageView("cc-notifications", "/r", "Unread: 0", List.of(), "",
                "", List.of(), "", "", List.of(), List.of(), null, List.of());
        String empty = render(none);
        assertThat(empty).doesNotContain("cc-notify-stop").doesNotContain("cc-notify-pages")
                .contains("Nothing yet.").contains("You watch nothing yet.")
                .contains("There are no service areas to watch yet.").doesNotContain("cc-notify-areas");
    }

    @Test
    public void everyServiceArea_hasAWatchButton_namedByTheArea_andHiddenUntilItsStateIsKnown() {
        String html = render(fullView());

        String areas = html.substring(html.indexOf("cc-notify-areas"), html.indexOf("cc-notify-choices"));
        assertThat(areas).contains("data-watch-type=\"service-area\" data-watch-key=\"waste\" aria-pressed=\"false\""
                + " hidden=\"\"").contains("data-watch-key=\"housing\"")
                .contains("</span> Waste &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("data-text-on=\"Watching\"");
        assertThat(areas.split("<button", -1)).hasSize(3);
        assertThat(html).contains("<h2 id=\"cc-notifications-areas\">Service areas I watch</h2>");
    }

    @Test
    public void everyKindOfNotification_hasItsLabelOnThePage_inEnglishAndWelsh() {
        PropertiesMessages messages = new PropertiesMessages();
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(messages.has(NotificationsPage.PREFIX + "kind." + kind.code())).as(kind.code()).isTrue();
        }
    }

    @Test
    public void watchedThings_showTheirNames_escaped_linkedWhereTheyHaveAPage_andTheKeyWhenGone() {
        DisplayText text = new DisplayText(new PropertiesMessages());
        SolutionPages pages = new SolutionPages("/wiki");
        Map<String, String> areas = Map.of("waste", "Waste " + HOSTILE);
        WatchTarget council = WatchTarget.of(WatchTarget.Type.COUNCIL, "E06000043");
        WatchTarget councilWithoutSpace = WatchTarget.of(WatchTarget.Type.COUNCIL, "E09000012");
        WatchTarget group = WatchTarget.of(WatchTarget.Type.GROUP, "WG-3");
        WatchTarget plainGroup = WatchTarget.of(WatchTarget.Type.GROUP, "WG-4");
        WatchTarget entry = WatchTarget.of(WatchTarget.Type.ENTRY, "CC-12");
        Map<WatchTarget, WatchedNames.Named> named = Map.of(
                council, new WatchedNames.Named("Brighton and Hove City Council", 77L),
                councilWithoutSpace, new WatchedNames.Named("London Borough of Hackney", null),
                group, new WatchedNames.Named("Group " + HOSTILE, 4242L),
                plainGroup, new WatchedNames.Named("Plain group", null),
                entry, new WatchedNames.Named("Bin app " + HOSTILE, null));
        List<WatchTarget> targets = List.of(council, councilWithoutSpace, group, plainGroup, entry,
                WatchTarget.of(WatchTarget.Type.SERVICE_AREA, "waste"),
                WatchTarget.of(WatchTarget.Type.COUNCIL, "E99999999"), WatchTarget.of(WatchTarget.Type.GROUP, "WG-99"),
                WatchTarget.of(WatchTarget.Type.ENTRY, "CC-99"), WatchTarget.of(WatchTarget.Type.SERVICE_AREA, "gone"));
        List<NotificationsPageView.WatchRow> rows = targets.stream().map(t -> NotificationsPage.watchRow(text,
                new Watch("u", t, Instant.EPOCH), pages, areas, named)).toList();

        String html = render(new NotificationsPageView("cc-notifications", "/r", "Unread: 0", List.of(), "", "", rows,
                "", "", List.of(), List.of(), null, List.of()));

        String watches = html.substring(html.indexOf("cc-notify-watches"), html.indexOf("cc-notifications-areas"));
        assertThat(watches).doesNotContain("<script>").doesNotContain("E06000043 (council)")
                .contains("<a href=\"/wiki/pages/viewpage.action?pageId=77\">Brighton and Hove City Council"
                        + " (council)</a>")
                .contains("<span>London Borough of Hackney (council)</span>")
                .contains("<a href=\"/wiki/pages/viewpage.action?pageId=4242\">Group &lt;script&gt;alert(1)"
                        + "&lt;/script&gt; &amp; &quot;quoted&quot; (working group)</a>")
                .contains("<span>Plain group (working group)</span>")
                .contains("<a href=\"/wiki/plugins/servlet/connected-councils/solutions/CC-12\">Bin app &lt;script&gt;")
                .contains("<span>Waste &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; (service area)"
                        + "</span>")
                .contains("<span>E99999999 (council)</span>").contains("<span>WG-99 (working group)</span>")
                .contains("solutions/CC-99\">CC-99 (entry)</a>").contains("<span>gone (service area)</span>");
    }

    private static String render(NotificationsPageView view) {
        return new VelocityTemplateRenderer().render("templates/notify/notifications.vm",
                Map.of("view", view, "i18n", new TemplateText(new PropertiesMessages())));
    }
}
