package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Names;

/** Small text helpers for stems, options and explanations; wording itself lives in {@link Wording}. */
final class Texts {

    private static final Pattern NEGATIVE = Pattern.compile("\\b(not|never|except|none)\\b");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "to", "for",
            "by", "with", "its", "it", "is", "are", "was", "were", "be", "as", "at", "from", "that", "this", "which",
            "their", "member", "states", "state", "organization", "s", "all", "other", "others");
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> FIGURES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /**
     * Negatives in capitals in the question, as exam papers write them; the statements of the exam
     * formats ("1. ...", "Assertion (A): ...") and of true/false items keep their own wording.
     */
    static String capitalNegatives(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (STATEMENT_LINE.matcher(line).matches() || line.startsWith("True or false? ")) {
                out.append(line);
                continue;
            }
            int quoted = quotedFrom(line);
            out.append(NEGATIVE.matcher(line.substring(0, quoted)).replaceAll(r -> r.group(1).toUpperCase(Locale.ROOT)))
                    .append(line.substring(quoted));
        }
        return out.toString();
    }

    /**
     * Where the quoted part of a stem line begins: the provision, event or sentence after "Which
     * document provides that " or "Fill in the blank: ", which keeps its own wording. A true/false line
     * is all question.
     */
    static int quotedFrom(String line) {
        if (line.startsWith("True or false? ")) {
            return line.length();
        }
        int provides = line.indexOf(" provides that ");
        if (provides >= 0) {
            return provides + " provides that ".length();
        }
        int mark = line.indexOf("? ");
        if (mark < 0) {
            mark = line.indexOf(": ");
        }
        return mark < 0 ? line.length() : mark + 2;
    }

    private static final Pattern STATEMENT_LINE = Pattern.compile("^(\\d+\\. |Assertion \\(A\\): |Reason \\(R\\): ).*");

    /** The text with a capital first letter and a final full stop. */
    static String sentence(String text) {
        String s = Names.capitalized(spelledAtStart(text.strip()));
        return s.isEmpty() || s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    private static final java.util.regex.Pattern SMALL_AT_START = java.util.regex.Pattern.compile("^(\\d{1,2}) (?=[a-z]|[A-Z]{2})(?!(is|are|was|were|and|or|only)\\b)");

    /** "Five member states reached …", never "5 member states …": a sentence does not begin with a figure. */
    static String spelledAtStart(String s) {
        java.util.regex.Matcher m = SMALL_AT_START.matcher(s);
        if (m.find() && Integer.parseInt(m.group(1)) < SMALL.length) {
            return SMALL[Integer.parseInt(m.group(1))] + s.substring(m.group(1).length());
        }
        return s;
    }

    /** Without the final full stop. */
    static String clause(String text) {
        String s = text.strip();
        // "Washington, D.C." keeps the full stop of its abbreviation
        return s.endsWith(".") && !ABBREVIATION_END.matcher(s).find() ? s.substring(0, s.length() - 1) : s;
    }

    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile("\\b[A-Z]\\.[A-Z]\\.$");

    /** Whether {@code text} appears in {@code stem} as whole words (case, accents and punctuation ignored). */
    static boolean containsWords(String stem, String text) {
        String t = normalized(text);
        if (t.length() < 3) {
            return false;
        }
        return (" " + normalized(stem) + " ").contains(" " + t + " ");
    }

    /** {@link Names#normalize}, remembered: the same texts are compared many times while a bank is generated. */
    static String normalized(String text) {
        if (NORMALIZED.size() > CACHE_LIMIT) {
            NORMALIZED.clear();
        }
        return NORMALIZED.computeIfAbsent(text, Names::normalize);
    }

    /** Content words of a text (lower case, no stop words, cut to five letters), for similarity checks. */
    static Set<String> words(String text) {
        if (WORDS.size() > CACHE_LIMIT) {
            WORDS.clear();
        }
        return WORDS.computeIfAbsent(text, t -> Set.copyOf(Arrays.stream(normalized(t).split(" "))
                .filter(w -> w.length() > 2 && !STOP.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(Collectors.toSet())));
    }

    /** Jaccard similarity of the content words of two texts. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long common = x.stream().filter(y::contains).count();
        return (double) common / (x.size() + y.size() - common);
    }

    /** Whether the texts share {@code n} words in a row, none of them a stop word ("aggression against one"). */
    static boolean sharesWords(String a, String b, int n) {
        java.util.Set<String> runs = runs(a, n);
        return runs(b, n).stream().anyMatch(runs::contains);
    }

    private static java.util.Set<String> runs(String text, int n) {
        String[] w = normalized(text).split(" ");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + n <= w.length; i++) {
            List<String> run = Arrays.asList(w).subList(i, i + n);
            if (run.stream().allMatch(x -> !x.isEmpty() && !STOP.contains(x))) {
                out.add(String.join(" ", run));
            }
        }
        return out;
    }

    /** Whether two texts may say the same thing: close in wording, or one contained in the other. */
    static boolean similar(String a, String b) {
        return similarity(a, b) >= 0.2 || containsWords(a, b) || containsWords(b, a);
    }

    /** "14,865", "1.5". */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    /** "A, B and C". */
    static String joinAnd(List<String> items) {
        return join(items, " and ");
    }

    /** "A, B or C". */
    static String joinOr(List<String> items) {
        return join(items, " or ");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.getLast();
    }

    /** The initials of the capitalised words of a name ("Scientific and Expert Council" → "SEC"). */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("[\\s\\-/]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    /** Whether {@code abbreviation} can be read off the name's initials (in order, allowing skipped words). */
    static boolean spellsInitials(String abbreviation, String name) {
        String a = abbreviation.replaceAll("[^\\p{Lu}]", "");
        String i = initials(name);
        if (a.length() < 2) {
            return false;
        }
        int at = 0;
        for (int k = 0; k < i.length() && at < a.length(); k++) {
            if (i.charAt(k) == a.charAt(at)) {
                at++;
            }
        }
        return at == a.length();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern YEAR_OR_DIGIT = Pattern.compile("(19|20)\\d\\d|\\d");

    /** The numbers a text gives as written ("259,100", "2003", "7"). */
    static Set<String> numbers(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The figures a statement gives, years and single digits aside ("259,100", "30"); asked again and again of the same statements. */
    static Set<String> figures(String text) {
        if (FIGURES.size() > CACHE_LIMIT) {
            FIGURES.clear();
        }
        return FIGURES.computeIfAbsent(text, t -> {
            Set<String> out = numbers(t);
            out.removeIf(n -> YEAR_OR_DIGIT.matcher(n).matches());
            return Set.copyOf(out);
        });
    }

    /** A statement's figures by their digits alone: "2.4 billion" and "2,400 people" are one number made up twice. */
    static Set<String> figureDigits(String statement) {
        Set<String> out = new java.util.HashSet<>();
        figures(statement).forEach(f -> out.add(f.replaceAll("\\D", "").replaceAll("0+$", "")));
        return out;
    }
}
