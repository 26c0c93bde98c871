package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Quotes;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.Statement;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.AnswerText;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.Source;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * The rules of shared/QUALITY.md that a machine can check, over the whole generated bank of the
 * CSTO pack, for several seeds. Each property names the rule it checks.
 */
class BankProperties {

    static final FactBase FACTS = Packs.loadBuiltIn();
    private static final Map<Long, Bank> BANKS = new ConcurrentHashMap<>();
    private static final Map<String, String> SOURCE_TEXTS = new ConcurrentHashMap<>();
    private static final Pattern GIVE_UP_OPTION = Pattern.compile("(?i)\\b(all|none) of the (above|following)\\b");
    private static final Pattern LOWER_NEGATIVE = Pattern.compile("\\b(not|never|except)\\b");

    static Bank bank(long seed) {
        return BANKS.computeIfAbsent(seed, s -> QuestionBank.generate(FACTS, s));
    }

    @Provide
    Arbitrary<Long> seeds() {
        // a handful of seeds, each bank generated once and shared by every property
        return Arbitraries.of(0L, 1L, 42L, -7L, Long.MAX_VALUE, 20_260_101L);
    }

    static String sourceText(String file) {
        return SOURCE_TEXTS.computeIfAbsent(file, f -> {
            try (InputStream in = BankProperties.class.getClassLoader()
                    .getResourceAsStream(Packs.BUILT_IN + "/sources/" + f)) {
                assertThat(in).as("seed file %s", f).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final Map<String, String> NORMALIZED_SOURCES = new ConcurrentHashMap<>();

    /** The seed file as {@link Quotes#occursIn} compares it, computed once per file. */
    static String normalizedSource(String file) {
        return NORMALIZED_SOURCES.computeIfAbsent(file, f -> Quotes.normalize(sourceText(f)));
    }

    // ------------------------------------------------------------------ truth (rules 1, 2, 4)

    /** Rules 1 and 2: every key claim holds and every distractor claim is false at the question's time frame. */
    @Property(tries = 8)
    void every_claim_behind_a_question_is_settled_by_the_facts(@ForAll("seeds") long seed) {
        ClaimChecker checker = new ClaimChecker(FACTS);
        for (GeneratedQuestion g : bank(seed).generated()) {
            assertThat(g.checks()).as("claims of %s", g.question().stem()).isNotEmpty();
            for (ClaimCheck c : g.checks()) {
                assertThat(checker.evaluate(c.claim()))
                        .as("%s\n  %s: %s", g.question().stem(), c.target(), c.claim())
                        .isEqualTo(Truth.of(c.expected()));
            }
        }
    }

    /** Rules 1 and 5: the claims marked true are exactly those of the key, so the body's key is the true option. */
    @Property(tries = 8)
    void the_key_is_the_option_whose_claim_is_true(@ForAll("seeds") long seed) {
        for (GeneratedQuestion g : bank(seed).generated()) {
            Question q = g.question();
            Map<String, List<Boolean>> byTarget = new HashMap<>();
            g.checks().forEach(c -> byTarget.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c.expected()));
            switch (q.body()) {
                case SingleChoice sc -> {
                    for (Choice c : sc.choices()) {
                        assertThat(byTarget.get(c.text())).as("%s / %s", q.stem(), c.text())
                                .containsOnly(c.id().equals(sc.correctChoiceId()));
                    }
                }
                case MultipleResponse mr -> {
                    for (Choice c : mr.choices()) {
                        assertThat(byTarget.get(c.text())).as("%s / %s", q.stem(), c.text())
                                .containsOnly(mr.correctChoiceIds().contains(c.id()));
                    }
                }
                case TrueFalse tf -> assertThat(byTarget.get(ClaimCheck.STEM)).as(q.stem()).containsOnly(tf.correctValue());
                case Numeric n -> {
                    assertThat(byTarget.get(ClaimCheck.STEM)).as(q.stem()).containsOnly(true);
                    g.checks().forEach(c -> assertThat(numberOf(c.claim())).as(q.stem())
                            .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n.value())));
                }
                case Matching m -> {
                    Map<String, String> text = new HashMap<>();
                    m.choices().forEach(c -> text.put(c.id(), c.text()));
                    m.prompts().forEach(p -> m.choices().forEach(c -> assertThat(byTarget.get(p.text() + " \u2192 " + c.text()))
                            .as("%s / %s", q.stem(), p.text())
                            .containsOnly(c.id().equals(m.correctMatches().get(p.id())))));
                }
                default -> assertThat(byTarget.values()).as(q.stem()).isNotEmpty();
            }
            assertThat(q.grade(q.correctResponse())).isEqualTo(Grade.correct());
        }
    }

    private static Optional<java.math.BigDecimal> numberOf(Claim claim) {
        return switch (claim) {
            case Claim.EventDate e -> Optional.of(java.math.BigDecimal.valueOf(e.date().year()));
            case Claim.FigureIs f -> Optional.of(f.value());
            case Claim.MemberCount c -> Optional.of(java.math.BigDecimal.valueOf(c.count()));
            case Claim.YearsBetween y -> Optional.of(java.math.BigDecimal.valueOf(y.years()));
            case Claim.AttributeIs a when a.attribute().equals("number") -> Optional.of(new java.math.BigDecimal(a.value()));
            case Claim.AttributeIs a when a.attribute().equals("term") -> ArticlesGenerator.years(a.value()).map(java.math.BigDecimal::valueOf);
            default -> Optional.empty();
        };
    }

    /** Rule 4: every question cites a seed file with a quote that occurs in it word for word. */
    @Property(tries = 3)
    void every_quote_occurs_in_its_seed_file(@ForAll("seeds") long seed) {
        for (Question q : bank(seed).questions()) {
            assertThat(q.sources()).as(q.stem()).isNotEmpty();
            for (Source s : q.sources()) {
                assertThat(normalizedSource(s.document()).contains(Quotes.normalize(s.quote())))
                        .as("%s: quote not in %s: %s", q.stem(), s.document(), s.quote()).isTrue();
            }
        }
    }

    /** Rule 4: the explanation states the fact with its date and names the seed file of each citation. */
    @Property(tries = 3)
    void the_explanation_gives_the_date_and_the_source(@ForAll("seeds") long seed) {
        for (Question q : bank(seed).questions()) {
            assertThat(q.explanation()).as(q.stem()).isNotBlank();
            assertThat(q.sources()).allSatisfy(s -> assertThat(q.explanation()).as(q.stem()).contains(s.document()));
            for (String id : q.factIds()) {
                if (FACTS.find(id).orElseThrow() instanceof Event e && id.equals(q.factIds().getFirst())) {
                    assertThat(q.explanation()).as(q.stem()).contains(Integer.toString(e.date().year()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ time frames and conflicts (rules 2, 3, 11)

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
    @Property(tries = 5)
    void time_dependent_facts_are_asked_with_their_time_frame(@ForAll("seeds") long seed) {
        for (GeneratedQuestion g : bank(seed).generated()) {
            Question q = g.question();
            boolean dependent = q.factIds().stream().map(id -> FACTS.find(id).orElseThrow()).anyMatch(BankProperties::timeDependent);
            if (g.timeFrame().isPresent()) {
                assertThat(q.stem()).as("time frame %s of %s", g.timeFrame().get(), q.stem())
                        .contains(Integer.toString(g.timeFrame().get().year()));
            }
            if (dependent) {
                assertThat(g.timeFrame().isPresent() || g.attributedTo().isPresent())
                        .as("no time frame in %s", q.stem()).isTrue();
            }
        }
    }

    /** Rule 3: a contested fact is asked only with a time frame or a source, and the explanation says sources differ. */
    @Property(tries = 5)
    void contested_facts_are_asked_unambiguously(@ForAll("seeds") long seed) {
        for (GeneratedQuestion g : bank(seed).generated()) {
            Question q = g.question();
            boolean contested = q.factIds().stream().anyMatch(FACTS::isContested);
            if (contested) {
                assertThat(g.timeFrame().isPresent() || g.attributedTo().isPresent()).as(q.stem()).isTrue();
                assertThat(q.explanation()).as(q.stem()).contains("Sources differ");
            }
            g.attributedTo().ifPresent(file -> assertThat(q.stem()).as(q.stem()).contains("According to"));
        }
    }

    // ------------------------------------------------------------------ one right answer, no give-aways (5, 6, 7, 9)

    /** Rule 5: no two options mean the same thing (same text up to case and accents, or names of one fact). */
    @Property(tries = 5)
    void no_two_options_mean_the_same_thing(@ForAll("seeds") long seed) {
        Map<String, Set<String>> factsByName = new HashMap<>();
        for (Fact f : FACTS.facts()) {
            if (f instanceof Named n) {
                n.allNames().forEach(name -> factsByName.computeIfAbsent(org.cstoquiz.domain.Names.normalize(name),
                        k -> new HashSet<>()).add(f.id()));
            }
        }
        for (Question q : bank(seed).questions()) {
            Set<String> seen = new HashSet<>();
            for (Choice c : q.choices()) {
                assertThat(seen.add(AnswerText.normalise(c.text()))).as("%s repeats %s", q.stem(), c.text()).isTrue();
            }
            for (int i = 0; i < q.choices().size(); i++) {
                for (int j = i + 1; j < q.choices().size(); j++) {
                    String a = q.choices().get(i).text();
                    String b = q.choices().get(j).text();
                    Set<String> both = new HashSet<>(factsByName.getOrDefault(org.cstoquiz.domain.Names.normalize(a), Set.of()));
                    both.retainAll(factsByName.getOrDefault(org.cstoquiz.domain.Names.normalize(b), Set.of()));
                    assertThat(both).as("%s: '%s' and '%s' name the same thing", q.stem(), a, b).isEmpty();
                }
            }
        }
    }

    /** Rule 6: no "all of the above" or "none of the above". */
    @Property(tries = 3)
    void no_all_or_none_of_the_above(@ForAll("seeds") long seed) {
        for (Question q : bank(seed).questions()) {
            q.choices().forEach(c -> assertThat(c.text()).as(q.stem()).doesNotContainPattern(GIVE_UP_OPTION));
        }
    }

    /** Rule 7: the key's position is spread evenly over the single-answer questions with four options. */
    @Property(tries = 5)
    void key_positions_are_spread_evenly(@ForAll("seeds") long seed) {
        int[] counts = new int[4];
        int total = 0;
        int longest = 0;
        int withText = 0;
        for (Question q : bank(seed).questions()) {
            if (q.body() instanceof SingleAnswerBody single && single.choices().size() == 4
                    && q.type() == org.cstoquiz.engine.question.QuestionType.SINGLE_CHOICE) {
                List<String> ids = single.choices().stream().map(Choice::id).toList();
                counts[ids.indexOf(single.correctChoiceId())]++;
                total++;
                String key = single.correctChoiceText();
                if (key.length() > 12) {
                    withText++;
                    if (single.choices().stream().allMatch(c -> c.text().equals(key) || c.text().length() < key.length())) {
                        longest++;
                    }
                }
            }
        }
        // uniform positions give 1/4 each; allow 3.5 standard deviations of chance, at least 5 points
        double margin = Math.max(0.05, 3.5 * Math.sqrt(0.25 * 0.75 / total));
        for (int c : counts) {
            assertThat(c / (double) total).as("key positions %s", java.util.Arrays.toString(counts))
                    .isBetween(0.25 - margin, 0.25 + margin);
        }
        if (withText > 0) {
            assertThat(longest / (double) withText).as("key is the longest option in %d of %d", longest, withText)
                    .isLessThan(0.4);
        }
    }

    /** Rule 9: the stem does not contain the key (single choice, short answer). */
    @Property(tries = 3)
    void the_stem_does_not_give_the_answer_away(@ForAll("seeds") long seed) {
        for (Question q : bank(seed).questions()) {
            List<String> keys = switch (q.body()) {
                case SingleChoice sc -> List.of(sc.correctChoiceText());
                case ShortAnswer sa -> sa.accepted();
                case MultipleResponse mr -> mr.choices().stream().filter(c -> mr.correctChoiceIds().contains(c.id()))
                        .map(Choice::text).toList();
                default -> List.of();
            };
            for (String key : keys) {
                assertThat(Texts.containsWords(q.stem(), key)).as("%s gives away %s", q.stem(), key).isFalse();
            }
        }
    }

    // ------------------------------------------------------------------ precision (10, 11, 12)

    /** Rule 10: a fact known to the year is never asked about its month or day. */
    @Property(tries = 3)
    void questions_ask_only_the_precision_the_facts_have(@ForAll("seeds") long seed) {
        for (GeneratedQuestion g : bank(seed).generated()) {
            for (String id : g.question().factIds()) {
                if (FACTS.find(id).orElseThrow() instanceof Event e) {
                    assertThat(e.date().supports(g.precision())).as(g.question().stem()).isTrue();
                }
            }
        }
    }

    /** Rule 11: approximate figures are never asked as exact entries. */
    @Property(tries = 3)
    void approximate_figures_are_never_exact_entries(@ForAll("seeds") long seed) {
        for (Question q : bank(seed).questions()) {
            if (q.body() instanceof Numeric n) {
                for (String id : q.factIds()) {
                    if (FACTS.find(id).orElseThrow() instanceof Figure f && f.approximate()) {
                        assertThat(n.tolerance().signum()).as(q.stem()).isPositive();
                    }
                }
            }
        }
    }

    /** Rule 12: a typed name is accepted in every variant the pack knows for it. */
    @Property(tries = 3)
    void short_answers_accept_every_usual_variant(@ForAll("seeds") long seed) {
        List<Named> named = FACTS.facts().stream().filter(Named.class::isInstance).map(Named.class::cast).toList();
        for (Question q : bank(seed).questions()) {
            if (q.body() instanceof ShortAnswer sa) {
                // every name but one the stem itself shows ("write out in full the name abbreviated CIS")
                named.stream().filter(n -> n.answersTo(sa.accepted().getFirst())).forEach(n -> n.allNames().stream()
                        .filter(name -> !(" " + org.cstoquiz.domain.Names.normalize(q.stem()) + " ")
                                .contains(" " + org.cstoquiz.domain.Names.normalize(name) + " "))
                        .forEach(name -> assertThat(q.grade(Response.text(name))).as("%s / %s", q.stem(), name)
                                .isEqualTo(Grade.correct())));
            }
        }
    }

    // ------------------------------------------------------------------ language (13, 14) and difficulty (15)

    /** Rule 13: negatives are written in capitals. */
    @Property(tries = 3)
    void negatives_are_in_capitals(@ForAll("seeds") long seed) {
        for (Question q : bank(seed).questions()) {
            String question = q.stem().lines().filter(l -> !l.matches("^\\d+\\. .*|^(Assertion|Reason) \\(.\\): .*")).reduce("", String::concat);
            assertThat(question).as(q.stem()).doesNotContainPattern(LOWER_NEGATIVE);
        }
    }

    /** Rule 15: every question has a difficulty estimate strictly inside (0, 1). */
    @Property(tries = 3)
    void every_question_has_a_difficulty(@ForAll("seeds") long seed) {
        bank(seed).questions().forEach(q -> assertThat(q.difficulty()).isStrictlyBetween(0.0, 1.0));
    }

    // ------------------------------------------------------------------ the bank as a whole

    /** No two questions share a stem, and ids are unique. */
    @Property(tries = 5)
    void stems_and_ids_are_distinct(@ForAll("seeds") long seed) {
        Set<String> stems = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Question q : bank(seed).questions()) {
            assertThat(stems.add(q.stem())).as("repeated stem: %s", q.stem()).isTrue();
            assertThat(ids.add(q.id())).as("repeated id: %s", q.id()).isTrue();
        }
    }

    /** Same facts and same seed give the same bank, question for question. */
    @Property(tries = 3)
    void the_same_seed_gives_the_same_bank(@ForAll("seeds") long seed) {
        Bank again = QuestionBank.generate(FACTS, seed);
        assertThat(again.questions()).isEqualTo(bank(seed).questions());
    }

    /** The seed chooses distractors and order only: what is asked (families and facts) does not depend on it. */
    @Property(tries = 3)
    void the_seed_does_not_change_what_is_asked(@ForAll("seeds") long seed) {
        assertThat(bank(seed).countByFamily()).isEqualTo(bank(0L).countByFamily());
    }
}
