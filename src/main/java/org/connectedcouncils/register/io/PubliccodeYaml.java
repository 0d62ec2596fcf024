package org.connectedcouncils.register.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.io.ImportLimits;

/**
 * Safe YAML reading and writing for publiccode.yml. Reading only composes nodes (no Java type is ever constructed
 * from a tag), within a size limit, at most {@value #MAX_ALIASES} aliases to anything, scalars included (alias
 * bombs), a nesting depth, a node count and a limit on the text the tree holds once aliases are expanded, so a
 * later dump, join or echo of the tree cannot grow past it; scalars become strings or booleans, keys must be unique.
 */
final class PubliccodeYaml {

    static final int MAX_CHARS = 256 * 1024;
    static final int MAX_ALIASES = 5;
    static final int MAX_DEPTH = 20;
    static final int MAX_NODES = 20_000;
    /** Characters of keys and scalars the tree may hold, counting each alias again: four times the file limit. */
    static final int MAX_EXPANDED_CHARS = 4 * MAX_CHARS;

    static final String SYNTAX = "connected-councils.io.publiccode.syntax";
    static final String ALIASES = "connected-councils.io.publiccode.aliases";
    static final String TOO_DEEP = "connected-councils.io.publiccode.tooDeep";
    static final String TOO_MANY_NODES = "connected-councils.io.publiccode.tooManyNodes";
    static final String NOT_A_MAP = "connected-councils.io.publiccode.notAMap";
    static final String DUPLICATE_KEY = "connected-councils.io.publiccode.duplicateKey";
    static final String BAD_KEY = "connected-councils.io.publiccode.badKey";
    static final String BAD_TAG = "connected-councils.io.publiccode.badTag";

    /** The only tags a publiccode.yml needs; anything else (!!java…, !custom) is refused, never interpreted. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private PubliccodeYaml() {
    }

    /** Parses one document whose top level is a mapping; a problem is thrown with its line. */
    static YamlTree parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options);
        Node node;
        try {
            node = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            if (String.valueOf(e.getProblem()).startsWith("Global tag is not allowed")) {
                // SnakeYAML's own tag inspector got there first: no global tag is trusted.
                throw new Problem(ImportError.of("", line, BAD_TAG, e.getProblem()));
            }
            throw new Problem(ImportError.of("", line, SYNTAX, e.getProblem()));
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("aliases")) {
                throw new Problem(ImportError.of("", 0, ALIASES, MAX_ALIASES));
            }
            if (message.contains("nesting depth")) {
                throw new Problem(ImportError.of("", 0, TOO_DEEP, MAX_DEPTH));
            }
            if (message.contains("exceeds the limit")) {
                throw new Problem(ImportError.of("", 0, ImportLimits.TOO_LARGE, MAX_CHARS / 1024));
            }
            throw new Problem(ImportError.of("", 0, SYNTAX, e.getMessage()));
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new Problem(ImportError.of("", node == null ? 1 : line(node), NOT_A_MAP));
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) convert(mapping, "", lines, 0, new Budget());
        return new YamlTree(root, lines);
    }

    private static Object convert(Node node, String path, Map<String, Integer> lines, int depth, Budget budget) {
        if (depth > MAX_DEPTH) {
            throw new Problem(ImportError.of(path, line(node), TOO_DEEP, MAX_DEPTH));
        }
        budget.visit(node, path);
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw new Problem(ImportError.of(path, line(node), BAD_TAG, node.getTag().getValue()));
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new Problem(ImportError.of(path, line(tuple.getKeyNode()), BAD_KEY));
                }
                String key = keyNode.getValue();
                String child = path.isEmpty() ? key : path + "." + key;
                if (out.containsKey(key)) {
                    throw new Problem(ImportError.of(child, line(keyNode), DUPLICATE_KEY, key));
                }
                budget.text(key, child, keyNode);
                lines.put(child, line(keyNode));
                out.put(key, convert(tuple.getValueNode(), child, lines, depth + 1, budget));
            }
            return out;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                String child = path + "[" + i + "]";
                lines.put(child, line(items.get(i)));
                out.add(convert(items.get(i), child, lines, depth + 1, budget));
            }
            return out;
        }
        ScalarNode scalar = (ScalarNode) node;
        budget.text(scalar.getValue(), path, scalar);
        if (Tag.NULL.equals(scalar.getTag())) {
            return null;
        }
        if (Tag.BOOL.equals(scalar.getTag())) {
            // YAML 1.2, as publiccode.yml parsers read it: only true and false are booleans; YAML 1.1's yes, no, on
            // and off stay text (and are refused where a boolean is expected).
            String v = scalar.getValue().toLowerCase(Locale.ROOT);
            return v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : scalar.getValue();
        }
        return scalar.getValue();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /**
     * What reading a document may cost, checked before each node is expanded: nodes visited, aliases followed (a node
     * met again; SnakeYAML counts aliases to collections only), and characters of keys and scalars held.
     */
    private static final class Budget {

        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private int nodes;
        private int aliases;
        private long chars;

        void visit(Node node, String path) {
            if (++nodes > MAX_NODES) {
                throw new Problem(ImportError.of(path, line(node), TOO_MANY_NODES, MAX_NODES));
            }
            if (!seen.add(node) && ++aliases > MAX_ALIASES) {
                throw new Problem(ImportError.of(path, line(node), ALIASES, MAX_ALIASES));
            }
        }

        void text(String value, String path, Node node) {
            chars += value == null ? 0 : value.length();
            if (chars > MAX_EXPANDED_CHARS) {
                throw new Problem(ImportError.of(path, line(node), ImportLimits.TOO_LARGE, MAX_CHARS / 1024));
            }
        }
    }

    /** Writes a tree as block-style YAML; multi-line strings as literal blocks. */
    static String dump(Map<String, Object> root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new LiteralRepresenter(options), options).dump(root);
    }

    /** Represents strings with line breaks as literal blocks, everything else as SnakeYAML's safe defaults. */
    private static final class LiteralRepresenter extends Representer {

        LiteralRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> {
                String s = (String) data;
                if (s.indexOf('\n') >= 0) {
                    return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }
    }

    /** A file that cannot be read as publiccode.yml at all. */
    static final class Problem extends RuntimeException {

        private final ImportError error;

        Problem(ImportError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }

        ImportError error() {
            return error;
        }
    }
}
