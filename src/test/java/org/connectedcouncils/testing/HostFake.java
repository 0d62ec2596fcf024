package org.connectedcouncils.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Makes a plain test object stand for an Atlassian interface or class through a dynamic proxy (a runtime subclass for
 * a class), so no test class implements or extends one (the release build compiles the tests against the real,
 * larger types). Each method goes to the target's method of the same name and parameter types; a method the target
 * lacks fails with {@link UnsupportedOperationException}. A target method that returns the target itself where the
 * interface wants another interface (fluent builders) answers with a fake of that interface over the same target.
 */
public final class HostFake {

    private HostFake() {
    }

    /** A {@code type} (an interface, or a class with a no-argument constructor) whose calls go to {@code target}. */
    public static <T> T of(Class<T> type, Object target) {
        InvocationHandler handler = (proxy, method, args) -> call(type, target, proxy, method, args);
        if (type.isInterface()) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
        }
        try {
            return new ByteBuddy().subclass(type)
                    .method(ElementMatchers.not(ElementMatchers.isDeclaredBy(Object.class)))
                    .intercept(InvocationHandlerAdapter.of(handler))
                    .make().load(type.getClassLoader()).getLoaded()
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot fake " + type.getName(), e);
        }
    }

    private static Object call(Class<?> type, Object target, Object proxy, Method method, Object[] args)
            throws Throwable {
        if (args == null) {
            args = new Object[0];
        }
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> type.getSimpleName() + " over " + target;
            };
        }
        Method implementation = find(target.getClass(), method);
        Object result;
        try {
            result = implementation.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> returned = method.getReturnType();
        if (result == target && returned.isInterface() && !returned.isInstance(result)) {
            return of(returned, target);
        }
        return result;
    }

    private static Method find(Class<?> targetType, Method method) {
        for (Class<?> c = targetType; c != null; c = c.getSuperclass()) {
            try {
                Method found = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                found.setAccessible(true);
                return found;
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        throw new UnsupportedOperationException(targetType.getSimpleName() + " does not fake "
                + method.getDeclaringClass().getSimpleName() + "." + method.getName());
    }
}
