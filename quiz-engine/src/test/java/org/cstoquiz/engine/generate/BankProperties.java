package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Quotes;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.Statement;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.Source;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * The rules of shared/QUALITY.md and the flaws an exam setter named that a machine can check, over
 * the whole generated bank of every pack (the CSTO pack and the NATO pack written from the guide),
 * for several seeds. Each property names the rule it checks.
 */
class BankProperties {

    private static final Pattern GIVE_UP_OPTION = Pattern.compile("(?i)\\b(all|none) of the (above|following)\\b");
    private static final Pattern LOWER_NEGATIVE = Pattern.compile("\\b(not|never|except)\\b");

    /** A pack and a seed. */
    record Case(FactBase facts, long seed) {
        Bank bank() {
            return TestPacks.bank(facts, seed);
        }

        @Override
        public String toString() {
            return facts.pack().id() + " with seed " + seed;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        // a handful of seeds per pack, each bank generated once and shared by every property
        return Combinators.combine(Arbitraries.of(TestPacks.ALL), Arbitraries.of(0L, 1L, 42L, -7L, Long.MAX_VALUE, 20_260_101L))
                .as(Case::new);
    }

    /**
     * A figure of an event or operation (the soldiers of an exercise, the length of an intervention)
     * is dated when it happened, never "as of" a date as if it were a standing count.
     */
    @Property(tries = 12)
    void a_figure_of_an_event_is_never_given_as_of_a_date(@ForAll("cases") Case c) {
        int checked = 0;
        for (Question q : c.bank().questions()) {
            String text = (q.stem() + " " + String.join(" ", q.choices().stream().map(Choice::text).toList()))
                    .toLowerCase(java.util.Locale.ROOT);
            for (String id : q.factIds()) {
                // a count said in the present ("states that observe the Kanal exercise") stands, whatever it is of
                if (c.facts().find(id).orElse(null) instanceof Figure f && f.asOf().isPresent() && !FigureWording.standing(f)
                        && f.subject().flatMap(c.facts()::find)
                        .filter(s -> s instanceof Event || s instanceof org.cstoquiz.domain.Operation).isPresent()) {
                    checked++;
                    assertThat(text).as("%s: %s", c, q.stem())
                            .doesNotContain("as of " + f.asOf().get().display().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(checked).as("questions on figures of events in %s", c).isPositive();
    }

    // ------------------------------------------------------------------ truth (rules 1, 2, 4)

    /** Rules 1 and 2: every key holds and every distractor is false at the question's time frame. */
    @Property(tries = 12)
    void every_assertion_behind_a_question_is_settled_by_the_facts(@ForAll("cases") Case c) {
        AssertionChecker checker = new AssertionChecker(c.facts());
        for (GeneratedQuestion g : c.bank().generated()) {
            assertThat(g.checks()).as("assertions of %s", g.question().stem()).isNotEmpty();
            for (AssertionCheck check : g.checks()) {
                assertThat(checker.evaluate(check.assertion()))
                        .as("%s\n  %s: %s", g.question().stem(), check.target(), check.assertion())
                        .isEqualTo(Truth.of(check.expected()));
            }
        }
    }

    /** Rules 1 and 5: the assertions marked true are exactly those of the key, so the body's key is the true option. */
    @Property(tries = 12)
    void the_key_is_the_option_whose_assertion_is_true(@ForAll("cases") Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            Question q = g.question();
            Map<String, List<Boolean>> byTarget = new HashMap<>();
            g.checks().forEach(x -> byTarget.computeIfAbsent(x.target(), k -> new ArrayList<>()).add(x.expected()));
            switch (q.body()) {
                case SingleChoice sc -> sc.choices().forEach(ch -> assertThat(byTarget.get(ch.text())).as("%s / %s", q.stem(), ch.text())
                        .containsOnly(ch.id().equals(sc.correctChoiceId())));
                case MultipleResponse mr -> mr.choices().forEach(ch -> assertThat(byTarget.get(ch.text())).as("%s / %s", q.stem(), ch.text())
                        .containsOnly(mr.correctChoiceIds().contains(ch.id())));
                case TrueFalse tf -> assertThat(byTarget.get(AssertionCheck.STEM)).as(q.stem()).containsOnly(tf.correctValue());
                case Numeric n -> assertThat(byTarget.get(AssertionCheck.STEM)).as(q.stem()).containsOnly(true);
                case Matching m -> m.prompts().forEach(p -> m.choices().forEach(ch -> assertThat(byTarget.get(p.text() + " \u2192 " + ch.text()))
                        .as("%s / %s", q.stem(), p.text()).containsOnly(ch.id().equals(m.correctMatches().get(p.id())))));
                default -> assertThat(byTarget.values()).as(q.stem()).isNotEmpty();
            }
            assertThat(q.grade(q.correctResponse())).isEqualTo(Grade.correct());
        }
    }

    /** Rule 4: every question cites a source text with a quote that occurs in it word for word. */
    @Property(tries = 4)
    void every_quote_occurs_in_its_source(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            assertThat(q.sources()).as(q.stem()).isNotEmpty();
            for (Source s : q.sources()) {
                assertThat(TestPacks.normalizedSource(c.facts(), s.document()).contains(Quotes.normalize(s.quote())))
                        .as("%s: quote not in %s: %s", q.stem(), s.document(), s.quote()).isTrue();
            }
        }
    }

    /** Rule 4: the explanation states the fact with its date and names the source file of each citation. */
    @Property(tries = 4)
    void the_explanation_gives_the_date_and_the_source(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            assertThat(q.explanation()).as(q.stem()).isNotBlank();
            assertThat(q.sources()).allSatisfy(s -> assertThat(q.explanation()).as(q.stem()).contains(s.document()));
            if (c.facts().find(q.factIds().getFirst()).orElseThrow() instanceof Event e) {
                assertThat(q.explanation()).as(q.stem()).contains(Integer.toString(e.date().year()));
            }
        }
    }

    // ------------------------------------------------------------------ time frames and disagreements (rules 2, 3, 11)

    static boolean timeDependent(Fact fact) {
        return switch (fact) {
            case Membership m -> true;
            case OfficeHolding h -> true;
            case Figure f -> f.asOf().isPresent() || f.since().isPresent() || f.until().isPresent();
            case Statement s -> s.asOf().isPresent();
            case Relation r -> r.asOf().isPresent();
            default -> false;
        };
    }

    /** Rules 2, 3 and 11: a question on a fact that changes over time gives its time frame in the stem. */
    @Property(tries = 6)
    void time_dependent_facts_are_asked_with_their_time_frame(@ForAll("cases") Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            Question q = g.question();
            g.timeFrame().ifPresent(t -> assertThat(q.stem()).as("time frame %s of %s", t, q.stem()).contains(Integer.toString(t.year())));
            // statement items and "which statement is correct?" carry each statement's own time frame
            boolean inStatements = q.type() == QuestionType.STATEMENTS || q.type() == QuestionType.ASSERTION_REASON
                    || g.family().equals("statement-correct");
            if (!inStatements && q.factIds().stream().map(id -> c.facts().find(id).orElseThrow()).anyMatch(BankProperties::timeDependent)) {
                assertThat(g.timeFrame().isPresent()).as("no time frame in %s", q.stem()).isTrue();
            }
        }
    }

