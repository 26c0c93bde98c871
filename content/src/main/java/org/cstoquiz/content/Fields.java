package org.cstoquiz.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Sourced;

/**
 * Reads the fields of one YAML map, reporting every problem with its line: missing and unknown
 * fields, wrong shapes, bad dates, numbers and enum values. Remembers the line of every field read
 * (by path, e.g. {@code subjects[1]}) so later checks can point at the right line.
 */
final class Fields {

    private final Node.MapNode node;
    private final String file;
    private final String what;
    private final Context context;
    private final String prefix;
    private final Map<String, Integer> lines;
    private final Set<String> known = new LinkedHashSet<>();
    /** Required fields not found, reported by {@link #done} unless a misspelt field stands for them. */
    private final Set<String> missingKeys = new LinkedHashSet<>();
    private boolean broken;

    /** Shared by all readers of a pack: problems, citations to verify, source keys. */
    interface Context {
        Problems problems();

        /** Resolves a source key or file name to the file name, or empty when unknown. */
        Optional<String> source(String keyOrFile);

        String sourceList();

        void citationRead(String file, int line, Citation citation);
    }

    Fields(Node.MapNode node, String file, String what, Context context, String prefix, Map<String, Integer> lines) {
        this.node = node;
        this.file = file;
        this.what = what;
        this.context = context;
        this.prefix = prefix;
        this.lines = lines;
    }

    int line() {
        return node.line();
    }

    /** True when a required field was missing or some value could not be read. */
    boolean broken() {
        return broken;
    }

    void markBroken() {
        broken = true;
    }

    void problem(int line, String message) {
        context.problems().add(file, line, message);
        broken = true;
    }

