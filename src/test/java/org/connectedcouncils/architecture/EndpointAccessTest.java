package org.connectedcouncils.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Path;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Platform 7+ applies secure defaults to every endpoint an app declares; ours say their access explicitly. Each
 * servlet and servlet filter (in the descriptor, and every such class) carries exactly one annotation of
 * {@code com.atlassian.annotations.security}, each REST resource class one of REST v2's (RestRulesTest checks the
 * resource methods too).
 */
public class EndpointAccessTest {

    private static final String SERVLET_ACCESS = AdminOnly.class.getPackageName();
    private static final String REST_ACCESS = LicensedOnly.class.getPackageName();

    private static JavaClasses production;
    private static Set<String> declaredServlets;

    @BeforeClass
    public static void importClasses() throws Exception {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.connectedcouncils");
        declaredServlets = new TreeSet<>();
        try (InputStream descriptor = EndpointAccessTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor)
                    .getDocumentElement();
            for (String module : List.of("servlet", "servlet-filter")) {
                NodeList nodes = root.getElementsByTagName(module);
                for (int i = 0; i < nodes.getLength(); i++) {
                    declaredServlets.add(((Element) nodes.item(i)).getAttribute("class"));
                }
            }
        }
    }

    @Test
    public void everyServletClass_isDeclaredInTheDescriptor() {
        Set<String> classes = new TreeSet<>();
        for (JavaClass c : production) {
            if (!c.isAnonymousClass() && (c.isAssignableTo(HttpServlet.class) || c.isAssignableTo(Filter.class))) {
                classes.add(c.getName());
            }
        }

        assertThat(declaredServlets).isNotEmpty().isEqualTo(classes);
    }

    @Test
    public void everyDeclaredServlet_carriesExactlyOneServletAccessAnnotation() throws ClassNotFoundException {
        List<String> wrong = new ArrayList<>();
        for (String name : declaredServlets) {
            if (count(Class.forName(name).getAnnotations(), SERVLET_ACCESS) != 1) {
                wrong.add(name);
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    public void everyRestResourceClass_carriesExactlyOneRestAccessAnnotation() {
        List<String> wrong = new ArrayList<>();
        int resources = 0;
        for (JavaClass c : production) {
            if (c.isAnnotatedWith(Path.class)) {
                resources++;
                if (count(c.reflect().getAnnotations(), REST_ACCESS) != 1) {
                    wrong.add(c.getName());
                }
            }
        }

        assertThat(resources).isPositive();
        assertThat(wrong).isEmpty();
    }

    private static long count(Annotation[] annotations, String accessPackage) {
        return Arrays.stream(annotations).filter(a -> a.annotationType().getPackageName().equals(accessPackage))
                .count();
    }
}
