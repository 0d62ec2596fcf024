// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends Exception {

    public WebSudoSessionException(String message) {
        super(message);
    }
}