    /**
     * Rule 3: a question on a disputed point never turns on it, for that would take naming a source, which no paper
     * does: it names none, and is a choice or a number keyed as most sources say, or asks only what every source gives
     * alike (the year and state of a step they name differently).
     */
    @Property(tries = 6)
    void disputed_points_are_asked_only_where_the_sources_agree(@ForAll("cases") Case c) {
        int disputed = 0;
        for (GeneratedQuestion g : c.bank().generated()) {
            Question q = g.question();
            c.facts().pack().sources().forEach(source -> assertThat(q.stem()).as("names a source")
                    .doesNotContainIgnoringCase("according to " + Context.shortTitle(source)));
            if (!q.explanation().contains("Sources differ")) {
                continue;
            }
            disputed++;
            List<org.cstoquiz.domain.ConflictingClaims> conflicts = c.facts().conflicts().stream()
                    .filter(x -> x.facts().stream().anyMatch(q.factIds()::contains)).toList();
            List<String> key = switch (q.body()) {
                case org.cstoquiz.engine.question.SingleChoice sc -> List.of(sc.choices().stream()
                        .filter(x -> x.id().equals(sc.correctChoiceId())).findFirst().orElseThrow().text());
                case org.cstoquiz.engine.question.Numeric n -> List.of(n.value().stripTrailingZeros().toPlainString());
                case org.cstoquiz.engine.question.ShortAnswer sa -> sa.accepted().subList(0, 1);
                default -> List.of();
            };
            boolean choiceOrNumber = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE
                    || q.type() == QuestionType.NUMERIC;
            assertThat(choiceOrNumber && Disputes.settledByMost(conflicts) || !key.isEmpty() && Disputes.agreeOn(conflicts, key))
                    .as("turns on a disputed point: %s", q.stem()).isTrue();
        }
        assertThat(disputed).as("questions on disputed points").isLessThan(c.bank().questions().size() / 20);
    }

