package org.cstoquiz.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a YAML text into a {@link Node} tree that remembers lines, using Jackson's streaming
 * parser. Malformed YAML and duplicate keys become {@link Problem}s.
 */
final class YamlTree {

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private YamlTree() {
    }

    /** The root node, or empty when the text is malformed (the problem is added). Empty text gives an empty map. */
    static Optional<Node> parse(String file, String text, Problems problems) {
        try (JsonParser p = MAPPER.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Optional.of(new Node.MapNode(1, Map.of()));
            }
            Node root = read(p, t, file, problems);
            return Optional.of(root);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
            problems.add(file, line, "malformed YAML: " + summarize(e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private static Node read(JsonParser p, JsonToken t, String file, Problems problems) {
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                JsonToken next;
                while ((next = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    Node value = read(p, p.nextToken(), file, problems);
                    Node.Entry previous = entries.get(key);
                    if (previous != null) {
                        problems.add(file, keyLine, "duplicate field '" + key + "' (also on line " + previous.keyLine() + ")");
                    } else {
                        entries.put(key, new Node.Entry(key, keyLine, value));
                    }
                }
                return new Node.MapNode(line, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, next, file, problems));
                }
                return new Node.ListNode(line, items);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(line, null);
            }
            default -> {
                if (!t.isScalarValue()) {
                    throw new IllegalStateException("unexpected token " + t);
                }
                return new Node.Scalar(line, p.getString());
            }
        }
    }

    /** SnakeYAML messages span several lines with code snippets; keep the explanatory lines only. */
    static String summarize(String message) {
        if (message == null) {
            return "unreadable";
        }
        String s = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).collect(Collectors.joining("; "));
        return s.isEmpty() ? message.strip() : s;
    }
}
