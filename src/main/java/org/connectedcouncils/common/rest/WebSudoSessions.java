package org.connectedcouncils.common.rest;

import jakarta.servlet.http.HttpServletRequest;

/** Port: whether a request runs in a WebSudo session; implemented in host through SAL's WebSudoManager. */
public interface WebSudoSessions {

    boolean inSession(HttpServletRequest request);
}
