package org.connectedcouncils.host;

import jakarta.servlet.http.HttpServletRequest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;

import org.connectedcouncils.common.rest.WebSudoSessions;

/** {@link WebSudoSessions} through SAL: the same check as the admin page's ({@link AdminServlet}). */
public final class SalWebSudoSessions implements WebSudoSessions {

    private final WebSudoManager webSudoManager;

    public SalWebSudoSessions(WebSudoManager webSudoManager) {
        this.webSudoManager = webSudoManager;
    }

    @Override
    public boolean inSession(HttpServletRequest request) {
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            return false;
        }
    }
}
