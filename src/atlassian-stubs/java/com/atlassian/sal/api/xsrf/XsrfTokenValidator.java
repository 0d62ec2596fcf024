// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
