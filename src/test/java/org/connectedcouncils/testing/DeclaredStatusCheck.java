package org.connectedcouncils.testing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * Notes every status a resource method actually answered with during a test run, so the run can fail when one is
 * missing from the method's {@link ResponseStatuses} (and so from the OpenAPI description).
 */
public final class DeclaredStatusCheck implements ContainerResponseFilter {

    private final Set<String> undeclared = ConcurrentHashMap.newKeySet();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        ResponseStatuses declared = method.getAnnotation(ResponseStatuses.class);
        int status = response.getStatus();
        boolean listed = declared != null && Arrays.stream(declared.value()).anyMatch(s -> s == status);
        if (!listed) {
            undeclared.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " answered "
                    + status);
        }
    }

    /**
     * Drops one noted answer (e.g. {@code "PortfolioResource.portfolio answered 500"}) that the test which caused it
     * already fails on by its own assertion, so the class-level check does not report it a second time.
     */
    public void forget(String answer) {
        undeclared.remove(answer);
    }

    /** The answers seen so far that their method does not declare. */
    public List<String> undeclared() {
        return new ArrayList<>(undeclared);
    }
}
