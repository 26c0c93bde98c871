package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ExamPlanTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final FsrsScheduler FSRS = FsrsScheduler.withDefaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** The learner's usual allowance of new facts a day. */
    private static final int EVERYDAY = 10;

    private static Set<String> facts(int n) {
        return IntStream.range(0, n).mapToObj(i -> "fact." + i).collect(Collectors.toSet());
    }

    /** A card reviewed once (GOOD) some days before today. */
    private static Card seen(int daysAgo) {
        Instant then = TODAY.minusDays(daysAgo).atStartOfDay(UTC).toInstant();
        return FSRS.review(Card.newCard(then), Rating.GOOD, then).next();
    }

    @Property(tries = 300)
    void everyUnseenFactIsIntroducedBeforeTheExam(@ForAll @IntRange(min = 0, max = 400) int factCount,
                                                 @ForAll @IntRange(min = 0, max = 50) int seenCount,
                                                 @ForAll @IntRange(min = 1, max = 120) int daysLeft) {
        Set<String> all = facts(factCount);
        Map<String, Card> cards = new HashMap<>();
        all.stream().sorted().limit(seenCount).forEach(f -> cards.put(f, seen(3)));

        ExamPlan plan = ExamPlan.of(TODAY, TODAY.plusDays(daysLeft), UTC, all, cards, FSRS, EVERYDAY);

        assertThat(plan.days()).hasSize(daysLeft);
        assertThat(plan.unseen()).isEqualTo(factCount - Math.min(seenCount, factCount));
        int introduced = plan.days().stream().mapToInt(ExamPlan.Day::newFacts).sum();
        assertThat(introduced + plan.notSeenBeforeExam()).isEqualTo(plan.unseen());
        if (plan.unseen() <= ExamPlan.MAX_NEW_PER_DAY * plan.newFactDays()) {
            assertThat(plan.notSeenBeforeExam()).isZero();
        }
        assertThat(plan.days()).allSatisfy(d -> assertThat(d.newFacts()).isLessThanOrEqualTo(plan.newPerDay()));
        assertThat(plan.newPerDay()).isBetween(plan.unseen() == 0 ? 0 : EVERYDAY, ExamPlan.MAX_NEW_PER_DAY);
        // the revision days at the end introduce nothing
        assertThat(plan.days().subList(plan.newFactDays(), daysLeft)).allSatisfy(d -> assertThat(d.newFacts()).isZero());
        assertThat(plan.days().getLast().date()).isEqualTo(TODAY.plusDays(daysLeft - 1));
    }

    /**
     * 314 facts to see (the CSTO pack's facts that have questions), none seen yet. Hand computation:
     * revision days = min(3, daysLeft / 4); new-fact days = daysLeft − revision days;
     * new a day = min(100, max(10, ⌈314 / new-fact days⌉)).
     * <ul>
     *   <li>7 days: 1 revision day, 6 new-fact days, ⌈314 / 6⌉ = 53 a day (the last day brings 314 − 5 × 53 = 49);</li>
     *   <li>60 days: 3 revision days, 57 new-fact days, ⌈314 / 57⌉ = 6, raised to the everyday 10 a day,
     *       so the last new facts come on day 32 (31 × 10 = 310, then 4);</li>
     *   <li>365 days: 3 revision days, 362 new-fact days, ⌈314 / 362⌉ = 1, raised to 10 a day — not 1;</li>
     *   <li>1 day: no revision day, ⌈314 / 1⌉ = 314, capped at 100: 214 facts cannot be seen in time.</li>
     * </ul>
     */
    @Test
    void theNewFactsADayAreSensibleWhateverTheDate() {
        Set<String> all = facts(314);

        ExamPlan week = ExamPlan.of(TODAY, TODAY.plusDays(7), UTC, all, Map.of(), FSRS, EVERYDAY);
        assertThat(week.revisionDays()).isEqualTo(1);
        assertThat(week.newPerDay()).isEqualTo(53);
        assertThat(week.days()).extracting(ExamPlan.Day::newFacts).containsExactly(53, 53, 53, 53, 53, 49, 0);

        ExamPlan twoMonths = ExamPlan.of(TODAY, TODAY.plusDays(60), UTC, all, Map.of(), FSRS, EVERYDAY);
        assertThat(twoMonths.revisionDays()).isEqualTo(3);
        assertThat(twoMonths.newPerDay()).isEqualTo(10);
        assertThat(twoMonths.lastNewFactDay()).contains(TODAY.plusDays(31));
        assertThat(twoMonths.days().get(31).newFacts()).isEqualTo(4);

        ExamPlan year = ExamPlan.of(TODAY, TODAY.plusDays(365), UTC, all, Map.of(), FSRS, EVERYDAY);
        assertThat(year.newPerDay()).isEqualTo(10);
        assertThat(year.notSeenBeforeExam()).isZero();

        ExamPlan tomorrow = ExamPlan.of(TODAY, TODAY.plusDays(1), UTC, all, Map.of(), FSRS, EVERYDAY);
        assertThat(tomorrow.newPerDay()).isEqualTo(ExamPlan.MAX_NEW_PER_DAY);
        assertThat(tomorrow.notSeenBeforeExam()).isEqualTo(214);
    }

    @Test
    void factsThatWouldBeForgottenByTheExamAreReviewedInItsLastDays() {
        Map<String, Card> cards = new HashMap<>();
        cards.put("fact.fresh", seen(0));   // due again soon: a plain review, not fragile
        cards.put("fact.old", seen(1));
        ExamPlan plan = ExamPlan.of(TODAY, TODAY.plusDays(60), UTC, Set.of("fact.fresh", "fact.old", "fact.new"),
                cards, FSRS, EVERYDAY);

        assertThat(plan.unseen()).isEqualTo(1);
        assertThat(plan.newPerDay()).isEqualTo(EVERYDAY);
        assertThat(plan.days().getFirst().newFacts()).isEqualTo(1);
        int reviews = plan.days().stream().mapToInt(ExamPlan.Day::reviews).sum();
        assertThat(reviews).isEqualTo(2); // both due within the 60 days
        assertThat(plan.fragile()).isEmpty();

        // a card in review whose next due date falls after the exam: recall on the exam day is
        // between the scheduler's 0.9 and the exam target, so it is reviewed on the last day
        Instant first = TODAY.atStartOfDay(UTC).toInstant();
        Card learning = FSRS.review(Card.newCard(first), Rating.GOOD, first).next();
        Card inReview = FSRS.review(learning, Rating.GOOD, learning.due()).next();
        assertThat(inReview.state()).isEqualTo(CardState.REVIEW);
        LocalDate exam = inReview.due().atZone(UTC).toLocalDate();
        assertThat(exam).isAfter(TODAY);
        ExamPlan beforeDue = ExamPlan.of(TODAY, exam, UTC, Set.of("fact.x"), Map.of("fact.x", inReview), FSRS, EVERYDAY);

        assertThat(FSRS.retrievability(inReview, exam.atStartOfDay(UTC).toInstant())).isLessThan(ExamPlan.TARGET_RECALL);
        assertThat(beforeDue.fragile()).containsExactly("fact.x");
        assertThat(beforeDue.days().getLast().reviews()).isEqualTo(1);
        assertThat(beforeDue.days().stream().mapToInt(ExamPlan.Day::reviews).sum()).isEqualTo(1);
    }

    @Test
    void aPassedExamHasNoPlan() {
        ExamPlan plan = ExamPlan.of(TODAY, TODAY, UTC, facts(10), Map.of(), FSRS, EVERYDAY);
        assertThat(plan.examPassed()).isTrue();
        assertThat(plan.days()).isEmpty();
        assertThat(plan.unseen()).isEqualTo(10);
    }
}
