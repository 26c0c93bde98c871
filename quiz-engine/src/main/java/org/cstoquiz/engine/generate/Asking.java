package org.cstoquiz.engine.generate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's sentence turned into the question a paper asks about it: "Greece and Turkey joined NATO"
 * as "In which year did Greece and Turkey join NATO?" and "Enter the year in which Greece and Turkey
 * joined NATO.", "the NATO-Russia Council was established in Rome" as "In which year was the
 * NATO-Russia Council established in Rome?". Only sentences whose verb it knows are turned; the
 * others (a sentence that opens with its place or date, two clauses with their own subjects, a verb
 * it does not know) keep the form "In which year did the following take place? …", which is never wrong.
 */
final class Asking {

    /** Past forms of the verbs event sentences use, with their plain forms. */
    private static final Map<String, String> PAST = Map.ofEntries(
            Map.entry("joined", "join"), Map.entry("withdrew", "withdraw"), Map.entry("expressed", "express"),
            Map.entry("fought", "fight"), Map.entry("announced", "announce"), Map.entry("invoked", "invoke"),
            Map.entry("signed", "sign"), Map.entry("declined", "decline"), Map.entry("boycotted", "boycott"),
            Map.entry("agreed", "agree"), Map.entry("said", "say"), Map.entry("broke", "break"), Map.entry("reached", "reach"),
            Map.entry("returned", "return"), Map.entry("launched", "launch"), Map.entry("declared", "declare"),
            Map.entry("approved", "approve"), Map.entry("marked", "mark"), Map.entry("adopted", "adopt"),
            Map.entry("decided", "decide"), Map.entry("founded", "found"), Map.entry("failed", "fail"),
            Map.entry("assumed", "assume"), Map.entry("took", "take"), Map.entry("moved", "move"), Map.entry("called", "call"),
            Map.entry("offered", "offer"), Map.entry("suggested", "suggest"), Map.entry("recognised", "recognise"),
            Map.entry("recognized", "recognize"), Map.entry("received", "receive"), Map.entry("started", "start"),
            Map.entry("began", "begin"), Map.entry("ratified", "ratify"), Map.entry("criticized", "criticize"),
            Map.entry("criticised", "criticise"), Map.entry("gained", "gain"), Map.entry("became", "become"),
            Map.entry("stated", "state"), Map.entry("entered", "enter"), Map.entry("held", "hold"), Map.entry("left", "leave"),
            Map.entry("created", "create"), Map.entry("established", "establish"), Map.entry("formed", "form"),
            Map.entry("suspended", "suspend"), Map.entry("requested", "request"), Map.entry("deployed", "deploy"),
            Map.entry("concluded", "conclude"), Map.entry("opened", "open"), Map.entry("ended", "end"),
            Map.entry("rejoined", "rejoin"));

    /** Plain forms with their past, the irregular ones of {@link #PAST} and of the verbs counts are worded with. */
    private static final Map<String, String> PAST_OF = java.util.stream.Stream.concat(PAST.entrySet().stream()
                    .map(e -> Map.entry(e.getValue(), e.getKey())),
            Map.of("are", "were", "is", "was", "have", "had", "make", "made", "send", "sent", "meet", "met", "lead", "led")
                    .entrySet().stream()).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    /** "observe the annual Kanal exercise" → "observed the annual Kanal exercise". */
    static String past(String predicate) {
        String[] words = predicate.split(" ", 2);
        String verb = words[0];
        String done = PAST_OF.getOrDefault(verb, verb.endsWith("e") ? verb + "d"
                : verb.matches(".*[^aeiou]y") ? verb.substring(0, verb.length() - 1) + "ied" : verb + "ed");
        return words.length == 1 ? done : done + " " + words[1];
    }

