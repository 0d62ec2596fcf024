// Stand-in mirroring com.atlassian.templaterenderer:atlassian-template-renderer-api (platform 8); signatures only.
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
