package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;

/**
 * "Consider the following statements: 1. ... 2. ... Which of the statements given above is/are
 * correct?" and "How many of the above statements are correct?", as civil-service papers set them.
 *
 * <p>The answers take turns ("1 only", "2 only", "neither", "both"; "only one", "only two", "none",
 * "all three"), so that always answering "both" scores no better than chance. A statement is shown
 * false only where the facts contradict the false version; statements that can only be true (most
 * of the pack's own statements) fill the true places, the false ones come from statements of the same
 * area where there are, else of another. When no statement is left to be shown false, no item is
 * made: the remaining statements are asked in their other questions.
 */
final class ExamStatementsFamily implements Family {

    /** Which statements are true, item by item, in turn. */
    private static final List<List<Boolean>> PAIRS = List.of(
            List.of(true, false), List.of(false, true), List.of(false, false), List.of(true, true));
    private static final List<List<Boolean>> THREES = List.of(
            List.of(true, false, false), List.of(true, true, false), List.of(false, false, false), List.of(true, true, true));

    @Override
    public void generate(Context ctx) {
        List<StatementCandidate> pool = new ArrayList<>();
        for (Area area : Area.values()) {
            pool.addAll(ctx.candidates(area));
        }
        Set<StatementCandidate> used = new HashSet<>();
        // one theme to a list: the organization's statements, or another's (the Warsaw Pact's); never Article 51 of the
        // UN Charter and Article 5 of the NATO treaty beside a CSTO agreement, which share no lead-in
        for (List<StatementCandidate> theme : pool.stream().collect(java.util.stream.Collectors.groupingBy(c -> StatementCandidate
                .aboutTheOrganization(ctx, c) ? "" : ctx.otherOrganization(c.factId()).orElseThrow().id(), java.util.TreeMap::new,
                java.util.stream.Collectors.toList())).values()) {
            used.addAll(build(ctx, "statements-pair", theme, PAIRS));
            used.addAll(build(ctx, "statements-three", theme, THREES));
        }
        List<Wrong> falsifiable = pool.stream().filter(StatementCandidate::canBeFalse)
                .map(c -> Wrong.of(c, StatementCandidate.about(ctx, c.factId()))).toList();
        java.util.Map<StatementCandidate, Integer> offered = new java.util.HashMap<>();
        pool.stream().filter(c -> !c.canBeFalse() && !used.contains(c)).forEach(c -> correctOne(ctx, c, falsifiable, offered));
    }

    /** A statement that can be put falsely, with what choosing it as a wrong option needs, worked out once. */
    private record Wrong(StatementCandidate candidate, double logLength, Set<String> numbers, Set<String> about,
                         boolean fits, boolean dated, boolean figured) {
        static Wrong of(StatementCandidate c, Set<String> about) {
            String text = c.falseText().orElseThrow();
            return new Wrong(c, Math.log(text.length()), Texts.numbers(text), about, fitsAnOption(text), ExamStatementsFamily.dated(text),
                    !Texts.figures(text).isEmpty());
        }
    }

