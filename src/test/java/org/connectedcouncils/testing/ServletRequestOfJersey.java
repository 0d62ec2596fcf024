package org.connectedcouncils.testing;

import java.lang.reflect.Proxy;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.glassfish.hk2.api.Factory;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The {@code HttpServletRequest} a servlet container would inject into our providers, for the JDK HTTP server the
 * tests and the preview run on: a dynamic proxy that answers the cookies, URI and method of Jersey's request (what
 * SAL's WebSudo check reads) and refuses anything else.
 */
public final class ServletRequestOfJersey implements Factory<HttpServletRequest> {

    private final Provider<ContainerRequest> requests;

    @Inject
    public ServletRequestOfJersey(Provider<ContainerRequest> requests) {
        this.requests = requests;
    }

    @Override
    public HttpServletRequest provide() {
        ContainerRequest request = requests.get();
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> request.getCookies().values().stream()
                            .map(c -> new Cookie(c.getName(), c.getValue())).toArray(Cookie[]::new);
                    case "getRequestURI" -> request.getRequestUri().getRawPath();
                    case "getMethod" -> request.getMethod();
                    case "toString" -> "servlet request of " + request.getRequestUri();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public void dispose(HttpServletRequest instance) {
        // nothing held
    }
}
