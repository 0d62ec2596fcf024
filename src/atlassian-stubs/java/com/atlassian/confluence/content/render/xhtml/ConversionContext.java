// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.content.render.xhtml;

public interface ConversionContext {

    /** "display", "preview", "pdf", "word", "email", "feed", "html_export". */
    String getOutputType();

    /** Key of the space the content belongs to; may be null. */
    String getSpaceKey();
}
