package org.connectedcouncils.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's introspection, noting every method a template calls in the allowlist's form
 * ({@code FQCN#method(paramFQCN,…)}); property reads ({@code $a.b}) are noted with a {@code property:} prefix.
 * Velocity only accepts an uberspector by class name, hence the shared set: test scope only, never packaged.
 */
public final class RecordingUberspect extends UberspectImpl {

    private static final Set<String> CALLS = ConcurrentHashMap.newKeySet();

    public static Set<String> calls() {
        return Set.copyOf(CALLS);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod found = super.getMethod(obj, methodName, args, info);
        if (found != null && obj != null) {
            Method method = introspector.getMethod(obj.getClass(), methodName, args);
            if (method != null) {
                CALLS.add(obj.getClass().getName() + "#" + methodName + "(" + Arrays.stream(method.getParameterTypes())
                        .map(Class::getName).collect(Collectors.joining(",")) + ")");
            }
        }
        return found;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        if (obj != null) {
            CALLS.add("property:" + obj.getClass().getName() + "#" + identifier);
        }
        return super.getPropertyGet(obj, identifier, info);
    }
}
