package org.connectedcouncils.preview;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.notify.page.NotificationsPage;

/**
 * The Notifications page at its Confluence address, as the host's servlet serves it (Confluence's user menu links
 * it; here the preview's header does), framed by the preview's page instead of Confluence's decorator.
 */
@Path("/")
public final class PreviewNotifications {

    private final NotificationsPage page;
    private final PreviewPageBuilder pageBuilder;
    private final WebResources webResources;
    private final PreviewFrame frame;
    private final PreviewText text;

    PreviewNotifications(NotificationsPage page, PreviewPageBuilder pageBuilder, WebResources webResources,
            PreviewFrame frame, PreviewText text) {
        this.page = page;
        this.pageBuilder = pageBuilder;
        this.webResources = webResources;
        this.frame = frame;
        this.text = text;
    }

    @GET
    @Path("plugins/servlet/connected-councils/notifications")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("start") String start, @QueryParam("watches") String watches,
            @QueryParam("unsubscribe") String unsubscribe) throws MacroExecutionException {
        pageBuilder.drain();
        NotificationsPage.Shown shown = page.show(start, watches, unsubscribe);
        List<String> urls = webResources.urls(pageBuilder.drain());
        if (shown.signIn()) {
            return frame.frame("notifications", text.get("preview.nav.notifications"), text.get("preview.signIn"),
                    "", urls, true);
        }
        return frame.frame("notifications", shown.title(), null, shown.bodyHtml(), urls, false);
    }
}
