package org.connectedcouncils.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
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

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.rest.ErrorCodes;
import org.connectedcouncils.common.rest.ErrorJson;

/**
 * What Confluence's REST v2 does with the access annotations before our code runs, for the annotations we use:
 * {@link LicensedOnly} (also the platform default) turns anonymous callers away with 401; {@link AdminOnly} also turns
 * signed-in users who are not admins away with 403. Method annotations win over class annotations.
 */
public final class HostAccessCheck implements DynamicFeature {

    /** What a signed-in non-admin is told (Confluence's own text differs; the status is what matters). */
    static final String NOT_ADMIN = "connected-councils.denied.notAdmin";

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
        Class<? extends Annotation> access = accessAnnotation(method.getAnnotations());
        if (access == null) {
            access = accessAnnotation(type.getAnnotations());
        }
        if (access == null || access == LicensedOnly.class) {
            context.register(new SignedInOnly(false));
        } else if (access == AdminOnly.class) {
            context.register(new SignedInOnly(true));
        }
    }

    /** The REST v2 access annotation among these, or null. */
    private static Class<? extends Annotation> accessAnnotation(Annotation[] annotations) {
        String pkg = LicensedOnly.class.getPackageName();
        return Arrays.stream(annotations).map(Annotation::annotationType)
                .filter(a -> a.getPackageName().equals(pkg)).findFirst().orElse(null);
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class SignedInOnly implements ContainerRequestFilter {

        private final boolean adminOnly;

        SignedInOnly(boolean adminOnly) {
            this.adminOnly = adminOnly;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (actor.current().isAnonymous()) {
                request.abortWith(refusal(401, ErrorCodes.NOT_AUTHENTICATED));
            } else if (adminOnly && !actor.current().admin()) {
                request.abortWith(refusal(403, NOT_ADMIN));
            }
        }

        private Response refusal(int status, String code) {
            ErrorJson body = new ErrorJson(List.of(new ErrorJson.Entry(null, code, messages.text(code))), null);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }
}
