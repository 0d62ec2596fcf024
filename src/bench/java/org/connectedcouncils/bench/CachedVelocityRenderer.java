package org.connectedcouncils.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.connectedcouncils.testing.HostFake;

/**
 * The tests' {@code VelocityTemplateRenderer} as a host would run it in production: the same Velocity 1.7, strict
 * references and Confluence-like escaping, but parsed templates are cached (the test renderer re-reads and re-parses
 * every template on every render, since Velocity's classpath loader does not cache unless told) and Velocity's own
 * introspection is used instead of the allowlist-recording one.
 */
final class CachedVelocityRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    CachedVelocityRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("classpath.resource.loader.cache", "true");
        engine.setProperty("classpath.resource.loader.modificationCheckInterval", "-1");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS,
                "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    /** This renderer as the host's {@link TemplateRenderer}. */
    TemplateRenderer templateRenderer() {
        return HostFake.of(TemplateRenderer.class, this);
    }

    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
            EventCartridge events = new EventCartridge();
            events.addEventHandler(new ConfluenceLikeEscaping());
            events.attachToContext(velocityContext);
            template.merge(velocityContext, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Could not render " + templateName, e);
        }
    }
}
