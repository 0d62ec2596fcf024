// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
