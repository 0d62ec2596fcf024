package org.connectedcouncils.common.macro;

import java.util.Locale;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** Whether a macro renders for a browser (interactive, with script) or for export and mail (static HTML only). */
public enum OutputMode {
    INTERACTIVE,
    STATIC;

    /** Page view and editor preview are interactive; pdf, word, email, html_export, feed and anything unknown static. */
    public static OutputMode of(ConversionContext context) {
        String type = context == null || context.getOutputType() == null ? ""
                : context.getOutputType().toLowerCase(Locale.ROOT);
        return type.equals("display") || type.equals("preview") ? INTERACTIVE : STATIC;
    }

    public boolean isInteractive() {
        return this == INTERACTIVE;
    }
}