    /**
     * "Which one of the following statements is correct?" for a statement that can only be true and
     * found no place in a list: the wrong options are false versions of other facts of like length.
     */
    private static void correctOne(Context ctx, StatementCandidate key, List<Wrong> falsifiable,
                                   java.util.Map<StatementCandidate, Integer> offered) {
        // "With reference to the CSTO, …" keyed by Article 5 of the NATO treaty: the lead-in names the wrong organization
        if (!fitsAnOption(key.trueText()) || !StatementCandidate.aboutTheOrganization(ctx, key)) {
            return;
        }
        List<StatementCandidate> wrong = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> keyAbout = StatementCandidate.about(ctx, key.factId());
        double keyLength = Math.log(key.trueText().length());
        boolean keyDated = dated(key.trueText());
        boolean keyFigured = !Texts.figures(key.trueText()).isEmpty();
        List<Wrong> ranked = falsifiable.stream().filter(w -> !w.candidate().factId().equals(key.factId()))
                .filter(w -> w.fits() && StatementCandidate.aboutTheOrganization(ctx, w.candidate()))
                // of the key's topic or its kin and its form: no dates beside seats, no figureless key among changed figures
                .filter(w -> (w.candidate().area() == key.area() || kindred(w.candidate().area(), key.area())) && w.figured() == keyFigured)
                // like with like: an undated key among "In 2003, …" options is the odd one out, and the other way round
                .map(w -> java.util.Map.entry(w, (w.candidate().area() == key.area() ? 0 : 10)
                        + (w.dated() == keyDated ? 0 : 5)
                        // a key far longer than every wrong option stands out (the lint refuses the question)
                        + (key.trueText().length() > 1.7 * w.candidate().falseText().orElseThrow().length() ? 20 : 0)
                        + Math.abs(w.logLength() - keyLength)
                        // the same false statements in question after question mark the one option that changes as the key
                        + 2.0 * offered.getOrDefault(w.candidate(), 0)))
                .sorted(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).toList();
        for (Wrong w : ranked) {
            // two wrong options with the same wrong figure would look made up; one about the key's subject would answer it
            // nor two made by one template ("… was a NATO military exercise" three times over)
            if (wrong.size() < 3 && wrong.stream().noneMatch(x -> x.factId().equals(w.candidate().factId()))
                    && wrong.stream().noneMatch(x -> sameEnding(x.falseText().orElseThrow(), w.candidate().falseText().orElseThrow()))
                    && w.numbers().stream().noneMatch(numbers::contains) && w.about().stream().noneMatch(keyAbout::contains)) {
                wrong.add(w.candidate());
                numbers.addAll(w.numbers());
            }
        }
        if (wrong.size() < 3) {
            return;
        }
        wrong.forEach(w -> offered.merge(w, 1, Integer::sum));
        Draft d = ctx.draft(key.area(), "statement-correct", key.factId());
        List<String> facts = new ArrayList<>(List.of(key.factId()));
        wrong.forEach(w -> facts.add(w.factId()));
        d.stem("With reference to " + ctx.words.orgInFull() + ", which one of the following statements is correct?")
                .singleChoice(new Option(Texts.clause(key.trueText()), key.trueAssertion()),
                        wrong.stream().map(w -> new Option(Texts.clause(w.falseText().orElseThrow()), w.falseAssertion().orElseThrow())).toList())
                .facts(facts).cite(key.citations())
                .because(key.trueText() + " The others are incorrect: " + String.join(" ", wrong.stream().map(StatementCandidate::trueText).toList()))
                .difficulty(0.55).emit();
    }

    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
            "^(In|On|As of|By|From|Since|Between|Until)\\b[^,]*\\b\\d{4}\\b.*");

    /** Whether two statements end in the same four words: one template filled twice. */
    private static boolean sameEnding(String a, String b) {
        return ending(a).equals(ending(b));
    }

    /** The last four words, worked out once per statement: lists compare every candidate with every part. */
    private static String ending(String statement) {
        if (ENDINGS.size() > 20_000) {
            ENDINGS.clear();
        }
        return ENDINGS.computeIfAbsent(statement, s -> {
            String[] words = Texts.normalized(Texts.clause(s)).split(" ");
            return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
        });
    }

    private static final java.util.Map<String, String> ENDINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the statement opens with its date ("In 2003, …", "As of 1 April 2022, …"). */
    private static boolean dated(String statement) {
        return DATED.matcher(statement).matches();
    }

    /** Whether a statement shown as an option stays within what Moodle accepts as an answer. */
    private static boolean fitsAnOption(String statement) {
        return Texts.clause(statement).length() <= BankLint.MOODLE_LIMIT;
    }

    /** Makes the items of one form, and returns the candidates they used. */
    private static List<StatementCandidate> build(Context ctx, String family, List<StatementCandidate> pool,
                                                  List<List<Boolean>> patterns) {
        List<StatementCandidate> used = new ArrayList<>();
        // statements of facts not yet asked two ways go first: a list may be the only other way to ask them
        Comparator<StatementCandidate> needy = Comparator.comparingInt(c -> ctx.typesSoFar(c.factId()).size() >= 2 ? 1 : 0);
        LinkedList<StatementCandidate> falsifiable = new LinkedList<>(pool.stream().filter(StatementCandidate::canBeFalse).sorted(needy).toList());
        LinkedList<StatementCandidate> trueOnly = new LinkedList<>(pool.stream().filter(c -> !c.canBeFalse()).sorted(needy).toList());
        int turn = 0;
        int misses = 0;
        while (misses < patterns.size()) {
            List<Boolean> pattern = patterns.get(turn++ % patterns.size());
            List<StatementCandidate> parts = take(ctx, pattern, falsifiable, trueOnly);
            if (parts.isEmpty()) {
                misses++;
                continue;
            }
            misses = 0;
            combine(ctx, family, parts, pattern);
            used.addAll(parts);
        }
        return used;
    }

    /** Candidates for the pattern, the true places from statements that cannot be false first; empty if too few are left. */
    private static List<StatementCandidate> take(Context ctx, List<Boolean> pattern, LinkedList<StatementCandidate> falsifiable,
                                                 LinkedList<StatementCandidate> trueOnly) {
        long falses = pattern.stream().filter(t -> !t).count();
        if (falsifiable.size() < falses || falses == 0 && falsifiable.isEmpty()) {
            return List.of(); // an all-true item only while false ones can still be made: never a run of them
        }
        List<StatementCandidate> parts = new ArrayList<>();
        Set<String> facts = new HashSet<>();
        Area area = null;
        for (boolean truth : pattern) {
            LinkedList<StatementCandidate> from = truth && !trueOnly.isEmpty() ? trueOnly : falsifiable;
            StatementCandidate next = pick(ctx, from, facts, area, parts);
            if (next == null) {
                parts.forEach(p -> (p.canBeFalse() ? falsifiable : trueOnly).addFirst(p));
                return List.of();
            }
            from.remove(next);
            parts.add(next);
            facts.add(next.factId());
            area = area == null ? next.area() : area;
        }
        return parts;
    }

    /**
     * The first candidate on a fact not yet in the item, of the item's area if there is one, and not
     * cast in the same mould as a statement already in it: "Armenia was a member of the CIS" beside
     * "Kazakhstan was a member of the CIS" asks one thing twice.
     */
    private static StatementCandidate pick(Context ctx, List<StatementCandidate> from, Set<String> facts, Area area, List<StatementCandidate> parts) {
        Set<String> shownFigures = new HashSet<>();
        parts.forEach(p -> {
            shownFigures.addAll(Texts.figureDigits(p.trueText()));
            p.falseText().ifPresent(t -> shownFigures.addAll(Texts.figureDigits(t)));
        });
        // two statements with the same figure ("259,100" for two states) read as one made up from the other
        // two false statements of one mould ("… works under the Council of Foreign Ministers" twice) fall together
        // two statements about the same two things ("Uzbekistan joined GUAM", "Uzbekistan left GUAM"): one follows from the other
        return from.stream().filter(c -> !facts.contains(c.factId()) && parts.stream().noneMatch(p -> StatementCandidate.sameThing(ctx, p, c)))
                .filter(c -> c.falseText().isEmpty() || parts.stream().noneMatch(p -> p.falseText()
                        .filter(t -> sameEnding(t, c.falseText().get())).isPresent()))
                .filter(c -> Texts.figureDigits(c.trueText()).stream().noneMatch(shownFigures::contains)
                        && c.falseText().map(t -> Texts.figureDigits(t).stream().noneMatch(shownFigures::contains)).orElse(true))
                .min(Comparator.comparingInt(c -> (c.area() == area || area == null ? 0 : kindred(c.area(), area) ? 2 : 4)
                        // a statement of the same mould ("… was a member of both EurAsEC and the CSTO" twice) only
                        // where nothing else is left: after any other area or theme
                        + (parts.stream().anyMatch(p -> Texts.similarity(p.trueText(), c.trueText()) >= 0.5
                                || sameEnding(p.trueText(), c.trueText())) ? 20 : 0))).orElse(null);
    }

    /** Areas whose statements read as one topic: members and relations; bodies and people; figures and operations. */
    private static boolean kindred(Area a, Area b) {
        return KINDRED.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    private static final List<Set<Area>> KINDRED = List.of(Set.of(Area.MEMBERS, Area.RELATIONS),
            Set.of(Area.ORGANS, Area.PEOPLE), Set.of(Area.FIGURES, Area.OPERATIONS), Set.of(Area.DATES, Area.ARTICLES));

    private static void combine(Context ctx, String family, List<StatementCandidate> parts, List<Boolean> pattern) {
        Draft d = ctx.draft(parts.getFirst().area(), family, String.join("|", parts.stream().map(StatementCandidate::factId).toList()));
        List<Draft.Stmt> stmts = new ArrayList<>();
        StringBuilder because = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            StatementCandidate c = parts.get(i);
            stmts.add(pattern.get(i) ? new Draft.Stmt(c.trueText(), c.trueAssertion(), true)
                    : new Draft.Stmt(c.falseText().orElseThrow(), c.falseAssertion().orElseThrow(), false));
            because.append(i + 1).append(pattern.get(i) ? " is correct: " : " is incorrect: ").append(c.trueText()).append(' ');
        }
        String topic = StatementCandidate.topic(ctx, parts);
        d = parts.size() == 2 ? d.whichStatements(topic, stmts) : d.howMany(topic, stmts);
        List<Citation> cites = parts.stream().flatMap(c -> c.citations().stream().limit(2)).toList();
        d.facts(parts.stream().map(StatementCandidate::factId).toList()).cite(cites)
                .because(because.toString().strip())
                .difficulty(parts.size() == 2 ? 0.55 : 0.65).emit();
    }
}