    private Optional<Node.Entry> entry(String key) {
        known.add(key);
        Node.Entry e = node.entries().get(key);
        if (e == null || e.value() instanceof Node.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        lines.put(prefix + key, e.value().line());
        return Optional.of(e);
    }

    boolean has(String key) {
        Node.Entry e = node.entries().get(key);
        return e != null && !(e.value() instanceof Node.Scalar s && s.isNull());
    }

    int lineOf(String key) {
        Node.Entry e = node.entries().get(key);
        return e == null ? node.line() : e.value().line();
    }

    /** Reports {@code key} as missing (unless a misspelt field stands for it, see {@link #done}). */
    void require(String key) {
        known.add(key);
        missing(key);
    }

    private void missing(String key) {
        missingKeys.add(key);
        broken = true;
    }

    // ------------------------------------------------------------ text

    Optional<String> text(String key) {
        return entry(key).flatMap(e -> scalar(e.value(), key));
    }

    private Optional<String> scalar(Node value, String key) {
        if (value instanceof Node.Scalar s) {
            if (s.text().isBlank()) {
                problem(s.line(), "field '" + key + "' is empty");
                return Optional.empty();
            }
            return Optional.of(s.text().strip());
        }
        problem(value.line(), "field '" + key + "' should be text, not " + value.kind());
        return Optional.empty();
    }

    String requiredText(String key) {
        Optional<String> t = text(key);
        if (t.isEmpty() && !has(key)) {
            missing(key);
        }
        return t.orElse(null);
    }

    /** A list of text; a single text counts as a list of one. */
    List<String> textList(String key) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) {
            return List.of();
        }
        Node value = e.get().value();
        if (value instanceof Node.Scalar) {
            return scalar(value, key).map(List::of).orElse(List.of());
        }
        if (!(value instanceof Node.ListNode list)) {
            problem(value.line(), "field '" + key + "' should be a list, not " + value.kind());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            lines.put(prefix + key + "[" + i + "]", item.line());
            scalar(item, key).ifPresent(out::add);
        }
        return out;
    }

    // ------------------------------------------------------------ typed values

    Optional<PartialDate> date(String key) {
        return text(key).flatMap(t -> {
            try {
                return Optional.of(PartialDate.parse(t));
            } catch (IllegalArgumentException ex) {
                problem(lineOf(key), "field '" + key + "': " + ex.getMessage());
                return Optional.empty();
            }
        });
    }

    PartialDate requiredDate(String key) {
        Optional<PartialDate> d = date(key);
        if (d.isEmpty() && !has(key)) {
            missing(key);
        }
        return d.orElse(null);
    }

    Optional<BigDecimal> number(String key) {
        return text(key).flatMap(t -> {
            try {
                return Optional.of(new BigDecimal(t.replace("_", "")));
            } catch (NumberFormatException ex) {
                problem(lineOf(key), "field '" + key + "': not a number: '" + t + "' (write 14865 or 14_865, not 14,865)");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String key) {
        return text(key).flatMap(t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problem(lineOf(key), "field '" + key + "': expected true or false, not '" + t + "'");
                yield Optional.empty();
            }
        });
    }

    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return text(key).flatMap(t -> {
            String name = t.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E c : type.getEnumConstants()) {
                if (c.name().equals(name)) {
                    return Optional.of(c);
                }
            }
            problem(lineOf(key), "field '" + key + "': unknown value '" + t + "' (expected one of: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Fields::yamlName).toList()) + ")");
            return Optional.empty();
        });
    }

    <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        Optional<E> v = enumValue(key, type);
        if (v.isEmpty() && !has(key)) {
            missing(key);
        }
        return v.orElse(null);
    }

    static String yamlName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ------------------------------------------------------------ nested maps

    /** A nested list of maps, each read by a child {@link Fields}. */
    List<Fields> mapList(String key, String itemWhat) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) {
            return List.of();
        }
        Node value = e.get().value();
        if (!(value instanceof Node.ListNode list)) {
            problem(value.line(), "field '" + key + "' should be a list, not " + value.kind());
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (item instanceof Node.MapNode m) {
                out.add(new Fields(m, file, itemWhat, context, prefix + key + "[" + i + "].", lines));
            } else {
                problem(item.line(), "each entry of '" + key + "' should be a map, not " + item.kind());
            }
        }
        return out;
    }

    /** Marks a child's problems as this fact's problems. */
    void absorb(Fields child) {
        if (child.broken) {
            broken = true;
        }
    }

    // ------------------------------------------------------------ citations

    /**
     * Citations: a list whose entries are one-line maps {@code <source>: <quote>}, where the source
     * is a key or file name declared in pack.yaml.
     */
    List<Citation> citations(String key) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) {
            return List.of();
        }
        Node value = e.get().value();
        if (!(value instanceof Node.ListNode list)) {
            problem(value.line(), "field '" + key + "' should be a list of '- source: quote' entries, not " + value.kind());
            return List.of();
        }
        List<Citation> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Node.MapNode m) || m.entries().size() != 1) {
                problem(item.line(), "each citation should be one line '- <source>: <quote>'");
                continue;
            }
            Node.Entry only = m.entries().values().iterator().next();
            Optional<String> source = context.source(only.key());
            if (source.isEmpty()) {
                problem(only.keyLine(), "unknown source '" + only.key() + "' (declared in pack.yaml: "
                        + context.sourceList() + ")");
                continue;
            }
            if (!(only.value() instanceof Node.Scalar s) || s.isNull() || s.text().isBlank()) {
                problem(only.value().line(), "citation of '" + only.key() + "' has no quote");
                continue;
            }
            Citation c = new Citation(source.get(), s.text().strip());
            context.citationRead(file, s.line(), c);
            out.add(c);
        }
        return out;
    }

    /** The fact's own citations: required, at least one. */
    List<Citation> requiredCitations(String id) {
        List<Citation> c = citations("cite");
        if (c.isEmpty() && !broken) {
            if (!has("cite")) {
                problem(node.line(), "missing citation: " + what + " '" + id + "' needs 'cite' with at least one source and quote");
            } else {
                problem(lineOf("cite"), "missing citation: 'cite' of " + what + " '" + id + "' is empty");
            }
        }
        return c;
    }

    /**
     * An attribute with its own citations: a map {@code {value: ..., cite: [...]}}.
     */
    <T> Optional<Sourced<T>> sourced(String key, Function<String, T> convert) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Node value = e.get().value();
        if (!(value instanceof Node.MapNode m)) {
            problem(value.line(), "field '" + key + "' should be a map with 'value' and 'cite', not " + value.kind());
            return Optional.empty();
        }
        Fields f = new Fields(m, file, "'" + key + "'", context, prefix + key + ".", lines);
        String v = f.requiredText("value");
        lines.put(prefix + key, f.lineOf("value"));
        List<Citation> cite = f.citations("cite");
        if (cite.isEmpty() && !f.broken) {
            f.problem(m.line(), "missing citation: '" + key + "' needs 'cite' with at least one source and quote");
        }
        f.done();
        absorb(f);
        if (v == null || cite.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Sourced<>(convert.apply(v), cite));
        } catch (IllegalArgumentException ex) {
            problem(f.lineOf("value"), "field '" + key + "': " + ex.getMessage());
            return Optional.empty();
        }
    }

    Optional<Sourced<String>> sourcedText(String key) {
        return sourced(key, Function.identity());
    }

    // ------------------------------------------------------------ end

    /** Reports every field that was present but never asked for. */
    /**
     * Reports the fields that are not allowed here and the required ones that are missing. A field
     * that is a misspelling of a missing one ("contry" for "country") is one problem, not two.
     */
    void done() {
        Set<String> stillMissing = new LinkedHashSet<>(missingKeys);
        for (Node.Entry e : node.entries().values()) {
            if (known.contains(e.key())) {
                continue;
            }
            Optional<String> meant = stillMissing.stream().filter(k -> Spelling.close(e.key(), k)).findFirst()
                    .or(() -> known.stream().filter(k -> !has(k) && Spelling.close(e.key(), k)).findFirst());
            meant.ifPresent(stillMissing::remove);
            problem(e.keyLine(), "unknown field '" + e.key() + "' in " + what + meant.map(k -> ": did you mean '" + k + "'?")
                    .orElse(" (expected one of: " + String.join(", ", known) + ")"));
        }
        stillMissing.forEach(key -> problem(node.line(), "missing field '" + key + "' in " + what));
    }
}
