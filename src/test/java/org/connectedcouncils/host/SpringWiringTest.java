package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.beans.Introspector;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;

import org.connectedcouncils.profile.macro.CouncilProfileMacro;
import org.connectedcouncils.register.ao.upgrade.v1.SeedServiceAreasUpgradeTask001;
import org.connectedcouncils.register.macro.RegisterTableMacro;
import org.connectedcouncils.register.rest.SolutionResource;
import org.connectedcouncils.common.rest.JsonOnlyWrites;
import org.connectedcouncils.testing.RestServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericXmlApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Confluence can build the app: real Spring loads our bean definitions on mocks of exactly the host services that
 * {@link ComponentImports} imports, and every class that Confluence constructs itself (the modules named in
 * atlassian-plugin.xml, the REST resources and providers) finds each of its constructor parameters in that context.
 *
 * <p>plugin-context.xml is not loaded: its {@code atlassian-scanner:scan-indexes} element needs Atlassian's Spring
 * Scanner, whose part here (the imports) the mocks play.
 */
public class SpringWiringTest {

    private static final String BEANS = "META-INF/spring/connected-councils-beans.xml";
    private static final String APP_PACKAGE = "org.connectedcouncils.";
    private static final String HOST_PACKAGE = "com.atlassian.";

    private GenericXmlApplicationContext target;
    private final Map<String, String> lifecycleMethods = new TreeMap<>();

    @Before
    public void setUp() {
        target = new GenericXmlApplicationContext();
        // Spring Scanner's scan-indexes registers these in Confluence: @Inject picks a constructor, as there.
        AnnotationConfigUtils.registerAnnotationConfigProcessors(target);
        importedServices().forEach((name, type) -> target.getBeanFactory().registerSingleton(name, mock(type)));
        target.load(new ClassPathResource(BEANS));
        // Init- and destroy-methods talk to the host (the scheduler's build atlassian-scheduler values, which the
        // signature-only stand-ins cannot): lifecycleMethods_arePublicMethodsOfTheirBeans checks that each exists,
        // and Spring builds the beans here without calling them.
        for (String name : target.getBeanDefinitionNames()) {
            BeanDefinition definition = target.getBeanFactory().getBeanDefinition(name);
            if (definition.getInitMethodName() != null) {
                lifecycleMethods.put(name + ".init", definition.getInitMethodName());
                definition.setInitMethodName(null);
            }
            if (definition.getDestroyMethodName() != null) {
                lifecycleMethods.put(name + ".destroy", definition.getDestroyMethodName());
                definition.setDestroyMethodName(null);
            }
        }
    }

    @After
    public void tearDown() {
        target.close();
    }

    @Test
    public void beans_areAllCreatedFromTheImportedHostServices() throws Exception {

        target.refresh();

        List<String> notCreated = new ArrayList<>();
        for (String name : appBeanNames()) {
            Class<?> declared = Class.forName(target.getBeanFactory().getBeanDefinition(name).getBeanClassName());
            if (!declared.isInstance(target.getBean(name))) {
                notCreated.add(name);
            }
        }
        assertThat(appBeanNames()).isNotEmpty();
        assertThat(notCreated).isEmpty();
        assertThat(target.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    public void lifecycleMethods_arePublicMethodsOfTheirBeans() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> method : lifecycleMethods.entrySet()) {
            String bean = method.getKey().substring(0, method.getKey().lastIndexOf('.'));
            Class<?> type = Class.forName(target.getBeanFactory().getBeanDefinition(bean).getBeanClassName());
            try {
                type.getMethod(method.getValue());
            } catch (NoSuchMethodException e) {
                missing.add(method.getKey() + " = " + method.getValue());
            }
        }

        assertThat(lifecycleMethods).containsEntry("jobScheduler.init", "start")
                .containsEntry("jobScheduler.destroy", "stop");
        assertThat(missing).isEmpty();
    }

    @Test
    public void pluginModules_findEveryConstructorParameterInTheContext() throws Exception {
        target.refresh();

        List<String> missing = new ArrayList<>();
        List<Object> built = new ArrayList<>();
        for (Class<?> module : pluginModules()) {
            Constructor<?>[] constructors = module.getConstructors();
            if (constructors.length != 1) {
                missing.add(module.getName() + " has " + constructors.length + " public constructors, not one");
                continue;
            }
            Object[] arguments = resolve(module, constructors[0], missing);
            if (arguments != null) {
                built.add(constructors[0].newInstance(arguments));
            }
        }

        assertThat(missing).isEmpty();
        assertThat(built).hasSameSizeAs(pluginModules());
    }

    @Test
    public void pluginModules_areTheDescriptorsModulesAndTheRestClasses() throws Exception {

        Set<Class<?>> modules = pluginModules();

        assertThat(modules).contains(RegisterTableMacro.class, CouncilProfileMacro.class, SolutionPageServlet.class,
                SeedServiceAreasUpgradeTask001.class, SolutionResource.class, JsonOnlyWrites.class);
    }