    // ------------------------------------------------------------------ one right answer, no give-aways (5, 6, 7, 9)

    /** Rule 5: no two options mean the same thing (same text under the one normaliser, or names of one fact). */
    @Property(tries = 6)
    void no_two_options_mean_the_same_thing(@ForAll("cases") Case c) {
        Map<String, Set<String>> factsByName = new HashMap<>();
        for (Fact f : c.facts().facts()) {
            if (f instanceof Named n) {
                n.allNames().forEach(name -> factsByName.computeIfAbsent(Names.normalize(name), k -> new HashSet<>()).add(f.id()));
            }
        }
        for (Question q : c.bank().questions()) {
            Set<String> seen = new HashSet<>();
            for (Choice ch : q.choices()) {
                assertThat(seen.add(Names.normalize(ch.text()))).as("%s repeats %s", q.stem(), ch.text()).isTrue();
            }
            for (int i = 0; i < q.choices().size(); i++) {
                for (int j = i + 1; j < q.choices().size(); j++) {
                    Set<String> both = new HashSet<>(factsByName.getOrDefault(Names.normalize(q.choices().get(i).text()), Set.of()));
                    both.retainAll(factsByName.getOrDefault(Names.normalize(q.choices().get(j).text()), Set.of()));
                    assertThat(both).as("%s: options %d and %d name the same thing", q.stem(), i, j).isEmpty();
                }
            }
        }
    }

    /** Rule 6: no "all of the above" or "none of the above". */
    @Property(tries = 4)
    void no_all_or_none_of_the_above(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            q.choices().forEach(ch -> assertThat(ch.text()).as(q.stem()).doesNotContainPattern(GIVE_UP_OPTION));
        }
    }

    /** Rule 7: the key's position is spread evenly over the single-choice questions with four options. */
    @Property(tries = 6)
    void key_positions_are_spread_evenly(@ForAll("cases") Case c) {
        int[] counts = new int[4];
        int total = 0;
        for (Question q : c.bank().questions()) {
            if (q.body() instanceof SingleAnswerBody single && single.choices().size() == 4 && q.type() == QuestionType.SINGLE_CHOICE) {
                counts[single.choices().stream().map(Choice::id).toList().indexOf(single.correctChoiceId())]++;
                total++;
            }
        }
        // uniform positions give 1/4 each; allow 3.5 standard deviations of chance, at least 6 points
        double margin = Math.max(0.06, 3.5 * Math.sqrt(0.25 * 0.75 / total));
        for (int n : counts) {
            assertThat(n / (double) total).as("key positions %s", java.util.Arrays.toString(counts)).isBetween(0.25 - margin, 0.25 + margin);
        }
    }

