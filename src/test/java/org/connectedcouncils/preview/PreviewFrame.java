package org.connectedcouncils.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.RequestLocale;
import org.connectedcouncils.testing.VelocityTemplateRenderer;

/**
 * The preview's page frame (preview/page.vm): AUI, the header with the preview's pages, the demo-user and language
 * switchers, around a page body; shared by every resource of the preview that answers a page.
 */
final class PreviewFrame {

    private final VelocityTemplateRenderer renderer;
    private final ActorProvider actors;
    private final PreviewText text;

    PreviewFrame(VelocityTemplateRenderer renderer, ActorProvider actors, PreviewText text) {
        this.renderer = renderer;
        this.actors = actors;
        this.text = text;
    }

    /** The page; {@code heading} is false when the body brings its own page header (the admin page). */
    Response frame(String section, String title, String intro, String bodyHtml, List<String> urls,
            boolean heading) {
        Map<String, Object> context = new HashMap<>();
        context.put("heading", heading);
        context.put("title", title);
        context.put("section", section);
        context.put("text", text);
        context.put("intro", intro);
        context.put("bodyHtml", bodyHtml);
        context.put("cssUrls", urls.stream().filter(u -> u.endsWith(".css")).toList());
        context.put("jsUrls", urls.stream().filter(u -> u.endsWith(".js")).toList());
        context.put("users", switcher());
        context.put("lang", text.lang());
        context.put("languages", languages());
        String html = renderer.render("preview/page.vm", context);
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).build();
    }

    private List<Map<String, Object>> switcher() {
        Actor current = actors.current();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : List.of(DemoUsers.ANONYMOUS, DemoUsers.VIEWER, DemoUsers.BRIGHTON_EDITOR,
                DemoUsers.HACKNEY_EDITOR, DemoUsers.ADMIN)) {
            Map<String, Object> u = new HashMap<>();
            u.put("id", id);
            u.put("label", text.get("preview.user." + id));
            u.put("selected", DemoUsers.actor(id).equals(current));
            out.add(u);
        }
        return out;
    }

    /** The language choices, each named in its own language (so with its own {@code lang}), the current selected. */
    private List<Map<String, Object>> languages() {
        List<Map<String, Object>> out = new ArrayList<>();
        String current = text.lang();
        for (Locale locale : RequestLocale.SUPPORTED) {
            String lang = locale.getLanguage().equals("cy") ? "cy" : "en-GB";
            Map<String, Object> l = new HashMap<>();
            l.put("locale", locale.toString());
            l.put("lang", lang);
            l.put("label", text.get("preview.language." + locale));
            l.put("selected", lang.equals(current));
            out.add(l);
        }
        return out;
    }
}
