package org.connectedcouncils.common.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** The endpoints the resource classes declare, read from their annotations. */
final class RestEndpoints {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS = Set.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    /** One resource method: HTTP method, path template from the REST base, and the Java method. */
    record Endpoint(String httpMethod, String path, Method method) {

        boolean writes() {
            return !httpMethod.equals("GET") && !httpMethod.equals("HEAD") && !httpMethod.equals("OPTIONS");
        }

        @Override
        public String toString() {
            return httpMethod + " " + path;
        }
    }

    private RestEndpoints() {
    }

    static List<Endpoint> of(List<Class<?>> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(new Endpoint(http, join(base, sub == null ? "" : sub.value()), method));
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (HTTP_METHODS.contains(a.annotationType())) {
                return a.annotationType().getSimpleName();
            }
        }
        return null;
    }

    /** {@code /solutions/{key}/publish}: leading slash, no trailing one, template regexes removed. */
    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
