package org.connectedcouncils.notify.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.ErrorCodes;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.service.NotificationReading;
import org.connectedcouncils.notify.service.NotificationTexts;
import org.connectedcouncils.notify.service.Notifications;

/**
 * The signed-in person's notifications over REST (newest first, all or unread, paged), marking them read, and
 * their mail choice for each kind of notification.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class NotificationResource {

    /** The unread count after a change. */
    public record UnreadJson(int unread) {
    }

    /** One kind and how it is mailed. */
    public record ChoiceJson(String kind, String choice) {
    }

    private final Notifications notifications;
    private final NotificationTexts texts;

    @Inject
    public NotificationResource(Notifications notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PageJson<NotificationJson> list(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        String unread = params.text("unread");
        if (unread != null && !unread.equals("true") && !unread.equals("false")) {
            params.invalid("unread", unread, "true, false");
        }
        PageRequest request = params.page();
        params.check();
        Page<Notification> page = notifications.list("true".equals(unread), request);
        NotificationReading reading = texts.reading();
        return PageJson.of(page, n -> json(n, reading), uri);
    }

    @GET
    @Path("unread")
    @LicensedOnly
    @ResponseStatuses({200, 401})
    public UnreadJson unread() {
        return new UnreadJson(notifications.unread());
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 404, 415})
    public UnreadJson read(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound(id);
        }
        notifications.markRead(number);
        return new UnreadJson(notifications.unread());
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 415})
    public UnreadJson readAll() {
        notifications.markAllRead();
        return new UnreadJson(notifications.unread());
    }

    @GET
    @Path("choices")
    @LicensedOnly
    @ResponseStatuses({200, 401})
    public List<ChoiceJson> choices() {
        return json(notifications.choices());
    }

    @PUT
    @Path("choices/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404, 413, 415})
    public List<ChoiceJson> choose(@PathParam("kind") String kind, ChoiceInput input) {
        NotificationKind which = Coded.fromCode(NotificationKind.class, kind)
                .orElseThrow(() -> new NotFound(String.valueOf(kind)));
        ChoiceInput body = JsonFormats.present(input);
        if (body.choice() == null || body.choice().isBlank()) {
            throw ValidationException.of(FieldError.of("choice", FieldChecks.REQUIRED));
        }
        MailChoice choice = Coded.fromCode(MailChoice.class, body.choice()).orElseThrow(() -> ValidationException.of(
                FieldError.of("choice", ErrorCodes.INVALID_VALUE, body.choice(), QueryParams.allowed(MailChoice.class))));
        return json(notifications.choose(which, choice));
    }

    /** In the request's language: title, sentence and detail rendered now, from the codes stored. */
    private static NotificationJson json(Notification n, NotificationReading reading) {
        return new NotificationJson(n.id(), n.kind().code(), n.what(), n.subject().type().code(), n.subject().key(),
                reading.title(n), reading.sentence(n), reading.detail(n), n.link(), JsonFormats.instant(n.created()),
                n.read());
    }

    private static List<ChoiceJson> json(Map<NotificationKind, MailChoice> choices) {
        return choices.entrySet().stream().map(e -> new ChoiceJson(e.getKey().code(), e.getValue().code())).toList();
    }
}
