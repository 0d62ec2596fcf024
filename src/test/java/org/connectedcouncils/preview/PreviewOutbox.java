package org.connectedcouncils.preview;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.icegreen.greenmail.util.GreenMail;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.ScheduledJob;
import org.connectedcouncils.testing.VelocityTemplateRenderer;

/**
 * The preview's Outbox: every mail the in-process SMTP server received (newest first, paged), with its recipient,
 * subject, time and text part, whose links open inside the preview; the HTML part on its own sandboxed page; and
 * "Run the jobs now", which runs every scheduled job once, as the cluster's scheduler would when it is time; like the
 * admin page's button, it is for administrators only (the others get no button, and a 403 if they post anyway).
 */
@Path("/")
public final class PreviewOutbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final GreenMail smtp;
    private final Jobs jobs;
    private final PreviewFrame frame;
    private final VelocityTemplateRenderer renderer;
    private final PreviewText text;
    private final ActorProvider actors;

    PreviewOutbox(GreenMail smtp, Jobs jobs, PreviewFrame frame, VelocityTemplateRenderer renderer,
            PreviewText text, ActorProvider actors) {
        this.smtp = smtp;
        this.jobs = jobs;
        this.actors = actors;
        this.frame = frame;
        this.renderer = renderer;
        this.text = text;
    }

    /** One received mail as the Outbox shows it; {@code number} counts from 1 in the order received. */
    record Mail(int number, String to, String subject, Instant sent, String text, String html) {
    }

    @GET
    @Path("outbox")
    @Produces(MediaType.TEXT_HTML)
    public Response outbox(@QueryParam("start") Integer start, @QueryParam("sent") Integer sent,
            @QueryParam("failed") Integer failed) {
        Page<Mail> page = page(start, null);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Mail m : page.items()) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", m.number());
            row.put("to", m.to());
            row.put("subject", m.subject());
            row.put("iso", m.sent() == null ? "" : m.sent().toString());
            row.put("time", m.sent() == null ? "" : SHOWN.format(m.sent()));
            row.put("segments", segments(m.text()));
            row.put("hasHtml", !m.html().isEmpty());
            shown.add(row);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("text", text);
        context.put("admin", actors.current().admin());
        context.put("mails", shown);
        context.put("total", text.get("preview.outbox.total").replace("{0}", String.valueOf(page.total())));
        context.put("ran", sent == null ? "" : text.get("preview.outbox.ran").replace("{0}", String.valueOf(sent)));
        context.put("failed", failed == null || failed == 0 ? ""
                : text.get("preview.outbox.failed").replace("{0}", String.valueOf(failed)));
        context.put("previous", page.hasPrevious() ? "/outbox?start=" + Math.max(0, page.start() - page.limit())
                : "");
        context.put("next", page.hasNext() ? "/outbox?start=" + (page.start() + page.limit()) : "");
        return frame.frame("outbox", text.get("preview.outbox.title"), text.get("preview.outbox.intro"),
                renderer.render("preview/outbox.vm", context), List.of(), true);
    }

    /** A mail's HTML part as its own page, sandboxed: no script runs and it cannot reach the preview's cookies. */
    @GET
    @Path("outbox/{number: [0-9]{1,9}}/html")
    public Response html(@PathParam("number") int number) {
        List<Mail> all = all();
        if (number < 1 || number > all.size()) {
            return Response.status(404).build();
        }
        return Response.ok(all.get(number - 1).html(), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    /** The same mails as JSON for scripts and browser tests: newest first, paged ({@code start}, {@code limit}). */
    @GET
    @Path("preview/outbox")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> json(@QueryParam("start") Integer start, @QueryParam("limit") Integer limit) {
        Page<Mail> page = page(start, limit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("start", page.start());
        out.put("mails", page.items().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", m.number());
            row.put("to", m.to());
            row.put("subject", m.subject());
            row.put("sent", m.sent() == null ? null : m.sent().toString());
            row.put("text", m.text());
            row.put("html", m.html());
            return row;
        }).toList());
        return out;
    }

    /**
     * Runs every scheduled job once now (the scheduler's stand-in), then shows the Outbox with what was sent; an
     * administrator's action only, so anyone else gets a 403 page that says so.
     */
    @POST
    @Path("preview/jobs/run")
    public Response runJobs() {
        if (!actors.current().admin()) {
            Response page = frame.frame("outbox", text.get("preview.outbox.title"), text.get("preview.outbox.intro"),
                    renderer.render("preview/outbox-denied.vm", Map.of("text", text)), List.of(), true);
            return Response.fromResponse(page).status(Response.Status.FORBIDDEN).build();
        }
        int sent = 0;
        int failed = 0;
        for (ScheduledJob job : jobs.all()) {
            try {
                sent += jobs.run(job.key());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return Response.seeOther(URI.create("/outbox?sent=" + sent + "&failed=" + failed)).build();
    }

    private Page<Mail> page(Integer start, Integer limit) {
        List<Mail> newestFirst = new ArrayList<>(all());
        java.util.Collections.reverse(newestFirst);
        int s = start == null ? 0 : Math.max(0, start);
        int l = limit == null ? PageRequest.DEFAULT_LIMIT : Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT));
        return Page.of(newestFirst, new PageRequest(s, l));
    }

    private List<Mail> all() {
        MimeMessage[] received = smtp.getReceivedMessages();
        List<Mail> out = new ArrayList<>(received.length);
        for (int i = 0; i < received.length; i++) {
            out.add(read(i + 1, received[i]));
        }
        return out;
    }

    private static Mail read(int number, MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            String[] parts = {"", ""};
            collect(message.getContent(), message.getContentType(), parts);
            return new Mail(number, String.join(", ", recipients(message)), message.getSubject(),
                    sent == null ? null : sent.toInstant(), parts[0], parts[1]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read mail " + number, e);
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        List<String> out = new ArrayList<>();
        if (message.getAllRecipients() != null) {
            for (var address : message.getAllRecipients()) {
                out.add(address.toString());
            }
        }
        return out;
    }

    /** Finds the text ({@code parts[0]}) and HTML ({@code parts[1]}) parts, however deep the multiparts go. */
    private static void collect(Object content, String type, String[] parts) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), parts);
            }
        } else if (content instanceof String s) {
            int slot = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html") ? 1 : 0;
            if (parts[slot].isEmpty()) {
                parts[slot] = s.replace("\r\n", "\n");
            }
        }
    }

    /** The text cut into plain runs and links (http and https only), for the template to escape and link. */
    static List<Map<String, String>> segments(String body) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = LINK.matcher(body);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(Map.of("text", body.substring(at, m.start()), "href", ""));
            }
            out.add(Map.of("text", m.group(), "href", m.group()));
            at = m.end();
        }
        if (at < body.length()) {
            out.add(Map.of("text", body.substring(at), "href", ""));
        }
        return out;
    }
}
