package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Names;

/** Small text helpers for writing stems, options and explanations. */
final class Texts {

    private static final Pattern NEGATIVE = Pattern.compile("\\b(not|never|except|none)\\b");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "to", "for",
            "by", "with", "its", "it", "is", "are", "was", "were", "be", "as", "at", "from", "that", "this", "which",
            "their", "member", "states", "state", "csto", "organization", "s", "all", "other", "others");

    private Texts() {
    }

    /** Negatives in capitals, as exam papers write them. */
    static String capitalNegatives(String text) {
        Matcher m = NEGATIVE.matcher(text);
        return m.replaceAll(r -> r.group(1).toUpperCase(Locale.ROOT));
    }

    /** "The Council ..." becomes "the Council ..." when it continues a sentence; names keep their capital. */
    static String continuing(String sentence) {
        String s = sentence.strip();
        for (String article : List.of("The ", "A ", "An ", "Its ", "In ", "On ", "Which ", "What ", "How ", "Enter ",
                "Name ", "Where ", "When ", "Who ", "Consider ", "As ", "Match ", "Arrange ", "Give ", "Under ", "For ",
                "Of ", "With ", "Fill ", "Complete ", "Write ", "From ", "To ", "Since ")) {
            if (s.startsWith(article)) {
                return Character.toLowerCase(s.charAt(0)) + s.substring(1);
            }
        }
        return s;
    }

    /** The sentence with a capital first letter and a final full stop. */
    static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    /** Without the final full stop. */
    static String clause(String text) {
        String s = text.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static final Set<String> PROPER = Set.of("Russian", "Russia", "Armenia", "Armenian", "Belarus",
            "Belarusian", "Kazakhstan", "Kyrgyzstan", "Kyrgyz", "Tajikistan", "Uzbekistan", "Uzbek", "Azerbaijan",
            "Georgia", "Moldova", "Ukraine", "China", "Iran", "Afghanistan", "Serbia", "Moscow", "Minsk", "Yerevan",
            "Dushanbe", "Tashkent", "Article", "Operation", "President", "Secretary", "Chairman", "Deputy",
            "Kanal", "Rubezh", "Collective", "Council", "Commonwealth", "Eurasian", "United", "Nagorno-Karabakh",
            "Soviet", "GUAM", "Interstate", "Joint", "Permanent", "Committee", "Plan", "Anti-Drug", "Charter",
            "Protocol", "Agreement", "Memorandum", "Declaration", "Decision", "Provision", "List", "Main", "Basic",
            "Special", "Coordination", "Coordinating", "Emergency", "Working", "Scientific", "Department",
            "Information", "Expert", "Secretariat", "Inter-Parliamentary", "Common", "Psychological", "Boundary",
            "Interaction", "Thunder", "Cobalt", "Askar", "Kurmanbek", "Roza", "Alexander", "Vladimir", "Nikolai",
            "Nikol", "Kassym-Jomart", "Kazakh", "Abkhazia", "South", "Donbass", "Chișinău", "St.");

    /** First letter lower case (for descriptions continuing a sentence), unless the text starts with a name. */
    static String lowerFirst(String text) {
        String s = clause(text);
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        String first = s.split("[\\s,;:]+")[0];
        if (first.chars().filter(Character::isUpperCase).count() > 1 || PROPER.contains(first)) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether {@code text} appears in {@code stem} as words (case, accents and punctuation ignored). */
    static boolean containsWords(String stem, String text) {
        String t = normalized(text);
        if (t.length() < 3) {
            return false;
        }
        return (" " + normalized(stem) + " ").contains(" " + t + " ");
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link Names#normalize}, remembered: the same texts are compared many times while a bank is generated. */
    static String normalized(String text) {
        if (NORMALIZED.size() > CACHE_LIMIT) {
            NORMALIZED.clear();
        }
        return NORMALIZED.computeIfAbsent(text, Names::normalize);
    }

    /** Content words of a text (lower case, no stop words), for similarity checks. */
    static Set<String> words(String text) {
        if (WORDS.size() > CACHE_LIMIT) {
            WORDS.clear();
        }
        return WORDS.computeIfAbsent(text, t -> Set.copyOf(Arrays.stream(normalized(t).split(" "))
                .filter(w -> w.length() > 2 && !STOP.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(Collectors.toSet())));
    }

    /** Stems of words too general to give an answer away (they name the organization or its kinds of body). */
    private static final Set<String> GENERIC = Set.of("coord", "counc", "organ", "membe", "body", "bodie", "joint",
            "commi", "group", "work", "heads", "head", "compe", "autho", "cente", "centr", "colle", "secur", "treat",
            "csto", "activ", "decis", "suppo", "provi");

    /**
     * True when the two texts share a specific content word ("drug" in "Runs the anti-drug operation"
     * and "Council ... for Combating Illicit Drug Trafficking"): the one then gives the other away.
     */
    static boolean sharesSpecificWord(String a, String b) {
        Set<String> x = new java.util.HashSet<>(words(a));
        x.removeAll(GENERIC);
        Set<String> y = words(b);
        return x.stream().anyMatch(y::contains);
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

    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    /** "A, B and C". */
    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
