package org.cstoquiz.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern CONTEXT = Pattern.compile("\\Awhile [^\\n]*\\n[^\\n]*\\bline (\\d+),");
    private static final Pattern INDENT = Pattern.compile("^[ \\t]*(?:-[ \\t]+)*");

    /**
     * The root node, or empty when the text is malformed (the problem is added). Empty text gives an
     * empty map. Tabs in the indentation are one problem, reported at the first such line; the text is
     * then read with the tabs taken as tab stops (of 2, 4 or 8 columns, whichever reads), so that the
     * rest of the file is still checked and its other problems reported.
     */
    static Optional<Node> parse(String file, String text, Problems problems) {
        List<Integer> tabbed = tabbedLines(text);
        if (tabbed.isEmpty()) {
            return parseOnce(file, text, problems);
        }
        problems.add(file, tabbed.getFirst(), "the line is indented with a tab" + (tabbed.size() == 1 ? ""
                : " (and " + (tabbed.size() - 1) + " more line" + (tabbed.size() == 2 ? "" : "s") + " after it)")
                + ": YAML indents with spaces only");
        Problems best = null;
        Optional<Node> bestNode = Optional.empty();
        for (int width : new int[] {2, 4, 8}) {
            Problems trial = new Problems();
            Optional<Node> node = parseOnce(file, expandTabs(text, width), trial);
            if (best == null || node.isPresent() && (bestNode.isEmpty() || trial.size() < best.size())) {
                best = trial;
                bestNode = node;
            }
        }
        problems.addAll(best.sorted());
        return bestNode;
    }

    private static List<Integer> tabbedLines(String text) {
        List<Integer> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INDENT.matcher(lines[i]);
            if (m.find() && m.group().indexOf('\t') >= 0) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** Each tab in the indentation moves to the next multiple of {@code width} columns. */
    static String expandTabs(String text, int width) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            Matcher m = INDENT.matcher(line);
            String indent = m.find() ? m.group() : "";
            StringBuilder expanded = new StringBuilder();
            for (char c : indent.toCharArray()) {
                if (c == '\t') {
                    do {
                        expanded.append(' ');
                    } while (expanded.length() % width != 0);
                } else {
                    expanded.append(c);
                }
            }
            out.append(expanded).append(line, indent.length(), line.length());
        }
        return out.toString();
    }

    private static Optional<Node> parseOnce(String file, String text, Problems problems) {
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
            // "while parsing a flow sequence in reader, line 3 ...": the line that opened what was not closed
            Matcher context = CONTEXT.matcher(String.valueOf(e.getOriginalMessage()));
            if (context.find()) {
                line = Integer.parseInt(context.group(1));
            }
            problems.add(file, line, "malformed YAML" + written(text, line) + ": " + summarize(e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** The author's line, quoted, so that the message names what they wrote. */
    private static String written(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length || lines[line - 1].isBlank()) {
            return "";
        }
        String l = lines[line - 1].strip();
        return " in \"" + (l.length() <= 80 ? l : l.substring(0, 77) + "...") + "\"";
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
