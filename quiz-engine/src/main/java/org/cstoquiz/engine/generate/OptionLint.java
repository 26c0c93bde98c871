package org.cstoquiz.engine.generate;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SingleAnswerBody;

/**
 * The flaws an exam setter sees in a question's options alone: dates in a mechanical pattern, a key
 * that stands out by its form or length, an option spelled by the stem's initials, a key that
 * repeats a word of the stem no other option has.
 */
final class OptionLint {

    private OptionLint() {
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(" + MONTHS + ") (\\d{4})$");
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2}) (" + MONTHS + ") (\\d{4})$");
    private static final Pattern MONTH = Pattern.compile("^(" + MONTHS + ")$");
    private static final Pattern CAPS = Pattern.compile("\\b\\p{Lu}{2,8}\\b");
    private static final Pattern NUMBER_FORM = Pattern.compile("^(About |More than |Up to |about |more than |up to )?[\\d,.]+( [a-z].*)?$");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;:]+");
    private static final Pattern BE_HAVE = Pattern.compile("(is|are|has|have|was|were)");
    private static final Pattern THIRD_PERSON = Pattern.compile("[a-z-]*[^s]s");
    private static final Pattern NOT_VERB_ENDING = Pattern.compile(".*(ss|us|is)");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|and|the|for|on)\\s+)*\\p{Lu}[\\p{L}-]*)+");

    static Optional<Long> dateOrdinal(String text) {
        Matcher m;
        if (YEAR.matcher(text).matches()) {
            return Optional.of(Long.parseLong(text));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return Optional.of(Long.parseLong(m.group(2)) * 12 + Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
        }
        if ((m = DAY.matcher(text)).matches()) {
            return Optional.of(PartialDate.ofDay(Integer.parseInt(m.group(3)), Month.valueOf(m.group(2).toUpperCase(Locale.ROOT))
                    .getValue(), Integer.parseInt(m.group(1))).earliest().toEpochDay());
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return Optional.of((long) Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
        }
        return Optional.empty();
    }

    static void evenlySpacedDates(List<String> texts, List<BankLint.Finding> out) {
        List<Long> dates = texts.stream().map(OptionLint::dateOrdinal).flatMap(Optional::stream).toList();
        if (dates.size() >= 3 && dates.size() == texts.size() && Picks.evenlySpaced(dates)) {
            out.add(new BankLint.Finding("evenly-spaced-dates", String.join(" / ", texts)));
        }
    }

    /** The form of an option: a date, a number, a verb phrase, an infinitive, or a noun phrase. */
    static String form(String text) {
        if (dateOrdinal(text).isPresent()) {
            return "date";
        }
        if (NUMBER_FORM.matcher(text).matches()) {
            return "number";
        }
        String[] words = WORD_BREAK.split(text.toLowerCase(Locale.ROOT));
        String first = words[0];
        String second = words.length > 1 ? words[1] : "";
        if (first.equals("to")) {
            return "infinitive";
        }
        boolean verb = BE_HAVE.matcher(first).matches()
                || THIRD_PERSON.matcher(first).matches() && !NOT_VERB_ENDING.matcher(first).matches()
                && Set.of("the", "a", "an", "its", "their", "with", "for", "all", "on", "in", "and", "to").contains(second);
        return verb ? "verb" : "noun";
    }

    /** The flaws of a single-answer question's options (a generator checks them before it keeps a question). */
    static List<BankLint.Finding> flaws(String stem, SingleAnswerBody body) {
        List<BankLint.Finding> out = new ArrayList<>();
        evenlySpacedDates(body.choices().stream().map(Choice::text).toList(), out);
        keyStandsOut(body, out);
        keyEchoesStem(stem, body, out);
        return out;
    }

    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "from", "that", "this", "which", "what",
            "who", "whom", "when", "where", "under", "into", "their", "its", "was", "were", "has", "have", "had", "been",
            "state", "states", "member", "members", "body", "bodies", "following", "took", "place", "true", "false",
            "statement", "statements", "correct", "incorrect");

    /**
     * The content words of a text by their first five letters, so that "Ministers" and "minister",
     * "Uzbekistan" and "Uzbek" are one word.
     */
    /**
     * Whether a name spells the answer: every content word of it (at least {@code words}) in one of its
     * names. "The CSTO has its origins in the 1992 ____" is answered by the CSTO's full name alone.
     */
    static boolean spelledBy(org.cstoquiz.domain.Named named, String answer, int words) {
        Set<String> inName = new HashSet<>();
        named.allNames().forEach(n -> inName.addAll(contentWords(n)));
        Set<String> asked = contentWords(answer);
        return asked.size() >= words && inName.containsAll(asked);
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4 && !COMMON.contains(w)) {
                out.add(w.substring(0, Math.min(5, w.length())));
            }
        }
        return out;
    }

    /**
     * The key shares a word with the stem that no other option has ("... sit as the Foreign Minister"
     * with the key "Council of Foreign Ministers"): the stem points at the answer.
     */
    static void keyEchoesStem(String stem, SingleAnswerBody body, List<BankLint.Finding> out) {
        String key = body.correctChoiceText();
        Set<String> inStem = contentWords(stem);
        Set<String> echoed = new HashSet<>(contentWords(key));
        echoed.retainAll(inStem);
        for (Choice c : body.choices()) {
            if (!c.text().equals(key)) {
                echoed.removeAll(contentWords(c.text()));
            }
        }
        if (!echoed.isEmpty()) {
            out.add(new BankLint.Finding("key-echoes-stem", "only the key shares \"" + String.join(", ", echoed)
                    + "\" with the stem: " + key));
        }
    }

    static void keyStandsOut(SingleAnswerBody body, List<BankLint.Finding> out) {
        String key = body.correctChoiceText();
        List<String> others = body.choices().stream().map(Choice::text).filter(t -> !t.equals(key)).toList();
        if (others.size() < 2) {
            return;
        }
        int longest = others.stream().mapToInt(String::length).max().orElse(0);
        if (key.length() >= 40 && key.length() > 1.8 * longest) {
            out.add(new BankLint.Finding("key-length", "the key (" + key.length() + " characters) is far longer than any other option ("
                    + longest + ")"));
        }
        // a short sentence among long ones: "Oversees the Regional Canal operation" beside three bodies' broad remits
        int shortest = others.stream().mapToInt(String::length).min().orElse(0);
        if (key.split("\\s+").length >= 4 && shortest > 2 * key.length()) {
            out.add(new BankLint.Finding("key-length", "the key (" + key.length() + " characters) is far shorter than any other option ("
                    + shortest + ")"));
        }
        Set<String> forms = new HashSet<>(others.stream().map(OptionLint::form).toList());
        if (forms.size() == 1 && !forms.contains(form(key))) {
            out.add(new BankLint.Finding("key-form", "the key is a " + form(key) + ", every other option a " + forms.iterator().next()
                    + ": " + key));
        }
    }

    static void initials(Question q, List<BankLint.Finding> out) {
        String stem = q.stem();
        for (Choice c : q.choices()) {
            String t = c.text().strip();
            if (ACRONYM.matcher(t).matches() && phrasesOf(stem).stream().anyMatch(p -> Texts.initials(p).equals(t))) {
                out.add(new BankLint.Finding("initials", "option " + t + " spells the initials of a name in the stem"));
            }
        }
        Matcher m = CAPS.matcher(stem);
        while (m.find()) {
            String abbreviation = m.group();
            List<Choice> spelling = q.choices().stream().filter(c -> c.text().split("\\s+").length > 1
                    && Texts.initials(c.text()).equals(abbreviation)).toList();
            if (spelling.size() == 1) {
                out.add(new BankLint.Finding("initials", "only " + spelling.getFirst().text() + " spells " + abbreviation + " of the stem"));
            }
        }
    }

    /** Runs of capitalised words (allowing "of", "and", "the" inside): the names a stem holds. */
    private static List<String> phrasesOf(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
