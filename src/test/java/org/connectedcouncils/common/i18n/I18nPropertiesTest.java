package org.connectedcouncils.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.RegisterVocabulary;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.testing.PropertiesMessages;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * All user-visible text comes from the properties file: templates and scripts hold no literal words, and every key
 * that templates, Java, the plugin descriptor and the macro browser use is in the file.
 */
public class I18nPropertiesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/web");
    private static final Path JAVA = Path.of("src/main/java");
    private static final String PLUGIN_KEY = "org.connectedcouncils.connected-councils";
    private static final Pattern KEY = Pattern.compile("[\"'](connected-councils\\.[A-Za-z0-9.-]*[A-Za-z0-9])[\"']");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\b(?:aria-label|title|alt|placeholder)=\"([^\"]*)\"");

    private final Properties properties = PropertiesMessages.load();

    @Test
    public void propertiesFile_definesEachKeyOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(Path.of("src/main/resources/i18n/connected-councils.properties"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                keys.add(line.substring(0, line.indexOf('=')).trim());
            }
        }

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    public void templates_holdNoLiteralText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".vm")) {
            String source = Files.readString(template, StandardCharsets.UTF_8);
            Matcher attributes = TEXT_ATTRIBUTE.matcher(source);
            while (attributes.find()) {
                if (hasWords(withoutReferences(attributes.group(1)))) {
                    offenders.add(template.getFileName() + ": " + attributes.group());
                }
            }
            String text = withoutReferences(source
                    .replaceAll("(?s)#\\*.*?\\*#", " ")
                    .replaceAll("(?m)^\\s*##.*$", " ")
                    .replaceAll("(?s)<[^>]*>", " "));
            if (hasWords(text)) {
                offenders.add(template.getFileName() + ": " + text.replaceAll("\\s+", " ").trim());
            }
        }

        assertThat(offenders).isEmpty();
    }

    /**
     * A string literal counts as text when it holds a capitalised word or two plain words in a row; CSS classes,
     * selectors, attribute names, HTTP header names and the strict-mode directive do not.
     */
    @Test
    public void scripts_holdNoLiteralText() throws IOException {
        Pattern literal = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");
        Pattern text = Pattern.compile("\\b[A-Z][a-z]+\\b|(?<![-\\w])[A-Za-z]{2,} [A-Za-z]{2,}(?![-\\w])");
        java.util.Set<String> allowed = java.util.Set.of("use strict", "Accept", "Content-Type");
        List<String> offenders = new ArrayList<>();
        for (Path script : files(SCRIPTS, ".js")) {
            for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                String code = line.trim();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                    continue;
                }
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    String value = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!allowed.contains(value) && text.matcher(value).find()) {
                        offenders.add(script.getFileName() + ": " + code);
                    }
                }
            }
        }

        assertThat(offenders).isEmpty();
    }

    @Test
    public void keysUsedInTemplatesScriptsAndJava_areInTheFile() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        List<Path> sources = new ArrayList<>(files(TEMPLATES, ".vm"));
        sources.addAll(files(SCRIPTS, ".js"));
        sources.addAll(files(JAVA, ".java"));
        for (Path source : sources) {
            Matcher m = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!properties.containsKey(m.group(1))) {
                    missing.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    public void vocabularyLabels_existForEveryValue() {
        List<String> keys = new ArrayList<>();
        Stream.of(Phase.values()).forEach(v -> keys.add(RegisterVocabulary.PHASE + v.code()));
        Stream.of(SolutionKind.values()).forEach(v -> keys.add(RegisterVocabulary.KIND + v.code()));
        Stream.of(CollaborationOffer.values()).forEach(v -> keys.add(RegisterVocabulary.OFFER + v.code()));
        Stream.of(AdoptionState.values()).forEach(v -> keys.add(RegisterVocabulary.ADOPTION + v.code()));
        Stream.of(RegisterColumn.values()).forEach(v -> keys.add(v.labelKey()));
        for (SolutionSortField field : SolutionSortField.values()) {
            keys.add("connected-councils.register.sort." + field.code() + ".asc");
            keys.add("connected-councils.register.sort." + field.code() + ".desc");
        }

        assertThat(keys).allSatisfy(key -> assertThat(properties).containsKey(key));
    }

    @Test
    public void macroBrowser_hasLabelAndDescriptionForEveryMacroAndParameter() throws Exception {
        List<String> keys = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList macros = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("xhtml-macro");
            for (int i = 0; i < macros.getLength(); i++) {
                Element macro = (Element) macros.item(i);
                String prefix = PLUGIN_KEY + "." + macro.getAttribute("name");
                keys.add(prefix + ".label");
                keys.add(prefix + ".desc");
                NodeList parameters = macro.getElementsByTagName("parameter");
                for (int p = 0; p < parameters.getLength(); p++) {
                    String name = ((Element) parameters.item(p)).getAttribute("name");
                    keys.add(prefix + ".param." + name + ".label");
                    keys.add(prefix + ".param." + name + ".desc");
                }
            }
        }

        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(properties).containsKey(key));
    }

    private static String withoutReferences(String s) {
        String previous;
        String current = s;
        do {
            previous = current;
            current = current.replaceAll("\\$!?\\{?[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*(?:\\([^()]*\\))?)*\\}?",
                    " ");
        } while (!current.equals(previous));
        return current.replaceAll("#(?:foreach|if|elseif|set|parse)\\s*\\([^)]*\\)", " ").replaceAll("#(?:end|else)\\b",
                " ").replaceAll("\\([^()]*\\bin\\b[^()]*\\)", " ");
    }

    private static boolean hasWords(String text) {
        return Pattern.compile("\\p{L}{2,}").matcher(text.replaceAll("&[a-z]+;", " ")).find();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
