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

        ExamPlan plan = ExamPlan.of(TODAY, TODAY.plusDays(daysLeft), UTC, all, cards, FSRS);

        assertThat(plan.days()).hasSize(daysLeft);
        assertThat(plan.days().stream().mapToInt(ExamPlan.Day::newFacts).sum()).isEqualTo(plan.unseen());
        assertThat(plan.unseen()).isEqualTo(factCount - Math.min(seenCount, factCount));
        assertThat(plan.days()).allSatisfy(d -> assertThat(d.newFacts()).isLessThanOrEqualTo(plan.newPerDay()));
        assertThat(plan.days().getLast().date()).isEqualTo(TODAY.plusDays(daysLeft - 1));
    }

    @Test
    void factsThatWouldBeForgottenByTheExamAreReviewedInItsLastDays() {
        Map<String, Card> cards = new HashMap<>();
        cards.put("fact.fresh", seen(0));   // due again soon: a plain review, not fragile
        cards.put("fact.old", seen(1));
        ExamPlan plan = ExamPlan.of(TODAY, TODAY.plusDays(60), UTC, Set.of("fact.fresh", "fact.old", "fact.new"),
                cards, FSRS);

        assertThat(plan.unseen()).isEqualTo(1);
        assertThat(plan.newPerDay()).isEqualTo(1);
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
        ExamPlan beforeDue = ExamPlan.of(TODAY, exam, UTC, Set.of("fact.x"), Map.of("fact.x", inReview), FSRS);

        assertThat(FSRS.retrievability(inReview, exam.atStartOfDay(UTC).toInstant())).isLessThan(ExamPlan.TARGET_RECALL);
        assertThat(beforeDue.fragile()).containsExactly("fact.x");
        assertThat(beforeDue.days().getLast().reviews()).isEqualTo(1);
        assertThat(beforeDue.days().stream().mapToInt(ExamPlan.Day::reviews).sum()).isEqualTo(1);
    }

    @Test
    void aPassedExamHasNoPlan() {
        ExamPlan plan = ExamPlan.of(TODAY, TODAY, UTC, facts(10), Map.of(), FSRS);
        assertThat(plan.examPassed()).isTrue();
        assertThat(plan.days()).isEmpty();
        assertThat(plan.unseen()).isEqualTo(10);
    }
}
