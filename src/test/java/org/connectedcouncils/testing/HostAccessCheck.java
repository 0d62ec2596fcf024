package org.connectedcouncils.testing;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.i18n.Messages;
import org.connectedcouncils.rest.ErrorCodes;
import org.connectedcouncils.rest.ErrorJson;

/**
 * What Confluence's REST v2 does with the access annotations before our code runs, for the annotations we use:
 * {@link LicensedOnly} (also the platform default) turns anonymous callers away with 401. Method annotations win
 * over class annotations. {@link AdminOnly} also turns signed-in non-administrators away with 403.
 */
public final class HostAccessCheck implements DynamicFeature {

    private static final String NOT_ADMIN = "connected-councils.denied.notAdmin";

    private final RequestActor actor;
    private final Messages messages;

    public HostAccessCheck(RequestActor actor, Messages messages) {
        this.actor = actor;
        this.messages = messages;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        boolean licensed = method.isAnnotationPresent(LicensedOnly.class) || type.isAnnotationPresent(
                LicensedOnly.class) || !hasAnyAccessAnnotation(method, type);
        if (licensed) {
            context.register(new SignedInOnly());
        }
        if (method.isAnnotationPresent(AdminOnly.class) || type.isAnnotationPresent(AdminOnly.class)) {
            context.register(new AdminsOnly());
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class AdminsOnly implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (actor.current().isAnonymous()) {
                request.abortWith(refusal(401, ErrorCodes.NOT_AUTHENTICATED));
            } else if (!actor.current().admin()) {
                request.abortWith(refusal(403, NOT_ADMIN));
            }
        }
    }

    private Response refusal(int status, String code) {
        ErrorJson body = new ErrorJson(List.of(new ErrorJson.Entry(null, code, messages.text(code))), null);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static boolean hasAnyAccessAnnotation(Method method, Class<?> type) {
        String pkg = LicensedOnly.class.getPackageName();
        return List.of(method.getAnnotations()).stream().anyMatch(a -> a.annotationType().getPackageName().equals(pkg))
                || List.of(type.getAnnotations()).stream().anyMatch(
                        a -> a.annotationType().getPackageName().equals(pkg));
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class SignedInOnly implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (actor.current().isAnonymous()) {
                ErrorJson body = new ErrorJson(List.of(new ErrorJson.Entry(null, ErrorCodes.NOT_AUTHENTICATED,
                        messages.text(ErrorCodes.NOT_AUTHENTICATED))), null);
                request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
            }
        }
    }
}
