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
import org.cstoquiz.domain.Claim;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.SourceDocument;
import org.cstoquiz.domain.Statement;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * The flaws of a generated question that a machine can see, as an exam setter names them: options in
 * a mechanical pattern, a key that stands out by its form or length, an option spelled by the stem's
 * initials, talk about "the sources", a time frame or an attribution the facts do not call for, a
 * wrong answer that a source or the cited text makes right, a statement false only because the
 * sources are silent, repeated words, and texts too long for Moodle.
 */
public final class BankLint {

    /** One flaw: which rule, and what in the question breaks it. */
    public record Finding(String rule, String detail) {
    }

    /** Moodle's limit on a matching answer and on a question name. */
    public static final int MOODLE_LIMIT = 255;

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern MONTH_YEAR = Pattern.compile("^(" + MONTHS + ") (\\d{4})$");
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2}) (" + MONTHS + ") (\\d{4})$");
    private static final Pattern META = Pattern.compile("(?i)\\b(the sources? (describe|give|say|state|call)s?|described as follows"
            + "|as follows:|according to the sources|what figure|do the sources|was recorded|was taken)\\b");
    private static final Pattern AS_OF = Pattern.compile("As of ((?:\\d{1,2} )?(?:(?:" + MONTHS + ") )?\\d{4})");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern LOWER_MONTH = Pattern.compile("\\b(january|february|march|april|june|july|august|september|october|november|december)\\b");
    /** "As of 20 May 2012, the CSTO has developed ...": a past date wants a past verb. */
    private static final Pattern PRESENT_AFTER_AS_OF = Pattern.compile(
            "^(\\d+\\. |True or false\\? )?As of [^,]*\\d{4}, (?:(?!\\b(?:which|that|who)\\b)[^,;?])*?\\b(is|are|has|have)\\b(?![^?]*\\?)");
    private static final Pattern STATEMENT_LINE = Pattern.compile("^(\\d+\\. |Assertion \\(A\\): |Reason \\(R\\): ).*");

    private final FactBase facts;
    private final AssertionChecker checker;

    public BankLint(FactBase facts) {
        this.facts = facts;
        this.checker = new AssertionChecker(facts);
    }

    /** Every finding of the question; empty when a machine sees nothing wrong. */
    public List<Finding> check(GeneratedQuestion g) {
        Question q = g.question();
        List<Finding> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(q.choices().stream().map(Choice::text).toList());
        OptionLint.evenlySpacedDates(texts, out);
        if (q.body() instanceof SingleAnswerBody single && !(q.type().jsonName().equals("statements")
                || q.type().jsonName().equals("assertion_reason"))) {
            OptionLint.keyStandsOut(single, out);
            OptionLint.keyEchoesStem(q.stem(), single, out);
        }
        OptionLint.initials(q, out);
        meta(q, texts, out);
        timeFrames(g, out);
        disputedDistractors(g, out);
        numbersFromTheText(g, out);
        falseOnlyBySilence(g, out);
        wording(q, out);
        for (String t : texts) {
            if (t.length() > MOODLE_LIMIT) {
                out.add(new Finding("moodle-length", "option of " + t.length() + " characters"));
            }
        }
        q.prompts().forEach(p -> {
            if (p.text().length() > MOODLE_LIMIT) {
                out.add(new Finding("moodle-length", "prompt of " + p.text().length() + " characters"));
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- options

    private static void meta(Question q, List<String> texts, List<Finding> out) {
        List<String> all = new ArrayList<>(texts);
        all.add(q.stem());
        for (String t : all) {
            Matcher m = META.matcher(t);
            if (m.find()) {
                out.add(new Finding("meta-language", "\"" + m.group() + "\" in: " + abbreviate(t)));
            }
        }
    }

    // ---------------------------------------------------------------- time frames and sources

    private List<Fact> tested(Question q) {
        return q.factIds().stream().map(facts::find).flatMap(Optional::stream).toList();
    }

    /** "According to the CSTO's official website, …" or "Enter the year in which, according to …", not "prepared according to plans". */
    private static final Pattern NAMES_A_SOURCE = Pattern.compile("(^|\\? |, )[Aa]ccording to ");

    private void timeFrames(GeneratedQuestion g, List<Finding> out) {
        Question q = g.question();
        List<Fact> tested = tested(q);
        boolean contested = tested.stream().anyMatch(f -> facts.isContested(f.id()));
        boolean reported = tested.stream().anyMatch(f -> f instanceof org.cstoquiz.domain.Figure fig
                && FigureWording.publication(facts, fig).filter(r -> q.stem().contains("According to " + r)).isPresent());
        if (NAMES_A_SOURCE.matcher(q.stem()).find() && !contested && !reported) {
            out.add(new Finding("unneeded-attribution", "names a source although no fact it tests is disputed"));
        }
        Matcher m = AS_OF.matcher(q.stem());
        while (m.find()) {
            PartialDate date = parse(m.group(1));
            if (tested.stream().noneMatch(f -> anchors(f, date))) {
                out.add(new Finding("unneeded-as-of", "\"As of " + m.group(1) + "\" belongs to none of the facts it tests"));
            }
            List<Optional<PartialDate>> sourceDates = q.sources().stream().map(s -> facts.pack().source(s.document())
                    .flatMap(SourceDocument::asOf)).toList();
            if (!sourceDates.isEmpty() && sourceDates.stream().allMatch(Optional::isPresent)
                    && sourceDates.stream().allMatch(d -> d.get().isCertainlyBefore(date))) {
                out.add(new Finding("unneeded-as-of", "\"As of " + m.group(1) + "\" is later than every source it cites"));
            }
        }
    }

    private static PartialDate parse(String text) {
        Matcher d = DAY.matcher(text);
        if (d.matches()) {
            return PartialDate.ofDay(Integer.parseInt(d.group(3)), Month.valueOf(d.group(2).toUpperCase(Locale.ROOT)).getValue(),
                    Integer.parseInt(d.group(1)));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.matches()) {
            return PartialDate.ofMonth(Integer.parseInt(my.group(2)), Month.valueOf(my.group(1).toUpperCase(Locale.ROOT)).getValue());
        }
        return PartialDate.ofYear(Integer.parseInt(text));
    }

    /** Whether "as of {@code date}" is a time frame the fact has. */
    private static boolean anchors(Fact f, PartialDate date) {
        return switch (f) {
            case Membership m -> true;
            case OfficeHolding h -> same(h.period().asOf().or(() -> h.period().from()), date)
                    || h.period().asOf().isEmpty() && h.period().covers(date) == Truth.YES;
            case Figure fig -> same(fig.asOf().or(fig::until), date);
            case Statement s -> same(s.asOf(), date);
            case Relation r -> same(r.asOf(), date);
            default -> false;
        };
    }

    private static boolean same(Optional<PartialDate> anchor, PartialDate date) {
        return anchor.filter(a -> a.supports(date.precision()) && a.truncatedTo(date.precision()).equals(date)).isPresent();
    }

    private void disputedDistractors(GeneratedQuestion g, List<Finding> out) {
        List<ConflictingClaims> conflicts = g.question().factIds().stream().flatMap(id -> facts.conflictsAbout(id).stream())
                .distinct().toList();
        for (AssertionCheck c : g.checks()) {
            if (c.expected() || c.target().startsWith("statement ") || c.target().equals(AssertionCheck.STEM)) {
                continue;
            }
            for (ConflictingClaims cc : conflicts) {
                for (Claim claim : cc.rejectedClaims()) {
                    if (Texts.containsWords(claim.says(), c.target())
                            || claim.citations().stream().anyMatch(x -> Texts.containsWords(x.quote(), c.target()))) {
                        out.add(new Finding("distractor-some-source-says", c.target() + " is what " + claim.sources() + " say"));
                    }
                }
            }
        }
    }

    /** A number offered as wrong that the cited text itself gives beside the key ("Articles 4 and 6"). */
    private static void numbersFromTheText(GeneratedQuestion g, List<Finding> out) {
        Question q = g.question();
        if (!(q.body() instanceof SingleAnswerBody single)) {
            return;
        }
        Set<String> keyNumbers = numbers(single.correctChoiceText());
        for (Choice c : single.choices()) {
            if (c.id().equals(single.correctChoiceId())) {
                continue;
            }
            for (String n : numbers(c.text())) {
                for (String k : keyNumbers) {
                    Pattern listed = Pattern.compile("\\b(" + Pattern.quote(k) + "(,| and| or|, and) " + Pattern.quote(n) + "|"
                            + Pattern.quote(n) + "(,| and| or|, and) " + Pattern.quote(k) + ")\\b");
                    if (!keyNumbers.contains(n) && q.sources().stream().anyMatch(s -> listed.matcher(s.quote()).find())) {
                        out.add(new Finding("distractor-in-cited-text", c.text() + ": the cited text gives " + n + " beside " + k));
                    }
                }
            }
        }
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[,.]$", "").replace(",", ""));
        }
        return out;
    }

    /** A statement offered as false must be contradicted by the facts, not merely unmentioned. */
    private void falseOnlyBySilence(GeneratedQuestion g, List<Finding> out) {
        boolean trueFalse = g.question().body() instanceof TrueFalse;
        for (AssertionCheck c : g.checks()) {
            boolean statement = c.target().equals(AssertionCheck.STEM) && trueFalse || c.target().startsWith("statement ")
                    || c.target().equals("assertion") || c.target().equals("reason");
            if (statement && !c.expected() && !checker.refutable(c.assertion())) {
                out.add(new Finding("false-by-silence", c.target() + ": " + c.assertion()));
            }
        }
    }

    // ---------------------------------------------------------------- language

    private static void wording(Question q, List<Finding> out) {
        List<String> lines = new ArrayList<>(List.of(q.stem().split("\n")));
        q.choices().forEach(c -> lines.add(c.text()));
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.matches(".*\\b(\\w+) \\1\\b.*") && !lower.matches(".*\\b(\\d+) \\1\\b.*")) {
                out.add(new Finding("repeated-word", abbreviate(line)));
            }
            repeatedClause(line, out);
            Matcher y = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(line);
            Set<String> years = new HashSet<>();
            while (y.find()) {
                if (!years.add(y.group()) && !line.contains(" and " + y.group()) && !line.contains(y.group() + " and")) {
                    out.add(new Finding("repeated-year", y.group() + " twice in: " + abbreviate(line)));
                }
            }
            if (!line.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                out.add(new Finding("lower-case-start", abbreviate(line)));
            }
            if (PRESENT_AFTER_AS_OF.matcher(line).find()) {
                out.add(new Finding("tense", "\"As of\" a past date with a verb in the present: " + abbreviate(line)));
            }
            Matcher month = LOWER_MONTH.matcher(line);
            if (month.find()) {
                out.add(new Finding("lower-case-month", abbreviate(line)));
            }
        }
    }

    /**
     * The same four words twice in one line ("... in the Central Asian region ... serve the Central
     * Asian region ..."), unless both times they belong to a longer name ("the Secretariat of the CSTO
     * Parliamentary Assembly ... the Council of the CSTO Parliamentary Assembly").
     */
    private static void repeatedClause(String line, List<Finding> out) {
        String[] original = line.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i + 4 <= original.length; i++) {
            String run = String.join(" ", List.of(original).subList(i, i + 4)).toLowerCase(Locale.ROOT);
            if (Texts.words(run).size() < 2) {
                continue; // "at the level of": a turn of phrase, not a repeated clause
            }
            Integer earlier = first.putIfAbsent(run, i);
            if (earlier != null && !isName(original, i)) {
                out.add(new Finding("repeated-clause", "\"" + run + "\" twice in: " + abbreviate(line)));
                return;
            }
        }
    }

    /** A run of four words that is part of a name: every word but "of", "the", "and" capitalised. */
    private static boolean isName(String[] words, int at) {
        return List.of(words).subList(at, at + 4).stream()
                .allMatch(w -> Set.of("of", "the", "and", "for", "on").contains(w) || Character.isUpperCase(w.codePointAt(0)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 140 ? text : text.substring(0, 137) + "...";
    }
}