    /** "Which statements are correct?" is not answered by always choosing "both" or "all three": no answer is the key of more than 35 %. */
    @Property(tries = 4)
    void statement_items_do_not_favour_one_answer(@ForAll("cases") Case c) {
        Map<String, Integer> keys = new HashMap<>();
        int total = 0;
        for (Question q : c.bank().questions()) {
            if (q.type() == QuestionType.STATEMENTS && q.body() instanceof SingleAnswerBody s) {
                keys.merge(s.correctChoiceText(), 1, Integer::sum);
                total++;
            }
        }
        int all = total;
        assertThat(keys).as("keys of %d statement items", total).allSatisfy((k, n) -> assertThat(n / (double) all).as(k).isLessThanOrEqualTo(0.35));
    }

    /**
     * No event is worded with a number a figure of the pack asks on its own ("the largest exercise, with
     * 70 combat aircraft"): the two questions on one paper would answer each other.
     */
    @Property(tries = 2)
    void event_titles_do_not_state_figures(@ForAll("cases") Case c) {
        Set<String> figures = new HashSet<>();
        c.facts().figures().stream().filter(f -> c.facts().isExamWorthy(f.id()))
                .forEach(f -> figures.add(f.value().stripTrailingZeros().toPlainString()));
        for (Event e : c.facts().events()) {
            java.util.regex.Matcher m = Pattern.compile("\\d[\\d,]*").matcher(e.title());
            while (m.find()) {
                String n = m.group().replace(",", "");
                boolean year = n.length() == 4 && n.compareTo("1900") > 0 && n.compareTo("2100") < 0;
                if (!year && n.length() >= 2) {
                    assertThat(figures).as("%s states %s", e.id(), n).doesNotContain(n);
                }
            }
        }
    }

    /** A true/false paper is not answered by always saying "true": the true items are between a third and two thirds. */
    @Property(tries = 4)
    void true_false_items_are_not_all_true(@ForAll("cases") Case c) {
        List<Question> tf = c.bank().questions().stream().filter(q -> q.body() instanceof TrueFalse).toList();
        long trues = tf.stream().filter(q -> ((TrueFalse) q.body()).correctValue()).count();
        assertThat(trues / (double) tf.size()).as("%d of %d true/false items are true", trues, tf.size()).isBetween(0.33, 0.75);
    }

