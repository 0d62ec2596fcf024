package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.templaterenderer.TemplateRenderer;

/** A fake renderer for unit tests: notes each template name and context, and writes a marker naming the template. */
public final class RecordingTemplateRenderer {

    /** One render call. */
    public record Rendering(String template, Map<String, Object> context) {

        public Object view() {
            return context.get("view");
        }
    }

    private final List<Rendering> renderings = new ArrayList<>();

    /** This renderer as the host's {@link TemplateRenderer}. */
    public TemplateRenderer templateRenderer() {
        return HostFake.of(TemplateRenderer.class, this);
    }

    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        renderings.add(new Rendering(templateName, Map.copyOf(context)));
        writer.write("[" + templateName + "]");
    }

    public List<Rendering> renderings() {
        return List.copyOf(renderings);
    }

    public Rendering last() {
        return renderings.get(renderings.size() - 1);
    }
}
