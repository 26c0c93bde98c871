package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;

/**
 * Turns the headline-style titles of events ("Azerbaijan signs the Collective Security Treaty") into
 * past-tense sentences a stem can use ("Azerbaijan signed the Collective Security Treaty").
 */
final class Phrases {

    private static final Map<String, String> PAST = Map.ofEntries(
            Map.entry("is", "was"), Map.entry("are", "were"), Map.entry("has", "had"),
            Map.entry("signs", "signed"), Map.entry("sign", "signed"),
            Map.entry("enters", "entered"), Map.entry("begins", "began"), Map.entry("begin", "began"),
            Map.entry("decline", "declined"), Map.entry("declines", "declined"),
            Map.entry("withdraw", "withdrew"), Map.entry("withdraws", "withdrew"),
            Map.entry("joins", "joined"), Map.entry("decides", "decided"), Map.entry("decide", "decided"),
            Map.entry("approve", "approved"), Map.entry("approves", "approved"),
            Map.entry("starts", "started"), Map.entry("receives", "received"),
            Map.entry("conduct", "conducted"), Map.entry("becomes", "became"), Map.entry("become", "became"),
            Map.entry("agree", "agreed"), Map.entry("suggests", "suggested"), Map.entry("assumes", "assumed"),
            Map.entry("ratifies", "ratified"), Map.entry("recognises", "recognised"),
            Map.entry("announces", "announced"), Map.entry("reach", "reached"), Map.entry("boycotts", "boycotted"),
            Map.entry("criticizes", "criticized"), Map.entry("doubts", "doubted"), Map.entry("break", "broke"),
            Map.entry("asks", "asked"), Map.entry("calls", "called"), Map.entry("takes", "took"),
            Map.entry("take", "took"), Map.entry("suspends", "suspended"), Map.entry("offers", "offered"),
            Map.entry("launches", "launched"), Map.entry("invokes", "invoked"), Map.entry("remains", "remained"),
            Map.entry("will", "would"), Map.entry("can", "could"));

    /** Words that are verbs only when "that" follows ("Putin states that", "the CSTO holds that"). */
    private static final Map<String, String> PAST_BEFORE_THAT = Map.of("states", "stated", "holds", "held");

    /** Words after which a verb stays as it is ("decline to sign", "could join"). */
    private static final Set<String> KEEP_AFTER = Set.of("to", "could", "would", "will", "can", "may", "not");

    /** First words that are ordinary words, not names, and so lose their capital inside a sentence. */
    private static final Set<String> COMMON_FIRST = Set.of("The", "A", "An", "In", "At", "Joint", "Five", "Ethnic",
            "Interim", "Plans", "War", "October", "Three", "Six");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private Phrases() {
    }

    /** The event as a past-tense sentence, without a final full stop, starting with a capital. */
    private static final java.util.Map<String, String> PAST_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static String past(Event event) {
        if (PAST_CACHE.size() > 10_000) {
            PAST_CACHE.clear();
        }
        return PAST_CACHE.computeIfAbsent(event.category() + "|" + event.title(), k -> computePast(event));
    }

    private static String computePast(Event event) {
        String title = Texts.clause(event.title());
        Optional<String> converted = pastTense(title);
        if (converted.isPresent()) {
            return fixups(converted.get());
        }
        String verb = switch (event.category()) {
            case AGREEMENT -> "concluded";
            case DECISION -> "taken";
            case SUMMIT, MEETING -> "held";
            case ADOPTION -> "adopted";
            case SIGNING -> "signed";
            default -> "recorded";
        };
        return "The " + lowerFirstWord(title) + " was " + verb;
    }

    /** Past tense of every verb of the title, or empty when it has none (a title like "Plan of Action on ..."). */
    static Optional<String> pastTense(String title) {
        Matcher m = WORD.matcher(title);
        StringBuilder out = new StringBuilder();
        List<String> words = new ArrayList<>();
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            String w = m.group();
            String previous = words.isEmpty() ? "" : words.getLast().toLowerCase(java.util.Locale.ROOT);
            String next = nextWord(title, m.end());
            String replacement = w;
            if (!KEEP_AFTER.contains(previous)) {
                if (PAST.containsKey(w)) {
                    replacement = PAST.get(w);
                } else if (PAST_BEFORE_THAT.containsKey(w) && next.equals("that")) {
                    replacement = PAST_BEFORE_THAT.get(w);
                } else if (w.equals("do") && next.equals("not")) {
                    replacement = "did";
                }
            }
            changed |= !replacement.equals(w);
            out.append(title, last, m.start()).append(replacement);
            last = m.end();
            words.add(w);
        }
        out.append(title.substring(last));
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String fixups(String s) {
        return s.replace("could from now on", "could from then on")
                .replace("if the UN so decided", "if the UN so decided");
    }

    private static String nextWord(String text, int from) {
        Matcher m = WORD.matcher(text);
        return m.find(from) ? m.group() : "";
    }

    /** The sentence continuing another ("In 1995, the Collective ..."): a common first word loses its capital. */
    static String continuing(String sentence) {
        String first = sentence.split("[\\s,]+", 2)[0];
        if (COMMON_FIRST.contains(first)) {
            return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }

    private static String lowerFirstWord(String title) {
        String first = title.split("[\\s,]+", 2)[0];
        if (first.chars().filter(Character::isUpperCase).count() > 1) {
            return title;
        }
        if (COMMON_FIRST.contains(first)) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    /** True for categories whose events are gatherings or acts at a venue (a city). */
    static boolean atVenue(EventCategory category) {
        return switch (category) {
            case SIGNING, ADOPTION, DECISION, SUMMIT, MEETING, PRESIDENCY, AGREEMENT, BODY_CREATED, FOUNDING,
                 RENEWAL, ENTRY_INTO_FORCE, REGISTRATION -> true;
            default -> false;
        };
    }

    /**
     * The sentence with the place taken out: "signed in Tashkent by" becomes "signed by", "In Moscow,
     * the Council" becomes "The Council". Empty when the place cannot be taken out cleanly.
     */
    static Optional<String> withoutPlace(String sentence, List<String> placeNames, List<String> countryNames) {
        String s = sentence;
        for (String name : placeNames) {
            String q = Pattern.quote(name);
            String country = countryNames.isEmpty() ? "" : "(?:,\\s*(?:" + String.join("|",
                    countryNames.stream().map(Pattern::quote).toList()) + "))?";
            s = s.replaceAll("^(?:In|At) " + q + country + ",\\s*", "");
            s = s.replaceAll("\\s+in (?:the )?" + q + country + "(?=[\\s,;.]|$)", "");
            s = s.replaceAll("\\s+at " + q + country + "(?=[\\s,;.]|$)", "");
        }
        if (s.equals(sentence)) {
            return Optional.empty();
        }
        s = s.strip();
        return Optional.of(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
}
