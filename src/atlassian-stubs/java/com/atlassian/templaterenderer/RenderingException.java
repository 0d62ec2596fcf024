// Stand-in mirroring com.atlassian.templaterenderer:atlassian-template-renderer-api (platform 8); signatures only.
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
