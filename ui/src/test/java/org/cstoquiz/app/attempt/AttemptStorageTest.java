package org.cstoquiz.app.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.practice.AnswerResult;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Behaviour;
import org.cstoquiz.engine.attempt.Rejection;
import org.cstoquiz.engine.attempt.SlotPlan;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What attempts store, over the real schema, driven through the practice service: each call commits
 * on its own (no test transaction), so what a later call sees is what was stored.
 */
@DataJpaTest(showSql = false, properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({PracticeService.class, AttemptBeans.class, AttemptStorageTest.Beans.class})
class AttemptStorageTest {

    static final Instant START = Instant.parse("2026-03-02T18:00:00Z");

    @TestConfiguration
    static class Beans {
        @Bean
        Clock clock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    PracticeService service;

    @Autowired
    OverdueSessions job;

    @Autowired
    MutableClock clock;

    @Autowired
    AttemptRecords records;

    @Autowired
    StoredAttemptRepository attempts;

    @Autowired
    StoredStepRepository steps;

    static Instant at(Duration after) {
        return START.plus(after);
    }

    static PracticeSettings singleChoice(int length) {
        return PracticeSettings.untimed(length).withTypes(Set.of(QuestionType.SINGLE_CHOICE));
    }

    static Response wrong(Question question) {
        String right = ((Response.Selection) question.correctResponse()).choiceIds().iterator().next();
        return Response.select(question.choices().stream().map(Choice::id).filter(id -> !id.equals(right))
                .findFirst().orElseThrow());
    }

    @Test
    void aSessionDrawsTheChosenAreasAndTypesAndStoresItsQuestionsAsASnapshot() {
        PracticeSettings settings = PracticeSettings.untimed(6).withAreas(Set.of(Area.DATES, Area.MEMBERS))
                .withTypes(Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE));
        PracticeSession session = service.start("anna", settings, START);

        assertThat(session.size()).isEqualTo(6);
        assertThat(session.attempt().slots()).allSatisfy(slot -> {
            assertThat(slot.question().area()).isIn(Area.DATES, Area.MEMBERS);
            assertThat(slot.question().type()).isIn(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        });
        assertThat(session.attempt().slots()).extracting(slot -> slot.question().id()).doesNotHaveDuplicates();
        assertThat(session.attempt().behaviour()).isEqualTo(Behaviour.IMMEDIATE_FEEDBACK);

        StoredAttempt stored = attempts.findById(session.id()).orElseThrow();
        assertThat(stored.getOwner()).isEqualTo("anna");
        assertThat(stored.getKind()).isEqualTo(AttemptKind.PRACTICE);
        assertThat(stored.getAreas()).isEqualTo("dates,members");
        assertThat(stored.getTypes()).isEqualTo("single_choice,true_false");
        assertThat(stored.getState()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(stored.getDeadline()).isEmpty();
        assertThat(stored.getMaxScore()).isEqualTo(6.0);
        assertThat(new JsonImporter().read(stored.getQuestions()).questions())
                .containsExactlyElementsOf(session.attempt().slots().stream().map(slot -> slot.question()).toList());

        assertThat(service.current("anna", START.plusSeconds(1))).contains(session);
        assertThat(service.current("boris", START.plusSeconds(1))).isEmpty();
    }

    @Test
    void asksForMoreThanMatchGivesWhatMatchesAndNothingMatchingIsRefused() {
        int available = service.available("csto", Set.of(Area.DATES), Set.of(QuestionType.SINGLE_CHOICE));
        assertThat(available).isPositive();
        PracticeSettings all = new PracticeSettings(Set.of(Area.DATES), Set.of(QuestionType.SINGLE_CHOICE),
                PracticeSettings.MAX_LENGTH, Optional.empty(), ScoringScheme.PLAIN);
        assertThat(service.start("clara", all, START).size()).isEqualTo(Math.min(available, PracticeSettings.MAX_LENGTH));

        Area empty = java.util.Arrays.stream(Area.values())
                .filter(area -> service.available("csto", Set.of(area), Set.of(QuestionType.ASSERTION_REASON)) == 0)
                .findFirst().orElse(null);
        if (empty != null) {
            assertThatThrownBy(() -> service.start("clara", PracticeSettings.untimed(3).withAreas(Set.of(empty))
                    .withTypes(Set.of(QuestionType.ASSERTION_REASON)), START))
                    .isInstanceOf(AttemptException.class).hasMessageContaining("No question matches");
        }
        assertThatThrownBy(() -> PracticeSettings.untimed(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PracticeSettings.untimed(5).withTimeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAnswerIsStoredWhenSubmittedAndReplayingTheStepsGivesTheSameSession() {
        PracticeSession session = service.start("dmitri", singleChoice(3), START);
        Question first = session.attempt().slot(1).question();
        Question second = session.attempt().slot(2).question();

        AnswerResult right = service.answer("dmitri", session.id(), 1, first.correctResponse(), at(Duration.ofSeconds(20)));
        assertThat(right).isInstanceOfSatisfying(AnswerResult.Graded.class, graded -> {
            assertThat(graded.feedback().grade().state()).isEqualTo(GradeState.CORRECT);
            assertThat(graded.feedback().explanation()).isEqualTo(first.explanation());
            assertThat(graded.feedback().sources()).isEqualTo(first.sources());
        });
        AnswerResult wrong = service.answer("dmitri", session.id(), 2, wrong(second), at(Duration.ofSeconds(45)));
        assertThat(wrong).isInstanceOfSatisfying(AnswerResult.Graded.class, graded -> {
            assertThat(graded.feedback().grade().state()).isEqualTo(GradeState.INCORRECT);
            assertThat(graded.feedback().correctResponse()).isEqualTo(second.correctResponse());
        });
        assertThat(wrong.session().scoreSoFar().orElseThrow().roundedMarksAwarded()).isEqualTo(1.0);
        assertThat(wrong.session().scoreSoFar().orElseThrow().questions()).isEqualTo(2);

        // one row per accepted step: a save and a submit per answer, in order
        List<StoredStep> stored = steps.findByAttemptIdOrderBySeq(session.id());
        assertThat(stored).extracting(StoredStep::getSeq).containsExactly(0, 1, 2, 3);
        assertThat(stored).extracting(StoredStep::getKind)
                .containsExactly(StepKind.SAVED, StepKind.SUBMITTED, StepKind.SAVED, StepKind.SUBMITTED);
        assertThat(stored).extracting(StoredStep::getSlot).containsExactly(1, 1, 2, 2);
        assertThat(stored.get(2).getAt()).isEqualTo(at(Duration.ofSeconds(45)));
        assertThat(attempts.findById(session.id()).orElseThrow().getScore()).contains(1.0);

        PracticeSession reloaded = service.session("dmitri", session.id(), at(Duration.ofMinutes(1)));
        assertThat(reloaded).isEqualTo(wrong.session());
        assertThat(reloaded.attempt().slot(2).currentResponse()).isEqualTo(wrong(second));
        assertThat(reloaded.nextOpenSlot(1)).hasValue(3);

        // a second answer to a submitted question is refused and nothing is stored
        AnswerResult again = service.answer("dmitri", session.id(), 1, wrong(first), at(Duration.ofMinutes(2)));
        assertThat(again).isInstanceOfSatisfying(AnswerResult.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Rejection.SLOT_LOCKED));
        assertThat(steps.countByAttemptId(session.id())).isEqualTo(4);

        PracticeSession finished = service.finish("dmitri", session.id(), at(Duration.ofMinutes(3)));
        assertThat(finished.state()).isEqualTo(AttemptState.FINISHED);
        assertThat(finished.result().orElseThrow().total().blank()).isEqualTo(1);
        StoredAttempt row = attempts.findById(session.id()).orElseThrow();
        assertThat(row.getState()).isEqualTo(AttemptState.FINISHED);
        assertThat(row.getFinishedAt()).contains(at(Duration.ofMinutes(3)));
        assertThat(row.getScore()).contains(1.0);
        assertThat(service.current("dmitri", at(Duration.ofMinutes(4)))).isEmpty();
        assertThat(service.latest("dmitri", at(Duration.ofMinutes(4)))).contains(finished);
    }

    @Autowired
    QuestionBankService bank;

    @Test
    void theSnapshotOfTheLongestPossibleSessionFitsItsColumn() {
        // H2 keeps at most 1 MiB in a varchar without a length; take the longest questions the bank has
        List<Question> longest = bank.bank(QuestionPool.BANK_SEED).questions().stream()
                .sorted(java.util.Comparator.comparingInt((Question q) -> new org.cstoquiz.engine.export.JsonExporter()
                        .toTree(q).toString().length()).reversed())
                .limit(PracticeSettings.MAX_LENGTH)
                .toList();
        AttemptPlan plan = AttemptPlan.untimed(Behaviour.IMMEDIATE_FEEDBACK, ScoringScheme.PLAIN, START,
                longest.stream().map(q -> new SlotPlan(q, 1)).toList());
        StoredAttempt stored = records.create("zoya", AttemptKind.PRACTICE, plan, "csto", QuestionPool.BANK_SEED, 1,
                Set.of(), Set.of(), null);

        assertThat(stored.getQuestions().length()).isLessThan(1_048_576 / 2);
        assertThat(service.session("zoya", stored.getId(), START.plusSeconds(1)).attempt().plan()).isEqualTo(plan);
    }

    @Test
    void aStoredAttemptNeedsNothingFromTheBank() {
        Question mine = Question.builder().area(Area.DATES).stem("A question that no bank holds?")
                .body(SingleChoice.of("Yes", List.of("Yes", "No"))).explanation("Because it was written by hand.")
                .source("hand.txt", "written by hand").build();
        AttemptPlan plan = AttemptPlan.untimed(Behaviour.IMMEDIATE_FEEDBACK, ScoringScheme.PLAIN, START,
                List.of(new SlotPlan(mine, 1)));
        StoredAttempt stored = records.create("elena", AttemptKind.PRACTICE, plan, "hand", 0, 0, Set.of(), Set.of(), null);

        PracticeSession loaded = service.session("elena", stored.getId(), START.plusSeconds(5));
        assertThat(loaded.attempt().slot(1).question()).isEqualTo(mine);
        AnswerResult graded = service.answer("elena", stored.getId(), 1, mine.correctResponse(), START.plusSeconds(9));
        assertThat(graded).isInstanceOf(AnswerResult.Graded.class);
    }

    @Test
    void theServerRefusesAnAnswerAtOrAfterTheDeadlineAndClosesTheSession() {
        PracticeSession session = service.start("fyodor", singleChoice(4).withTimeLimit(Duration.ofMinutes(10)), START);
        assertThat(session.deadline()).contains(at(Duration.ofMinutes(10)));
        assertThat(session.timeLeft(at(Duration.ofMinutes(4)))).contains(Duration.ofMinutes(6));
        Question first = session.attempt().slot(1).question();
        Question second = session.attempt().slot(2).question();

        assertThat(service.answer("fyodor", session.id(), 1, first.correctResponse(), at(Duration.ofMinutes(5))))
                .isInstanceOf(AnswerResult.Graded.class);
        AnswerResult late = service.answer("fyodor", session.id(), 2, second.correctResponse(), at(Duration.ofMinutes(10)));

        assertThat(late).isInstanceOfSatisfying(AnswerResult.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Rejection.TIME_UP);
            assertThat(refused.message()).contains("Time is up");
        });
        assertThat(late.session().state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(late.session().attempt().slot(2).currentResponse()).isEqualTo(Response.BLANK);
        StoredAttempt row = attempts.findById(session.id()).orElseThrow();
        assertThat(row.getState()).isEqualTo(AttemptState.TIME_UP);
        assertThat(row.getFinishedAt()).contains(at(Duration.ofMinutes(10)));
        assertThat(row.getScore()).contains(1.0);
        assertThat(steps.findByAttemptIdOrderBySeq(session.id())).extracting(StoredStep::getKind)
                .containsExactly(StepKind.SAVED, StepKind.SUBMITTED, StepKind.TIME_UP, StepKind.TIME_UP,
                        StepKind.TIME_UP, StepKind.TIME_UP);
        assertThat(service.current("fyodor", at(Duration.ofMinutes(11)))).isEmpty();
    }

    @Test
    void aSessionWhoseDeadlinePassedIsClosedWhenItIsNextLoaded() {
        PracticeSession session = service.start("galina", singleChoice(2).withTimeLimit(Duration.ofMinutes(1)), START);
        assertThat(service.current("galina", at(Duration.ofSeconds(59)))).isPresent();

        assertThat(service.current("galina", at(Duration.ofSeconds(61)))).isEmpty();
        PracticeSession closed = service.latest("galina", at(Duration.ofSeconds(62))).orElseThrow();
        assertThat(closed.id()).isEqualTo(session.id());
        assertThat(closed.state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(closed.result().orElseThrow().timeUsed()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theScheduledJobClosesSessionsWhoseDeadlinePassedAndOnlyThose() {
        clock.set(START);
        PracticeSession timed = service.start("igor", singleChoice(3).withTimeLimit(Duration.ofMinutes(5)), START);
        PracticeSession untimed = service.start("jana", singleChoice(3), START);
        PracticeSession later = service.start("kira", singleChoice(3).withTimeLimit(Duration.ofMinutes(30)), START);
        Question first = timed.attempt().slot(1).question();
        service.answer("igor", timed.id(), 1, first.correctResponse(), at(Duration.ofMinutes(1)));

        clock.set(at(Duration.ofMinutes(4)));
        assertThat(job.closeOverdue()).isZero();
        clock.set(at(Duration.ofMinutes(6)));
        assertThat(job.closeOverdue()).isEqualTo(1);
        assertThat(job.closeOverdue()).isZero();

        StoredAttempt row = attempts.findById(timed.id()).orElseThrow();
        assertThat(row.getState()).isEqualTo(AttemptState.TIME_UP);
        assertThat(row.getScore()).contains(1.0);
        assertThat(row.getFinishedAt()).contains(at(Duration.ofMinutes(5)));
        assertThat(attempts.findById(untimed.id()).orElseThrow().getState()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(attempts.findById(later.id()).orElseThrow().getState()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(service.session("igor", timed.id(), clock.instant()).result().orElseThrow().marksAwarded())
                .isEqualTo(1.0);
    }

    @Test
    void startingAnotherSessionFinishesTheOpenOne() {
        PracticeSession first = service.start("lev", singleChoice(2), START);
        PracticeSession second = service.start("lev", singleChoice(2), at(Duration.ofMinutes(1)));

        assertThat(service.session("lev", first.id(), at(Duration.ofMinutes(2))).state()).isEqualTo(AttemptState.FINISHED);
        assertThat(service.current("lev", at(Duration.ofMinutes(2)))).map(PracticeSession::id).contains(second.id());
    }

    @Test
    void nobodyReachesAnotherLearnersSession() {
        PracticeSession session = service.start("maria", singleChoice(2), START);
        Question first = session.attempt().slot(1).question();

        assertThatThrownBy(() -> service.session("nikita", session.id(), START))
                .isInstanceOf(AttemptException.class);
        assertThatThrownBy(() -> service.answer("nikita", session.id(), 1, first.correctResponse(), START))
                .isInstanceOf(AttemptException.class);
        assertThat(steps.countByAttemptId(session.id())).isZero();
    }

    @Test
    void answersArrivingAtTheSameMomentAreBothKept() throws Exception {
        PracticeSession session = service.start("oleg", singleChoice(8), START);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AnswerResult>> answers = new ArrayList<>();
            for (int slot = 1; slot <= 8; slot++) {
                int number = slot;
                Question question = session.attempt().slot(number).question();
                answers.add(() -> service.answer("oleg", session.id(), number, question.correctResponse(),
                        at(Duration.ofSeconds(10 + number))));
            }
            for (Future<AnswerResult> result : pool.invokeAll(answers)) {
                assertThat(result.get()).isInstanceOf(AnswerResult.Graded.class);
            }
        } finally {
            pool.shutdown();
        }
        PracticeSession after = service.session("oleg", session.id(), at(Duration.ofMinutes(1)));
        assertThat(after.submitted()).isEqualTo(8);
        assertThat(after.scoreSoFar().orElseThrow().roundedMarksAwarded()).isEqualTo(8.0);
        assertThat(steps.findByAttemptIdOrderBySeq(session.id())).extracting(StoredStep::getSeq)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 16).boxed().toList());
    }
}
