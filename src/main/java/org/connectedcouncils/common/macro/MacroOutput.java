package org.connectedcouncils.common.macro;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.domain.Refusal;

/**
 * Renders a macro's view model through its template with {@code $view} and {@code $i18n}, requires the macros' web
 * resource for interactive output, and turns parameter and register failures into an inline AUI message.
 */
public final class MacroOutput {

    /** The web resource of the register macros' script and styles, required only by pages that show them. */
    public static final String WEB_RESOURCE = "org.connectedcouncils.connected-councils:register-macros";
    public static final String MESSAGE_TEMPLATE = "templates/register/message.vm";

    static final String PARAMETER_TITLE = "connected-councils.macro.error.parameter";
    static final String SIGN_IN_TITLE = "connected-councils.macro.signIn.title";
    static final String SIGN_IN_BODY = "connected-councils.macro.signIn.body";
    static final String NOT_ALLOWED = "connected-councils.macro.error.notAllowed";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Messages messages;
    private final SiteAddress site;

    /** Output for a site at the root of its server (the local preview and tests). */
    public MacroOutput(TemplateRenderer renderer, PageBuilderService pageBuilder, Messages messages) {
        this(renderer, pageBuilder, messages, SiteAddress.ROOT);
    }

    @Inject
    public MacroOutput(TemplateRenderer renderer, PageBuilderService pageBuilder, Messages messages,
            SiteAddress site) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.messages = messages;
        this.site = site;
    }

    /** Addresses of the entries' own pages, relative on screen and absolute in exports and mail. */
    public SolutionPages solutionPages(OutputMode mode) {
        return SolutionPages.of(site, mode);
    }

    public DisplayText text() {
        return new DisplayText(messages);
    }

    /** Renders {@code view} with {@code template}; interactive output also pulls in the script and styles. */
    public String render(String template, Object view, OutputMode mode) throws MacroExecutionException {
        if (mode.isInteractive()) {
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        }
        return renderTemplate(template, view);
    }

    /** Renders {@code view} with {@code template}; interactive output also pulls in the {@code webResources}. */
    public String render(String template, Object view, OutputMode mode, String... webResources)
            throws MacroExecutionException {
        if (mode.isInteractive()) {
            for (String webResource : webResources) {
                pageBuilder.assembler().resources().requireWebResource(webResource);
            }
        }
        return renderTemplate(template, view);
    }

    /** Renders {@code view} with {@code template} alone, requiring no web resource: an HTML fragment a script fetches. */
    public String fragment(String template, Object view) throws MacroExecutionException {
        return renderTemplate(template, view);
    }

    /** Renders a static informational or warning message (e.g. an empty state) with the message template. */
    public String message(Views.Message message) throws MacroExecutionException {
        return renderTemplate(MESSAGE_TEMPLATE, message);
    }

    /** The inline message for a failure: a bad parameter is named; anonymous users are asked to sign in. */
    public String failure(RuntimeException failure) throws MacroExecutionException {
        if (failure instanceof InvalidParameter bad) {
            return message(new Views.Message("error", messages.text(PARAMETER_TITLE, bad.parameter()),
                    messages.text(bad.reasonKey(), bad.args())));
        }
        if (failure instanceof Refusal.NotAuthenticated) {
            return message(new Views.Message("info", messages.text(SIGN_IN_TITLE), messages.text(SIGN_IN_BODY)));
        }
        if (failure instanceof Refusal) {
            return message(new Views.Message("warning", messages.text(NOT_ALLOWED), ""));
        }
        throw failure;
    }

    private String renderTemplate(String template, Object view) throws MacroExecutionException {
        Map<String, Object> context = new HashMap<>();
        context.put("view", view);
        context.put("i18n", new TemplateText(messages));
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (RenderingException | IOException e) {
            throw new MacroExecutionException("Could not render " + template, e);
        }
        return out.toString();
    }
}
