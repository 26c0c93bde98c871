package org.cstoquiz.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.attempt.AttemptBeans;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.attempt.FinishedAttempt;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Behaviour;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tests from blueprints over the real schema, each call committing on its own. */
@DataJpaTest(showSql = false, properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({SelfTestService.class, Blueprints.class, PracticeService.class, AttemptBeans.class, SelfTestServiceTest.Beans.class})
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
class SelfTestServiceTest {

    static final Instant START = Instant.parse("2026-05-11T09:00:00Z");

    @TestConfiguration
    static class Beans {
        @Bean
        Clock clock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    SelfTestService tests;

    @Autowired
    PracticeService practice;

    @Autowired
    AttemptStore attempts;

    @Autowired
    QuestionPool pool;

    static Instant at(Duration after) {
        return START.plus(after);
    }

    private Blueprint blueprint(String name) {
        return tests.blueprints().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private Blueprint singleChoice(String name, int questions, int minutes, ScoringScheme scheme) {
        return tests.saveBlueprint(Blueprint.draft(name, Set.of(), Set.of(QuestionType.SINGLE_CHOICE), questions,
                minutes, scheme));
    }

    private static Response wrong(Question question) {
        String right = ((Response.Selection) question.correctResponse()).choiceIds().iterator().next();
        return Response.select(question.choices().stream().map(Choice::id).filter(id -> !id.equals(right))
                .findFirst().orElseThrow());
    }

    @Test
    void theTwoStandardBlueprintsComeWithTheApplication() {
        Blueprint exam = blueprint("Exam style");
        assertThat(exam.questions()).isEqualTo(25);
        assertThat(exam.minutes()).isEqualTo(30);
        assertThat(exam.scheme()).isEqualTo(ScoringScheme.EXAM_NEGATIVE);
        Blueprint quick = blueprint("Quick check");
        assertThat(quick.questions()).isEqualTo(10);
        assertThat(quick.minutes()).isEqualTo(10);
    }

    @Test
    void anExamStyleTestHas25QuestionsSpreadOverEveryAreaAndADeadline30MinutesOn() {
        SelfTest test = tests.start("alla", blueprint("Exam style").id().orElseThrow(), START);

        assertThat(test.size()).isEqualTo(25);
        assertThat(test.title()).isEqualTo("Exam style");
        assertThat(test.deadline()).contains(START.plus(Duration.ofMinutes(30)));
        assertThat(test.attempt().behaviour()).isEqualTo(Behaviour.DEFERRED_FEEDBACK);
        Map<Area, Long> perArea = test.attempt().slots().stream()
                .collect(Collectors.groupingBy(slot -> slot.question().area(), () -> new EnumMap<>(Area.class),
                        Collectors.counting()));
        assertThat(perArea.keySet()).containsExactlyInAnyOrder(Area.values());
        assertThat(perArea.values()).allSatisfy(count -> assertThat(count).isBetween(3L, 4L));
        assertThat(test.attempt().slots().stream().map(slot -> slot.question().id()).distinct()).hasSize(25);
    }

    @Test
    void spreadingOverAreasTakesTurnsAndFallsBackToTheAreasThatStillHaveQuestions() {
        List<Question> all = pool.matching("csto", Set.of(), Set.of());
        for (int seed = 0; seed < 10; seed++) {
            List<Question> drawn = QuestionPool.spread(all, 16, new Random(seed));
            Map<Area, Long> perArea = drawn.stream().collect(Collectors.groupingBy(Question::area, Collectors.counting()));
            // two from each area, but where an area's other questions all ask a fact already drawn (one fact per sitting)
            assertThat(perArea).as("seed " + seed).hasSize(Area.values().length).allSatisfy((area, count) -> assertThat(count).isBetween(1L, 3L));
            shortOnlyWhereTheBankIs(all, drawn, Question::area, 2, 0, "seed " + seed);
        }

        List<Question> twoAreas = pool.matching("csto", Set.of(Area.OPERATIONS, Area.DATES), Set.of());
        long operations = twoAreas.stream().filter(q -> q.area() == Area.OPERATIONS).count();
        // nearly the whole pool: every operations question is drawn (those of a fact already asked last), and
        // the rest of the count comes from the dates
        int count = twoAreas.size() - 10;
        List<Question> many = QuestionPool.spread(twoAreas, count, new Random(4));
        assertThat(many.stream().filter(q -> q.area() == Area.OPERATIONS)).hasSize((int) operations);
        assertThat(many.stream().filter(q -> q.area() == Area.DATES)).hasSize(count - (int) operations);
    }

    @Test
    void theTypesChosenAreAllAskedWithinOneOfAnEvenShare() {
        Set<QuestionType> seven = EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
                QuestionType.TRUE_FALSE, QuestionType.NUMERIC, QuestionType.SHORT_ANSWER, QuestionType.ORDERING,
                QuestionType.MATCHING);
        for (int seed = 0; seed < 20; seed++) {
            List<Question> drawn = QuestionPool.spread(pool.matching("csto", Set.of(), seven), 14, new Random(seed));
            Map<QuestionType, Long> perType = drawn.stream()
                    .collect(Collectors.groupingBy(Question::type, Collectors.counting()));
            // two each where the bank allows; one fact asked once per sitting can leave a type one short
            assertThat(perType).as("seed " + seed).hasSize(7).allSatisfy((type, count) -> assertThat(count).isBetween(1L, 3L));
            shortOnlyWhereTheBankIs(pool.matching("csto", Set.of(), seven), drawn, Question::type, 2, 1, "seed " + seed);
            assertThat(drawn.stream().map(Question::id).distinct()).hasSize(14);
        }
    }

    @Test
    void aBlueprintWithPartsDrawsEachPartsQuestionsAndRefusesAPartTheBankCannotFill() {
        Blueprint parts = tests.saveBlueprint(Blueprint.draft("By parts", Set.of(), Set.of(), 1, 10, ScoringScheme.PLAIN)
                .withParts(List.of(
                        Blueprint.Part.of(Area.DATES, QuestionType.TRUE_FALSE, 3),
                        Blueprint.Part.of(null, QuestionType.NUMERIC, 2),
                        Blueprint.Part.of(Area.MEMBERS, null, 4))));
        assertThat(parts.questions()).isEqualTo(9);
        assertThat(tests.blueprint(parts.id().orElseThrow()).parts()).isEqualTo(parts.parts());

        SelfTest test = tests.start("parts-learner", parts.id().orElseThrow(), START);
        List<Question> drawn = test.attempt().slots().stream().map(slot -> slot.question()).toList();
        assertThat(drawn).hasSize(9);
        assertThat(drawn.stream().filter(q -> q.area() == Area.DATES && q.type() == QuestionType.TRUE_FALSE)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(drawn.stream().filter(q -> q.type() == QuestionType.NUMERIC)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(drawn.stream().filter(q -> q.area() == Area.MEMBERS)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(drawn.stream().map(Question::id).distinct()).hasSize(9);
        assertThat(org.cstoquiz.engine.paper.Draw.repeatedFacts(drawn)).as("no fact asked twice across the parts").isEmpty();

        int assertionReason = pool.matching("csto", Set.of(), Set.of(QuestionType.ASSERTION_REASON)).size();
        Blueprint tooMany = Blueprint.draft("Too many", Set.of(), Set.of(), 1, 10, ScoringScheme.PLAIN)
                .withParts(List.of(Blueprint.Part.of(null, QuestionType.ASSERTION_REASON, assertionReason + 1)));
        assertThatThrownBy(() -> tests.saveBlueprint(tooMany))
                .isInstanceOf(BlueprintException.class)
                .hasMessage("Only " + assertionReason + " questions are left for “any area, assertion reason”; ask for at most "
                        + assertionReason + ".")
                .extracting(e -> ((BlueprintException) e).field()).isEqualTo(java.util.Optional.of("parts"));
        Blueprint twice = Blueprint.draft("Twice", Set.of(), Set.of(), 1, 10, ScoringScheme.PLAIN)
                .withParts(List.of(Blueprint.Part.of(Area.DATES, null, 1), Blueprint.Part.of(Area.DATES, null, 2)));
        assertThatThrownBy(() -> tests.saveBlueprint(twice))
                .hasMessage("“Dates, any type” is asked for twice; give it one row.");
        assertThat(tests.blueprints()).extracting(Blueprint::name).doesNotContain("Too many", "Twice");
    }

    @Test
    void answersAreSavedChangedClearedAndFlaggedWithNoGradeUntilTheTestIsSubmitted() {
        Blueprint blueprint = singleChoice("Choices only", 4, 20, ScoringScheme.EXAM_NEGATIVE);
        SelfTest test = tests.start("boris", blueprint.id().orElseThrow(), START);
        Question first = test.slot(1).question();

        TestChange saved = tests.save("boris", test.id(), 1, wrong(first), at(Duration.ofMinutes(1)));
        assertThat(saved.isAccepted()).isTrue();
        tests.save("boris", test.id(), 1, first.correctResponse(), at(Duration.ofMinutes(2)));
        tests.save("boris", test.id(), 2, wrong(test.slot(2).question()), at(Duration.ofMinutes(3)));
        tests.save("boris", test.id(), 2, Response.BLANK, at(Duration.ofMinutes(4)));
        tests.flag("boris", test.id(), 3, true, at(Duration.ofMinutes(5)));
        tests.flag("boris", test.id(), 4, true, at(Duration.ofMinutes(5)));
        tests.flag("boris", test.id(), 4, false, at(Duration.ofMinutes(6)));

        SelfTest reloaded = tests.test("boris", test.id(), at(Duration.ofMinutes(7)));
        assertThat(reloaded.slot(1).currentResponse()).isEqualTo(first.correctResponse());
        assertThat(reloaded.unanswered()).containsExactly(2, 3, 4);
        assertThat(reloaded.flagged()).containsExactly(3);
        assertThat(reloaded.attempt().feedback(1)).isEmpty();
        assertThat(reloaded.result()).isEmpty();
        assertThat(tests.current("boris", at(Duration.ofMinutes(7)))).map(SelfTest::id).contains(test.id());
    }

    @Test
    void negativeMarkingTakesAThirdOfAMarkForEachWrongAnswerAndNothingForABlank() {
        Blueprint blueprint = singleChoice("Negative", 6, 30, ScoringScheme.EXAM_NEGATIVE);
        SelfTest test = tests.start("vera", blueprint.id().orElseThrow(), START);
        for (int slot = 1; slot <= 3; slot++) {
            tests.save("vera", test.id(), slot, test.slot(slot).question().correctResponse(), at(Duration.ofMinutes(slot)));
        }
        tests.save("vera", test.id(), 4, wrong(test.slot(4).question()), at(Duration.ofMinutes(4)));
        tests.save("vera", test.id(), 5, wrong(test.slot(5).question()), at(Duration.ofMinutes(5)));

        SelfTest submitted = tests.submit("vera", test.id(), at(Duration.ofMinutes(12)));

        AttemptResult result = submitted.result().orElseThrow();
        assertThat(result.state()).isEqualTo(AttemptState.FINISHED);
        assertThat(result.marksAwarded()).isEqualTo(2.33);
        assertThat(result.maxMarks()).isEqualTo(6.0);
        assertThat(result.total().correct()).isEqualTo(3);
        assertThat(result.total().incorrect()).isEqualTo(2);
        assertThat(result.total().blank()).isEqualTo(1);
        assertThat(result.timeUsed()).isEqualTo(Duration.ofMinutes(12));
        assertThat(result.byArea().values().stream().mapToInt(tally -> tally.correct() + tally.incorrect()
                + tally.blank() + tally.partiallyCorrect()).sum()).isEqualTo(6);
        assertThat(submitted.attempt().feedback(4)).hasValueSatisfying(feedback ->
                assertThat(feedback.marksAwarded()).isEqualTo(-1.0 / 3));

        List<PastTest> past = tests.past("vera");
        assertThat(past).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Negative");
            assertThat(p.total().roundedMarksAwarded()).isEqualTo(2.33);
            assertThat(p.total().maxMarks()).isEqualTo(6.0);
            assertThat(p.timeUsed()).isEqualTo(Duration.ofMinutes(12));
        });
        assertThat(tests.save("vera", test.id(), 6, test.slot(6).question().correctResponse(),
                at(Duration.ofMinutes(13))).refusal()).hasValueSatisfying(message -> assertThat(message).contains("finished"));
        assertThat(tests.test("vera", test.id(), at(Duration.ofMinutes(14))).result().orElseThrow().marksAwarded())
                .isEqualTo(2.33);
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndTheTestIsScoredOnWhatWasSavedBefore() {
        Blueprint blueprint = singleChoice("Short", 3, 5, ScoringScheme.PLAIN);
        SelfTest test = tests.start("gleb", blueprint.id().orElseThrow(), START);
        tests.save("gleb", test.id(), 1, test.slot(1).question().correctResponse(), at(Duration.ofMinutes(4)));

        TestChange late = tests.save("gleb", test.id(), 2, test.slot(2).question().correctResponse(),
                at(Duration.ofMinutes(5)));

        assertThat(late.refusal()).hasValueSatisfying(message -> assertThat(message).startsWith("Time is up"));
        assertThat(late.test().state()).isEqualTo(AttemptState.TIME_UP);
        AttemptResult result = tests.test("gleb", test.id(), at(Duration.ofHours(1))).result().orElseThrow();
        assertThat(result.marksAwarded()).isEqualTo(1.0);
        assertThat(result.timeUsed()).isEqualTo(Duration.ofMinutes(5));
        assertThat(tests.current("gleb", at(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aTestNobodyHasOpenIsClosedByTheJobWhenItsTimeRunsOut() {
        Blueprint blueprint = singleChoice("Left alone", 2, 1, ScoringScheme.PLAIN);
        SelfTest test = tests.start("daria", blueprint.id().orElseThrow(), START);
        tests.save("daria", test.id(), 2, test.slot(2).question().correctResponse(), at(Duration.ofSeconds(30)));

        assertThat(attempts.closeOverdue(at(Duration.ofSeconds(59)))).isZero();
        assertThat(attempts.closeOverdue(at(Duration.ofMinutes(2)))).isGreaterThanOrEqualTo(1);

        assertThat(tests.past("daria")).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(AttemptState.TIME_UP);
            assertThat(p.total().marksAwarded()).isEqualTo(1.0);
        });
    }

    @Test
    void aLearnerHasOneTestInProgressAndCannotReachAnotherLearnersTest() {
        long quick = blueprint("Quick check").id().orElseThrow();
        SelfTest test = tests.start("egor", quick, START);

        assertThatThrownBy(() -> tests.start("egor", quick, at(Duration.ofMinutes(1))))
                .isInstanceOf(AttemptException.class).hasMessageContaining("in progress");
        assertThatThrownBy(() -> tests.test("zhanna", test.id(), START))
                .isInstanceOf(AttemptException.class).hasMessage("There is no test " + test.id() + " of yours.");
        assertThatThrownBy(() -> practice.session("egor", test.id(), START)).isInstanceOf(AttemptException.class);

        tests.submit("egor", test.id(), at(Duration.ofMinutes(2)));
        assertThat(tests.start("egor", quick, at(Duration.ofMinutes(3))).id()).isNotEqualTo(test.id());
    }

    @Test
    void aBlueprintThatCannotBeMetIsRefusedInWordsAndNothingIsStored() {
        int before = tests.blueprints().size();
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("  ", Set.of(), Set.of(), 10, 10,
                ScoringScheme.PLAIN))).hasMessage("Give the blueprint a name.");
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("Too long", Set.of(), Set.of(), 101, 10,
                ScoringScheme.PLAIN))).hasMessage("A test has 1 to 100 questions.");
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("Too slow", Set.of(), Set.of(), 10, 181,
                ScoringScheme.PLAIN))).hasMessage("The time limit is 0 (untimed) to 180 minutes.");
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("exam STYLE", Set.of(), Set.of(), 10, 10,
                ScoringScheme.PLAIN))).hasMessage("There is already a blueprint named “exam STYLE”.");
        int orderings = tests.available("csto", Set.of(), Set.of(QuestionType.ORDERING));
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("Orderings", Set.of(),
                Set.of(QuestionType.ORDERING), orderings + 1, 10, ScoringScheme.PLAIN)))
                .hasMessage("Only " + orderings + " questions match these areas and types; ask for at most "
                        + orderings + ".");
        assertThat(tests.blueprints()).hasSize(before);
    }

    @Test
    void editingABlueprintChangesNewTestsAndLeavesTestsTakenAlone() {
        Blueprint original = tests.saveBlueprint(Blueprint.draft("Members drill", Set.of(Area.MEMBERS), Set.of(), 5, 0,
                ScoringScheme.PARTIAL_CREDIT));
        SelfTest taken = tests.start("inna", original.id().orElseThrow(), START);
        tests.submit("inna", taken.id(), at(Duration.ofMinutes(1)));
        assertThat(taken.deadline()).isEmpty();

        Blueprint edited = tests.saveBlueprint(new Blueprint(original.id(), "Members and dates",
                Set.of(Area.MEMBERS, Area.DATES), Set.of(), 8, 15, ScoringScheme.EXAM_NEGATIVE));

        assertThat(tests.blueprint(original.id().orElseThrow())).isEqualTo(edited);
        SelfTest next = tests.start("inna", edited.id().orElseThrow(), at(Duration.ofMinutes(2)));
        assertThat(next.size()).isEqualTo(8);
        assertThat(next.title()).isEqualTo("Members and dates");
        assertThat(next.attempt().plan().scoring()).isEqualTo(ScoringScheme.EXAM_NEGATIVE);
        assertThat(tests.past("inna")).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Members drill"));
        assertThat(tests.test("inna", taken.id(), at(Duration.ofMinutes(3))).size()).isEqualTo(5);

        tests.deleteBlueprint(edited.id().orElseThrow());
        assertThat(tests.blueprints()).extracting(Blueprint::name).doesNotContain("Members and dates");
        assertThat(tests.test("inna", next.id(), at(Duration.ofMinutes(3))).title()).isEqualTo("Members and dates");
    }

    @Test
    void finishedPracticeSessionsAndTestsAreListedOldestFirstWithTheScoreEachEarnedUnderItsOwnScheme() {
        PracticeSession session = practice.start("yana", PracticeSettings.untimed(2).withTypes(Set.of(QuestionType.SINGLE_CHOICE)), START);
        practice.answer("yana", session.id(), 1, session.attempt().slots().get(0).question().correctResponse(),
                at(Duration.ofMinutes(1)));
        practice.answer("yana", session.id(), 2, wrong(session.attempt().slots().get(1).question()),
                at(Duration.ofMinutes(2)));
        practice.finish("yana", session.id(), at(Duration.ofMinutes(3)));
        SelfTest test = tests.start("yana", singleChoice("Three choices", 3, 10, ScoringScheme.EXAM_NEGATIVE).id()
                .orElseThrow(), at(Duration.ofMinutes(4)));
        tests.save("yana", test.id(), 1, wrong(test.slot(1).question()), at(Duration.ofMinutes(5)));
        tests.submit("yana", test.id(), at(Duration.ofMinutes(6)));
        practice.start("yana", PracticeSettings.untimed(1).withTypes(Set.of(QuestionType.SINGLE_CHOICE)), at(Duration.ofMinutes(7)));

        List<FinishedAttempt> finished = attempts.finished("yana", 20);

        assertThat(finished).extracting(FinishedAttempt::title).containsExactly("Practice session", "Three choices");
        assertThat(finished).extracting(FinishedAttempt::test).containsExactly(false, true);
        assertThat(finished).extracting(FinishedAttempt::percentage).containsExactly(50.0, -11.11);
        assertThat(finished.get(1).startedAt()).isEqualTo(at(Duration.ofMinutes(4)));
        assertThat(attempts.finished("yana", 1)).extracting(FinishedAttempt::title).containsExactly("Three choices");
        assertThat(attempts.finished("nobody", 20)).isEmpty();
    }

    /**
     * A group (an area, a type) drawn fewer than {@code share} times had nothing else to give: every one of its questions
     * not drawn asks a fact the sitting already asks; {@code slack} groups may fall one short where balancing areas and
     * types at once leaves no better draw.
     */
    private static <K> void shortOnlyWhereTheBankIs(List<Question> pool, List<Question> drawn, java.util.function.Function<Question, K> group,
                                                    int share, int slack, String as) {
        Set<String> asked = drawn.stream().flatMap(q -> q.factIds().stream()).collect(Collectors.toSet());
        Map<K, Long> per = drawn.stream().collect(Collectors.groupingBy(group, Collectors.counting()));
        List<K> shortWithMore = per.entrySet().stream().filter(e -> e.getValue() < share)
                .filter(e -> pool.stream().anyMatch(q -> group.apply(q).equals(e.getKey()) && !drawn.contains(q)
                        && q.factIds().stream().noneMatch(asked::contains)))
                .map(Map.Entry::getKey).toList();
        assertThat(shortWithMore).as("%s: drawn fewer than %d times though the bank had more", as, share).hasSizeLessThanOrEqualTo(slack);
    }
}