    @Test
    public void componentImports_areExactlyTheHostTypesTheConstructorsAskFor() throws Exception {
        Set<Class<?>> asked = new LinkedHashSet<>();
        for (Class<?> type : constructedClasses()) {
            for (Class<?> parameter : wiringConstructor(type).getParameterTypes()) {
                if (parameter.getName().startsWith(HOST_PACKAGE)) {
                    asked.add(parameter);
                }
            }
        }

        Set<Class<?>> imported = new LinkedHashSet<>(importedServices().values());

        assertThat(imported).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    public void componentImports_nameTheSalServicesThatConfluenceAlsoHasUnderTheirTypeName() {

        Map<String, Class<?>> imports = importedServices();

        assertThat(imports).containsEntry("salUserManager", UserManager.class)
                .containsEntry("salApplicationProperties", ApplicationProperties.class);
    }

    @Test
    public void descriptor_declaresNoComponentModules() throws Exception {

        Document descriptor = descriptor();

        assertThat(descriptor.getElementsByTagName("component").getLength()).isZero();
        assertThat(descriptor.getElementsByTagName("component-import").getLength()).isZero();
    }

    @Test
    public void pluginContext_onlyReadsTheScannerIndexes() throws Exception {

        Element beans = xml("/META-INF/spring/plugin-context.xml").getDocumentElement();

        assertThat(beans.getLocalName()).isEqualTo("beans");
        List<String> children = new ArrayList<>();
        for (int i = 0; i < beans.getChildNodes().getLength(); i++) {
            if (beans.getChildNodes().item(i) instanceof Element child) {
                children.add(child.getNamespaceURI() + " " + child.getLocalName());
            }
        }
        assertThat(children).containsExactly("http://www.atlassian.com/schema/atlassian-scanner/2 scan-indexes");
    }

    /** Bean name → host type, as Spring Scanner names the imports: the given value, else the type's simple name. */
    private static Map<String, Class<?>> importedServices() {
        Map<String, Class<?>> imports = new LinkedHashMap<>();
        for (Field field : ComponentImports.class.getDeclaredFields()) {
            ComponentImport annotation = field.getAnnotation(ComponentImport.class);
            if (annotation != null) {
                String name = annotation.value().isEmpty()
                        ? Introspector.decapitalize(field.getType().getSimpleName()) : annotation.value();
                imports.put(name, field.getType());
            }
        }
        return imports;
    }

    /** Every class Confluence builds itself: module classes of the descriptor, upgrade tasks, REST classes. */
    private static Set<Class<?>> pluginModules() throws Exception {
        Set<Class<?>> modules = new LinkedHashSet<>();
        Document descriptor = descriptor();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String name = ((Element) all.item(i)).getAttribute("class");
            if (name.startsWith(APP_PACKAGE)) {
                modules.add(Class.forName(name));
            }
        }
        NodeList upgradeTasks = descriptor.getElementsByTagName("upgradeTask");
        for (int i = 0; i < upgradeTasks.getLength(); i++) {
            modules.add(Class.forName(upgradeTasks.item(i).getTextContent().trim()));
        }
        modules.addAll(RestServer.RESOURCES);
        modules.addAll(RestServer.PROVIDERS);
        return modules;
    }

    /** The app's bean classes and the plugin's modules: every class whose constructor Spring fills. */
    private Set<Class<?>> constructedClasses() throws Exception {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (String name : appBeanNames()) {
            classes.add(Class.forName(target.getBeanFactory().getBeanDefinition(name).getBeanClassName()));
        }
        classes.addAll(pluginModules());
        return classes;
    }

    private List<String> appBeanNames() {
        return Arrays.stream(target.getBeanDefinitionNames()).filter(name -> {
            BeanDefinition definition = target.getBeanFactory().getBeanDefinition(name);
            return definition.getBeanClassName() != null && definition.getBeanClassName().startsWith(APP_PACKAGE);
        }).toList();
    }

    /** The constructor Spring autowires: the one marked @Inject, else the only public one. */
    private static Constructor<?> wiringConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        for (Constructor<?> constructor : constructors) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                return constructor;
            }
        }
        assertThat(constructors).as("public constructors of %s (mark the one to wire with @Inject)", type)
                .hasSize(1);
        return constructors[0];
    }

    /** The arguments from the context, or null after adding what is missing to {@code missing}. */
    private Object[] resolve(Class<?> module, Constructor<?> constructor, List<String> missing) {
        Class<?>[] types = constructor.getParameterTypes();
        Object[] arguments = new Object[types.length];
        boolean complete = true;
        for (int i = 0; i < types.length; i++) {
            try {
                arguments[i] = target.getBeanFactory().getBean(types[i]);
            } catch (BeansException e) {
                missing.add(module.getName() + " needs " + types[i].getName() + ": " + e.getMessage());
                complete = false;
            }
        }
        return complete ? arguments : null;
    }

    private static Document descriptor() throws Exception {
        return xml("/atlassian-plugin.xml");
    }

    private static Document xml(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = SpringWiringTest.class.getResourceAsStream(resource)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
