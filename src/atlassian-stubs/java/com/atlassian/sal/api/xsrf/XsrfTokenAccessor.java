// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
