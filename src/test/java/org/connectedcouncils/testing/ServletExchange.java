package org.connectedcouncils.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One servlet request and its response without a servlet container, for running the app's servlets in the local
 * preview: the request answers what a servlet asks of it (method, URI, query and form parameters, cookies; the
 * context path is empty) and the response records status, headers, cookies, redirects and the body written.
 */
final class ServletExchange {

    final HttpServletRequest request;
    final HttpServletResponse response;

    private final StringWriter body = new StringWriter();
    private final PrintWriter writer = new PrintWriter(body);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> setCookies = new ArrayList<>();
    private int status = 200;

    ServletExchange(String method, URI uri, Map<String, String> cookies, Map<String, String> form) {
        Map<String, String> parameters = new LinkedHashMap<>(query(uri.getRawQuery()));
        form.forEach(parameters::putIfAbsent);
        Cookie[] cookieArray = cookies.entrySet().stream().map(e -> new Cookie(e.getKey(), e.getValue()))
                .toArray(Cookie[]::new);
        String path = uri.getRawPath();
        this.request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getQueryString" -> uri.getRawQuery();
                    case "getRequestURI" -> path;
                    case "getRequestURL" -> new StringBuffer(path);
                    case "getContextPath" -> "";
                    case "getCookies" -> cookieArray.length == 0 ? null : cookieArray;
                    case "toString" -> method + " " + uri;
                    default -> defaultValue(m.getReturnType());
                });
        this.response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "sendError" -> status = (Integer) args[0];
                        case "sendRedirect" -> {
                            status = 302;
                            headers.put("Location", (String) args[0]);
                        }
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "addCookie" -> setCookies.add(setCookie((Cookie) args[0]));
                        case "getWriter" -> {
                            return writer;
                        }
                        case "getStatus" -> {
                            return status;
                        }
                        default -> {
                            return defaultValue(m.getReturnType());
                        }
                    }
                    return null;
                });
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name);
    }

    List<String> setCookies() {
        return List.copyOf(setCookies);
    }

    String body() {
        writer.flush();
        return body.toString();
    }

    private static String setCookie(Cookie cookie) {
        StringBuilder out = new StringBuilder(cookie.getName()).append('=').append(cookie.getValue())
                .append("; Path=").append(cookie.getPath() == null ? "/" : cookie.getPath());
        if (cookie.getMaxAge() >= 0) {
            out.append("; Max-Age=").append(cookie.getMaxAge());
        }
        if (cookie.isHttpOnly()) {
            out.append("; HttpOnly");
        }
        return out.append("; SameSite=Strict").toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(name, value);
            }
        }
        return out;
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
