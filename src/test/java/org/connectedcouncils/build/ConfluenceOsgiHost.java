package org.connectedcouncils.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/** A real Apache Felix framework whose system bundle exports what Confluence 10 exports to apps, and nothing else. */
final class ConfluenceOsgiHost implements AutoCloseable {

    private final Framework framework;

    private ConfluenceOsgiHost(Framework framework) {
        this.framework = framework;
    }

    /** Starts Felix exporting the packages of the list (package, version, comment) plus the stand-in packages. */
    static ConfluenceOsgiHost start(Path exportList, Path standInSources, Path storage) throws IOException,
            BundleException {
        Map<String, String> exports = readExports(exportList);
        standInPackages(standInSources).forEach(pkg -> exports.putIfAbsent(pkg, "0.0.0"));
        String extra = exports.entrySet().stream().map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
        Framework framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, extra));
        framework.start();
        return new ConfluenceOsgiHost(framework);
    }

    /** Installs a bundle from its jar, without starting it. */
    Bundle install(Path jar) throws IOException, BundleException {
        try (InputStream in = Files.newInputStream(jar)) {
            return framework.getBundleContext().installBundle(jar.toUri().toString(), in);
        }
    }

    /** Asks the framework to resolve the bundle (wire every mandatory import); true when it did. */
    boolean resolve(Bundle bundle) {
        return framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
    }

    /**
     * Every import of the bundle, mandatory or optional, that no export of the host satisfies: "missing" when the
     * host exports no such package, "out of range" when it exports it only at versions the import does not accept.
     * Optional ones count too: a catch-all optional import resolves silently and fails later with
     * NoClassDefFoundError. Packages in {@code tolerated} are left out.
     */
    List<String> unsatisfiedImports(Bundle bundle, Set<String> tolerated) throws InvalidSyntaxException {
        List<BundleCapability> hostExports = framework.adapt(BundleRevision.class)
                .getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE);
        List<String> problems = new ArrayList<>();
        for (BundleRequirement required : bundle.adapt(BundleRevision.class)
                .getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String filterText = required.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE);
            Filter filter = FrameworkUtil.createFilter(filterText);
            String pkg = packageOf(filterText);
            if (tolerated.contains(pkg) || hostExports.stream().anyMatch(c -> filter.matches(c.getAttributes()))) {
                continue;
            }
            Set<String> versions = hostExports.stream()
                    .filter(c -> pkg.equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
                    .map(c -> String.valueOf(c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)))
                    .collect(Collectors.toCollection(TreeSet::new));
            String resolution = PackageNamespace.RESOLUTION_OPTIONAL.equals(
                    required.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                    ? " (optional)" : "";
            problems.add(versions.isEmpty()
                    ? "missing: " + pkg + resolution + " " + filterText
                    : "out of range: " + pkg + resolution + " " + filterText + ", host exports " + versions);
        }
        return problems;
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(10_000);
    }

    private static String packageOf(String filter) {
        String key = "(" + PackageNamespace.PACKAGE_NAMESPACE + "=";
        int start = filter.indexOf(key) + key.length();
        return filter.substring(start, filter.indexOf(')', start));
    }

    private static Map<String, String> readExports(Path list) throws IOException {
        Map<String, String> exports = new LinkedHashMap<>();
        for (String line : Files.readAllLines(list)) {
            String entry = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
            if (!entry.isEmpty()) {
                String[] parts = entry.split("\\s+");
                exports.put(parts[0], parts[1]);
            }
        }
        return exports;
    }

    private static Set<String> standInPackages(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> sources.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(),
                            "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