    /** Rule 9: the stem does not contain the key (single choice, multiple response, short answer). */
    @Property(tries = 4)
    void the_stem_does_not_give_the_answer_away(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            List<String> keys = switch (q.body()) {
                case SingleChoice sc -> List.of(sc.correctChoiceText());
                case ShortAnswer sa -> sa.accepted();
                case MultipleResponse mr -> mr.choices().stream().filter(ch -> mr.correctChoiceIds().contains(ch.id())).map(Choice::text).toList();
                default -> List.of();
            };
            keys.forEach(key -> assertThat(Texts.containsWords(q.stem(), key)).as("%s gives away %s", q.stem(), key).isFalse());
        }
    }

    // ------------------------------------------------------------------ the flaws an exam setter named

    /**
     * No question shows a flaw a machine can see: dates evenly spaced, a key unlike the other options in
     * form or length, an option spelled by the stem's initials, talk about "the sources", an attribution
     * or an "as of" the facts do not call for, a wrong answer a source or the cited text makes right, a
     * statement false only because the sources are silent, repeated words or clauses, a lower-case
     * start, an option or prompt longer than Moodle accepts.
     */
    @Property(tries = 12)
    void no_question_shows_a_flaw_a_machine_can_see(@ForAll("cases") Case c) {
        BankLint lint = new BankLint(c.facts());
        List<String> findings = new ArrayList<>();
        for (GeneratedQuestion g : c.bank().generated()) {
            lint.check(g).forEach(f -> findings.add(f.rule() + ": " + f.detail() + "\n    in " + g.question().stem()));
        }
        assertThat(findings).isEmpty();
    }

    // ------------------------------------------------------------------ precision (10, 11, 12)

    /** Rule 10: a fact known to the year is never asked about its month or day. */
    @Property(tries = 4)
    void questions_ask_only_the_precision_the_facts_have(@ForAll("cases") Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            for (String id : g.question().factIds()) {
                if (c.facts().find(id).orElseThrow() instanceof Event e) {
                    assertThat(e.date().supports(g.precision())).as(g.question().stem()).isTrue();
                }
            }
        }
    }

    /** Rule 11: approximate figures are never asked as exact entries. */
    @Property(tries = 4)
    void approximate_figures_are_never_exact_entries(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            if (q.body() instanceof Numeric n) {
                for (String id : q.factIds()) {
                    if (c.facts().find(id).orElseThrow() instanceof Figure f && f.approximate()) {
                        assertThat(n.tolerance().signum()).as(q.stem()).isPositive();
                    }
                }
            }
        }
    }

    /** Rule 12: a typed name is accepted in every variant the pack knows for it (a state's, as it was named then). */
    @Property(tries = 4)
    void short_answers_accept_every_usual_variant(@ForAll("cases") Case c) {
        List<Named> named = c.facts().facts().stream().filter(Named.class::isInstance).map(Named.class::cast).toList();
        for (GeneratedQuestion g : c.bank().generated()) {
            Question q = g.question();
            if (q.body() instanceof ShortAnswer sa) {
                // every name but one the stem itself shows ("write out in full the name abbreviated CIS"),
                // and, when the stem shows one name and asks for another, not the shown name's abbreviation
                named.stream().filter(n -> n.answersTo(sa.accepted().getFirst())).forEach(n -> {
                    boolean shown = n.allNames().stream().anyMatch(name -> Texts.containsWords(q.stem(), name));
                    (n instanceof org.cstoquiz.domain.Country country && g.timeFrame().isPresent()
                            ? country.allNamesAt(g.timeFrame().get()) : n.allNames()).stream()
                            .filter(name -> !Texts.containsWords(q.stem(), name))
                            .filter(name -> !(shown && Names.bare(name).matches("[A-Z]{2,6}")))
                            .forEach(name -> assertThat(q.grade(Response.text(name))).as("%s / %s", q.stem(), name).isEqualTo(Grade.correct()));
                });
            }
        }
    }

    // ------------------------------------------------------------------ language (13) and difficulty (15)

    /** Rule 13: negatives are written in capitals in the question (statements keep their wording). */
    @Property(tries = 4)
    void negatives_are_in_capitals(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            // the question itself; a quoted provision or sentence after it, or a true/false statement, keeps its own wording
            String question = q.stem().lines().filter(l -> !l.matches("^\\d+\\. .*|^(Assertion|Reason) \\(.\\): .*|^True or false\\? .*"))
                    .map(l -> l.substring(0, Texts.quotedFrom(l))).reduce("", String::concat);
            assertThat(question).as(q.stem()).doesNotContainPattern(LOWER_NEGATIVE);
        }
    }

    /** Rule 15: every question has a difficulty estimate strictly inside (0, 1). */
    @Property(tries = 4)
    void every_question_has_a_difficulty(@ForAll("cases") Case c) {
        c.bank().questions().forEach(q -> assertThat(q.difficulty()).isStrictlyBetween(0.0, 1.0));
    }

    // ------------------------------------------------------------------ what is asked

    /**
     * Every exam-worthy fact is asked by at least two questions of different types; a fact asked less
     * is one the sources dispute with nothing to settle it, and the bank's summary says so.
     */
    @Property(tries = 6)
    void every_exam_worthy_fact_is_asked_in_two_ways(@ForAll("cases") Case c) {
        Map<String, Set<QuestionType>> types = new HashMap<>();
        c.bank().questions().forEach(q -> q.factIds().forEach(id -> types.computeIfAbsent(id, k -> EnumSet.noneOf(QuestionType.class))
                .add(q.type())));
        for (Fact f : c.facts().facts()) {
            if (c.facts().isExamWorthy(f.id()) && types.getOrDefault(f.id(), Set.of()).size() < 2) {
                assertThat(c.bank().skipped()).as("%s is asked in %s only", f.id(), types.get(f.id()))
                        .anySatisfy(s -> assertThat(s.factId()).isEqualTo(f.id()));
            }
        }
        assertThat(c.bank().skipped()).allSatisfy(s -> {
            assertThat(s.reason()).as(s.toString()).isEqualTo(Skipped.CONTESTED);
            assertThat(c.facts().isContested(s.factId())).as(s.toString()).isTrue();
        });
    }

    /** Trivia is kept for study but never asked; nor are the names other facts are about. */
    @Property(tries = 4)
    void only_exam_worthy_facts_are_asked(@ForAll("cases") Case c) {
        for (Question q : c.bank().questions()) {
            assertThat(q.factIds()).as(q.stem()).allSatisfy(id -> assertThat(c.facts().isExamWorthy(id)).as(id).isTrue());
        }
    }

    /**
     * No two questions are the same question, and ids are unique: nothing is padded by repetition. A
     * stem recurs only as the exam form it is ("With reference to …, which one of the following statements is correct?").
     */
    @Property(tries = 6)
    void questions_and_ids_are_distinct(@ForAll("cases") Case c) {
        Set<String> stems = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Question q : c.bank().questions()) {
            String options = String.join("|", q.choices().stream().map(Choice::text).sorted().toList());
            assertThat(stems.add(q.stem() + "|" + options)).as("repeated question: %s", q.stem()).isTrue();
            if (!q.stem().endsWith("which one of the following statements is correct?")) {
                assertThat(stems.add(q.stem())).as("repeated stem: %s", q.stem()).isTrue();
            }
            assertThat(ids.add(q.id())).as("repeated id: %s", q.id()).isTrue();
        }
    }

    /** Same facts and same seed give the same bank, question for question. */
    @Property(tries = 4)
    void the_same_seed_gives_the_same_bank(@ForAll("cases") Case c) {
        assertThat(QuestionBank.generate(c.facts(), c.seed()).questions()).isEqualTo(c.bank().questions());
    }

    /** The seed chooses distractors and order only: what is asked (families and facts) does not depend on it. */
    @Property(tries = 4)
    void the_seed_does_not_change_what_is_asked(@ForAll("cases") Case c) {
        Bank other = TestPacks.bank(c.facts(), 0L);
        assertThat(c.bank().countByFamily().keySet()).isEqualTo(other.countByFamily().keySet());
        assertThat(askedFacts(c.bank())).isEqualTo(askedFacts(other));
        assertThat(c.bank().skipped()).isEqualTo(other.skipped());
    }

    /** Every area and every question type appears in each pack's bank. */
    @Property(tries = 2)
    void every_area_and_type_is_asked(@ForAll("cases") Case c) {
        Bank bank = c.bank();
        bank.countByArea().forEach((area, n) -> assertThat(n).as("questions in %s of %s", area, c).isPositive());
        bank.countByType().forEach((type, n) -> assertThat(n).as("questions of type %s of %s", type, c).isPositive());
        Optional.of(bank.summary()).ifPresent(System.out::println);
    }

    private static Set<String> askedFacts(Bank bank) {
        Set<String> ids = new java.util.TreeSet<>();
        bank.questions().forEach(q -> ids.addAll(q.factIds()));
        return ids;
    }
}
