// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
