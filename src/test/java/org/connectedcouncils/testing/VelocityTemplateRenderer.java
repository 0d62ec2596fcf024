package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * A {@link TemplateRenderer} on real Velocity 1.7 (what Confluence runs) with Confluence-like escaping: templates
 * load from the classpath as in the plugin, every reference is HTML-escaped unless its name ends in {@code Html},
 * and an unknown reference or method fails the render (strict mode) instead of printing itself.
 */
public final class VelocityTemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    /** This renderer as the host's {@link TemplateRenderer}. */
    public TemplateRenderer templateRenderer() {
        return HostFake.of(TemplateRenderer.class, this);
    }

    public VelocityTemplateRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, RecordingUberspect.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS,
                "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            VelocityContext velocityContext = new VelocityContext(new java.util.HashMap<>(context));
            EventCartridge events = new EventCartridge();
            events.addEventHandler(new ConfluenceLikeEscaping());
            events.attachToContext(velocityContext);
            template.merge(velocityContext, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Could not render " + templateName, e);
        }
    }

    /** Renders to a string (for tests and the preview). */
    public String render(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
