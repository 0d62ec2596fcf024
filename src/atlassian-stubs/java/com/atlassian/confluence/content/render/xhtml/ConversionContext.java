// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {

    /** "display", "preview", "pdf", "word", "email", "feed", "html_export". */
    String getOutputType();

    /** Key of the space the content belongs to; may be null. */
    String getSpaceKey();

    /**
     * The page (or other content) being rendered; null when the macro is rendered outside any content. Verified
     * from public Confluence apps that call {@code conversionContext.getEntity().getId()} in Macro.execute.
     */
    ContentEntityObject getEntity();
}
