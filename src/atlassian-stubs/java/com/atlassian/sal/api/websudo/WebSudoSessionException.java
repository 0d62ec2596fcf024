// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
// Checked: docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoSessionException.html
// (unchecked); on Confluence 10 Atlassian's Slack app (ConfigureServlet, jakarta) still catches it.
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {

    public WebSudoSessionException() {
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
