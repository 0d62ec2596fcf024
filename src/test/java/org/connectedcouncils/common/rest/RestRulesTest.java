package org.connectedcouncils.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RestServer;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Rules every REST resource follows, checked on the compiled classes: an explicit REST v2 access annotation on each
 * class and method, JSON-only writes, no XSRF exclusion, constructor injection, and nothing left out of the
 * application the tests and the preview run.
 */
public class RestRulesTest {

    private static final String ACCESS_PACKAGE = LicensedOnly.class.getPackageName();

    private static JavaClasses production;

    @BeforeClass
    public static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.connectedcouncils");
    }

    @Test
    public void everyResourceAndProvider_isPartOfTheApplication() {
        Set<String> resources = annotatedWith(Path.class);
        Set<String> providers = annotatedWith(Provider.class);

        assertThat(resources).isEqualTo(names(RestServer.RESOURCES));
        assertThat(providers).isEqualTo(names(RestServer.PROVIDERS));
    }

    @Test
    public void everyResourceClassAndMethod_carriesExactlyOneAccessAnnotation() {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : RestServer.RESOURCES) {
            if (accessAnnotations(resource.getAnnotations()) != 1) {
                missing.add(resource.getSimpleName());
            }
        }
        for (RestEndpoints.Endpoint e : RestEndpoints.of(RestServer.RESOURCES)) {
            if (accessAnnotations(e.method().getAnnotations()) != 1) {
                missing.add(e.toString());
            }
        }

        assertThat(missing).isEmpty();
    }

    /**
     * Writes take JSON, or a file in a type no cross-site form or no-preflight fetch can send (form posts can only
     * send text/plain, urlencoded and multipart): the import endpoints' YAML and CSV.
     */
    @Test
    public void everyWrite_consumesOnlyTypesAFormCannotSend() {
        Set<String> allowed = Set.of(MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/csv");
        List<String> formSendable = new ArrayList<>();
        for (RestEndpoints.Endpoint e : RestEndpoints.of(RestServer.RESOURCES)) {
            Consumes consumes = e.method().getAnnotation(Consumes.class);
            if (e.writes() && (consumes == null || !allowed.containsAll(Arrays.asList(consumes.value())))) {
                formSendable.add(e.toString());
            }
        }

        assertThat(formSendable).isEmpty();
    }

    @Test
    public void noClass_excludesItselfFromXsrfProtection() {
        List<String> excluded = production.stream()
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getSimpleName().equals("XsrfProtectionExcluded")))
                .map(JavaClass::getName).toList();

        assertThat(excluded).isEmpty();
    }

    @Test
    public void everyResourceAndProvider_takesItsServicesThroughAnInjectConstructor() {
        List<Class<?>> all = new ArrayList<>(RestServer.RESOURCES);
        all.addAll(RestServer.PROVIDERS);
        List<String> without = new ArrayList<>();
        for (Class<?> type : all) {
            Constructor<?>[] constructors = type.getConstructors();
            if (constructors.length != 1 || !constructors[0].isAnnotationPresent(Inject.class)) {
                without.add(type.getSimpleName());
            }
        }

        assertThat(without).isEmpty();
    }

    @Test
    public void everyErrorCode_hasTextInTheI18nFile() throws IllegalAccessException {
        PropertiesMessages messages = new PropertiesMessages();
        List<String> missing = new ArrayList<>();
        for (Field field : ErrorCodes.class.getFields()) {
            String key = (String) field.get(null);
            if (Modifier.isStatic(field.getModifiers()) && key.startsWith("connected-councils.")
                    && !messages.has(key)) {
                missing.add(key);
            }
        }

        assertThat(missing).isEmpty();
    }

    private static long accessAnnotations(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(a -> a.annotationType().getPackageName().equals(ACCESS_PACKAGE))
                .count();
    }

    private static Set<String> annotatedWith(Class<? extends Annotation> annotation) {
        return production.stream().filter(c -> c.isAnnotatedWith(annotation)).map(JavaClass::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> names(List<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