    /** A sentence that opens with where or when it happened ("In Moscow, …", "On 27 May 1997, …"). */
    private static final Pattern FRONTED = Pattern.compile("^(In|On|At|During|After|Before|From|Since|By)\\b[^,]*, .*");
    private static final Pattern AUXILIARY = Pattern.compile("\\b(was|were)\\b");
    /** A second verb of the past after "and" ("… and remained dissatisfied"): the sentence has two predicates. */
    private static final Pattern SECOND_PAST = Pattern.compile(",? and (\\w+ed|\\w+)\\b");

    private Asking() {
    }

    /** "In which year did Greece and Turkey join NATO?" for ("In which year", "Greece and Turkey joined NATO"). */
    static Optional<String> question(Wording words, String which, String sentence) {
        String s = strip(sentence);
        if (FRONTED.matcher(s).matches()) {
            return Optional.empty();
        }
        String[] tokens = s.split(" ");
        for (int i = 1; i < tokens.length; i++) {
            String word = tokens[i].replaceAll("[,;:]$", "");
            if (!word.equals(tokens[i])) {
                continue; // "Bordyuzha," ends an apposition, not a verb
            }
            String subject = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, i));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, i + 1, tokens.length));
            if (AUXILIARY.matcher(word).matches()) {
                return secondPredicate(rest, true) ? Optional.empty()
                        : Optional.of(which + " " + word + " " + subject(words, subject) + " " + rest + "?");
            }
            String plain = PAST.get(word);
            if (plain != null) {
                return secondPredicate(rest, false) ? Optional.empty()
                        : Optional.of(which + " did " + subject(words, subject) + " " + plain + (rest.isEmpty() ? "" : " " + rest) + "?");
            }
        }
        return Optional.empty();
    }

    /** "Enter the year in which Greece and Turkey joined NATO." for ("Enter the year in which", …). */
    static Optional<String> relative(Wording words, String lead, String sentence) {
        String s = strip(sentence);
        return question(words, "x", sentence).map(q -> lead + " " + subject(words, s) + (s.endsWith(".") ? "" : "."));
    }

    /** "… and declined to contribute": a second verb in the past, which the question's "did" would leave in the past. */
    private static boolean secondPredicate(String rest, boolean passive) {
        Matcher m = SECOND_PAST.matcher(rest);
        while (m.find()) {
            String word = m.group(1);
            if (PAST.containsKey(word) && !passive || word.endsWith("ed") && !passive) {
                return true;
            }
        }
        return rest.matches(".*\\band the [^,]*\\b(" + String.join("|", PAST.keySet()) + ")\\b.*");
    }

    private static final java.util.Set<String> LOWER = java.util.Set.of("The", "A", "An", "One", "Two", "Three", "Four", "Five",
            "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve");
    private static final java.util.Set<String> JOINING = java.util.Set.of("and", "or", "of", "de", "von", "van");

    /**
     * The sentence's subject inside a question: "the Warsaw Pact", "ethnic clashes", "five of the seven
     * members", but "Greece and Turkey", "NATO": a capital stays on a name, whether the pack knows it or
     * not (a capitalised word followed by "and" or by another capitalised word).
     */
    private static String subject(Wording words, String text) {
        String[] parts = text.split(" ", 3);
        String first = parts[0];
        boolean known = words.continuing(text).startsWith(first);
        boolean lower = LOWER.contains(first) || !known && parts.length > 1 && Character.isLowerCase(parts[1].charAt(0))
                && !JOINING.contains(parts[1].replaceAll("[,;]$", "")) && !first.endsWith(",");
        return lower ? Character.toLowerCase(first.charAt(0)) + text.substring(1) : text;
    }

    /** The sentence without its full stop; an abbreviation's last point stays ("… in Washington, D.C.?"). */
    private static String strip(String sentence) {
        String s = sentence.strip();
        String last = s.substring(s.lastIndexOf(' ') + 1);
        boolean abbreviation = last.length() > 2 && last.substring(0, last.length() - 1).contains(".");
        return s.endsWith(".") && !abbreviation ? s.substring(0, s.length() - 1) : s;
    }
}
