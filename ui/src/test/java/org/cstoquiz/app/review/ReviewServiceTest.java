package org.cstoquiz.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.review.ReviewItem.FactKey;
import org.cstoquiz.app.review.ReviewItem;
import org.cstoquiz.app.review.Reviewed;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.schedule.CardState;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.cstoquiz.engine.schedule.Intervals;
import org.cstoquiz.engine.schedule.Rating;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Review against the real database, with time passed in. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    LearnerSettingsService settings;

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBankService bank;

    @Autowired
    JdbcTemplate jdbc;

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Set<FactKey> NONE_SKIPPED = Set.of();

    private String learner(String name) {
        accounts.register(new RegistrationRequest(name, "long enough password", "long enough password"));
        return name;
    }

    private long answersOf(String user) {
        return jdbc.queryForObject("select count(*) from review_log where username = ?", Long.class, user);
    }

    @Test
    void aNewFactShowsWhatEachRatingWouldGiveAndComesBackWhenTheRatingSaid() {
        String user = learner("rev-rate");
        ReviewItem first = reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow();
        assertThat(first.isNew()).isTrue();
        assertThat(first.question().factIds()).contains(first.factId());
        assertThat(first.pack()).isEqualTo("csto");

        assertThat(reviews.preview(user, first, MONDAY)).extracting(o -> o.rating() + " " + Intervals.brief(o.interval()))
                .containsExactly("AGAIN 1 min", "HARD 6 min", "GOOD 10 min", "EASY 8 d");

        Reviewed good = reviews.rate(user, first, Rating.GOOD, true, true, MONDAY);
        assertThat(good.nextDue()).isEqualTo(MONDAY.plus(Duration.ofMinutes(10)));
        assertThat(good.inDays()).isFalse();
        assertThat(reviews.status(user, MONDAY).seen()).isEqualTo(1);
        assertThat(reviews.status(user, MONDAY).nextDue()).get().extracting(ReviewStatus.NextDue::at)
                .isEqualTo(good.nextDue());

        // ten minutes on, the fact is due again (on its second learning step) before any new fact: Again starts the
        // steps over, Hard repeats this one (halfway between the 1 and 10 minute steps), Good and Easy graduate it
        ReviewItem again = reviews.next(user, good.nextDue(), NONE_SKIPPED).orElseThrow();
        assertThat(again.factId()).isEqualTo(first.factId());
        assertThat(again.state()).isEqualTo(CardState.LEARNING);
        assertThat(reviews.preview(user, again, good.nextDue())).extracting(o -> Intervals.brief(o.interval()))
                .containsExactly("1 min", "6 min", "2 d", "4 d");
    }

    @Test
    void aFactIsAskedWithEachOfItsQuestionTypesInTurn() {
        String user = learner("rev-types");
        ReviewItem item = reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow();
        List<Question> expected = ReviewPool.of(bank.bank(ExportRequest.DEFAULT_SEED)).forFact(item.factId());
        List<QuestionType> asked = new ArrayList<>();
        Instant now = MONDAY;
        for (int i = 0; i < Math.min(4, expected.size()); i++) {
            asked.add(item.question().type());
            now = reviews.rate(user, item, Rating.GOOD, true, true, now).nextDue();
            // at its due time the fact comes before any new one
            ReviewItem next = reviews.next(user, now, NONE_SKIPPED).orElseThrow();
            assertThat(next.factId()).isEqualTo(item.factId());
            item = next;
        }
        assertThat(asked).containsExactlyElementsOf(expected.stream().limit(asked.size()).map(Question::type).toList());
        long kinds = expected.stream().map(Question::type).distinct().count();
        assertThat(asked.stream().distinct().count()).isEqualTo(Math.min(kinds, asked.size()));
    }

    @Test
    void everyTypeOfQuestionIsUsedAndTypesTakeTurnsForEachFact() {
        ReviewPool pool = ReviewPool.of(bank.bank(ExportRequest.DEFAULT_SEED));
        Set<QuestionType> used = new HashSet<>();
        pool.facts().forEach(f -> pool.forFact(f).forEach(q -> used.add(q.type())));
        assertThat(used).containsExactlyInAnyOrder(QuestionType.values());
        for (String fact : pool.facts()) {
            List<QuestionType> types = pool.forFact(fact).stream().map(Question::type).toList();
            long kinds = types.stream().distinct().count();
            // the first questions of a fact are of as many different types as it has
            assertThat(types.stream().limit(kinds).distinct().count()).as(fact).isEqualTo(kinds);
        }
    }

    @Test
    void aSkippedFactIsNotAskedAgainInTheSitting() {
        String user = learner("rev-skip");
        ReviewItem first = reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow();
        Set<FactKey> skipped = new HashSet<>(Set.of(first.key()));

        ReviewItem second = reviews.next(user, MONDAY, skipped).orElseThrow();
        assertThat(second.factId()).isNotEqualTo(first.factId());
        skipped.add(second.key());
        assertThat(reviews.next(user, MONDAY, skipped).orElseThrow().factId()).isNotIn(first.factId(), second.factId());
        assertThat(answersOf(user)).isZero();
        // a new sitting asks it again
        assertThat(reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow().factId()).isEqualTo(first.factId());
    }

    @Test
    void undoPutsTheCardBackAndRemovesTheAnswer() {
        String user = learner("rev-undo");
        ReviewItem first = reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow();
        Reviewed introduced = reviews.rate(user, first, Rating.GOOD, true, false, MONDAY);
        assertThat(answersOf(user)).isEqualTo(1);

        ReviewItem again = reviews.undo(user, introduced.id());

        assertThat(again.factId()).isEqualTo(first.factId());
        assertThat(again.question()).isEqualTo(first.question());
        assertThat(again.isNew()).isTrue();
        assertThat(answersOf(user)).isZero();
        assertThat(reviews.status(user, MONDAY).seen()).isZero();
        assertThat(reviews.status(user, MONDAY).newLeftToday()).isEqualTo(ReviewService.DEFAULT_NEW_PER_DAY);

        // a card already reviewed goes back to exactly what it was
        Reviewed once = reviews.rate(user, again, Rating.EASY, true, false, MONDAY);
        var before = cardOf(user, first.factId());
        Instant later = once.nextDue();
        ReviewItem due = reviews.next(user, later, NONE_SKIPPED).orElseThrow();
        assertThat(due.factId()).isEqualTo(first.factId());
        Reviewed lapse = reviews.rate(user, due, Rating.AGAIN, false, true, later);
        assertThat(cardOf(user, first.factId()).get("lapses")).isEqualTo(1);

        ReviewItem back = reviews.undo(user, lapse.id());
        assertThat(back.state()).isEqualTo(CardState.REVIEW);
        assertThat(cardOf(user, first.factId())).isEqualTo(before);
        assertThat(answersOf(user)).isEqualTo(1);

        // only a fact's latest review can be undone, and only the learner's own
        Reviewed next = reviews.rate(user, back, Rating.GOOD, true, true, later);
        assertThatThrownBy(() -> reviews.undo(user, once.id())).isInstanceOf(ReviewException.class)
                .hasMessageContaining("reviewed again since");
        String other = learner("rev-undo-other");
        assertThatThrownBy(() -> reviews.undo(other, next.id())).isInstanceOf(ReviewException.class);
        assertThat(answersOf(user)).isEqualTo(2);
    }

    private java.util.Map<String, Object> cardOf(String user, String fact) {
        return jdbc.queryForMap("select due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses,"
                + " learning_steps, state, last_review, introduced_at from review_card where username = ? and fact_id = ?",
                user, fact);
    }

    @Test
    void newFactsStopAtTheDailyAllowance() {
        String user = learner("rev-allowance");
        for (int i = 0; i < ReviewService.DEFAULT_NEW_PER_DAY; i++) {
            ReviewItem item = reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow();
            assertThat(item.isNew()).isTrue();
            reviews.rate(user, item, Rating.EASY, true, false, MONDAY);
        }

        assertThat(reviews.next(user, MONDAY, NONE_SKIPPED)).isEmpty();
        assertThat(reviews.status(user, MONDAY).newLeftToday()).isZero();
        assertThat(reviews.next(user, MONDAY.plus(Duration.ofDays(1)), NONE_SKIPPED)).get()
                .extracting(ReviewItem::isNew).isEqualTo(true);
    }

    @Test
    void aLearningStepIsAskedALittleEarlyWhenNothingElseIsLeft() {
        String user = learner("rev-ahead");
        for (int i = 0; i < ReviewService.DEFAULT_NEW_PER_DAY - 1; i++) {
            reviews.rate(user, reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow(), Rating.EASY, true, false, MONDAY);
        }
        ReviewItem last = reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow();
        reviews.rate(user, last, Rating.AGAIN, false, true, MONDAY);

        ReviewItem early = reviews.next(user, MONDAY.plusSeconds(20), NONE_SKIPPED).orElseThrow();
        assertThat(early.factId()).isEqualTo(last.factId());
        assertThat(early.early()).isTrue();
    }

    /**
     * 193 facts can be reviewed (those of the CSTO pack with a question). With the exam 7 days away:
     * 1 revision day, 6 days for new facts, ⌈193 / 6⌉ = 33 a day; 365 days away: the everyday 10, not 1.
     */
    @Test
    void anExamDatePlansEveryFactBeforeItAtASensiblePace() {
        String user = learner("rev-exam");
        assertThatThrownBy(() -> reviews.setExamDate(user, LocalDate.of(2026, 11, 23), MONDAY))
                .hasMessage("The exam date must be after today.");
        assertThat(reviews.status(user, MONDAY).plan()).isEmpty();
        int total = reviews.status(user, MONDAY).total();
        assertThat(total).isEqualTo(193);

        reviews.setExamDate(user, LocalDate.of(2026, 11, 30), MONDAY);
        ReviewStatus week = reviews.status(user, MONDAY);
        ExamPlan plan = week.plan().orElseThrow();
        assertThat(week.examDate()).contains(LocalDate.of(2026, 11, 30));
        assertThat(plan.days()).hasSize(7);
        assertThat(plan.newPerDay()).isEqualTo(33);
        assertThat(week.newLeftToday()).isEqualTo(33);

        reviews.setExamDate(user, LocalDate.of(2027, 1, 22), MONDAY);
        assertThat(reviews.status(user, MONDAY).plan().orElseThrow().newPerDay()).isEqualTo(10);
        reviews.setExamDate(user, LocalDate.of(2027, 11, 23), MONDAY);
        assertThat(reviews.status(user, MONDAY).plan().orElseThrow().newPerDay()).isEqualTo(10);
        assertThat(reviews.status(user, MONDAY).newLeftToday()).isEqualTo(10);

        // facts introduced today count against today's allowance
        for (int i = 0; i < 3; i++) {
            reviews.rate(user, reviews.next(user, MONDAY, NONE_SKIPPED).orElseThrow(), Rating.EASY, true, false, MONDAY);
        }
        assertThat(reviews.status(user, MONDAY).newLeftToday()).isEqualTo(7);
    }

    /** Kiritimati is UTC+14: its day begins at 10:00 UTC the day before. */
    @Test
    void daysFollowTheLearnersTimeZone() {
        String user = learner("rev-zone");
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        assertThat(settings.zone(user)).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.rememberZone(user, "Pacific/Kiritimati")).isTrue();
        assertThat(settings.rememberZone(user, "Pacific/Kiritimati")).isFalse();
        assertThat(settings.rememberZone(user, "Not/A_Zone")).isFalse();
        assertThat(settings.zone(user)).isEqualTo(kiritimati);

        Instant lateEvening = LocalDateTime.parse("2026-11-23T23:30").atZone(kiritimati).toInstant();
        Reviewed easy = null;
        for (int i = 0; i < ReviewService.DEFAULT_NEW_PER_DAY; i++) {
            easy = reviews.rate(user, reviews.next(user, lateEvening, NONE_SKIPPED).orElseThrow(), Rating.EASY, true,
                    false, lateEvening);
        }
        assertThat(reviews.next(user, lateEvening.plus(Duration.ofMinutes(20)), NONE_SKIPPED)).isEmpty();
        // 40 minutes later it is a new day in Kiritimati (still the same day in UTC): new facts again
        Instant afterMidnight = lateEvening.plus(Duration.ofMinutes(40));
        assertThat(afterMidnight.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(lateEvening.atZone(ZoneOffset.UTC).toLocalDate());
        assertThat(reviews.status(user, afterMidnight).newLeftToday()).isEqualTo(ReviewService.DEFAULT_NEW_PER_DAY);
        assertThat(reviews.status(user, afterMidnight).today()).isEqualTo(LocalDate.of(2026, 11, 24));

        // due "in 8 days": from the start of that day in Kiritimati, not at 23:30
        assertThat(easy.inDays()).isTrue();
        LocalDate dueDay = LocalDate.ofInstant(easy.nextDue(), kiritimati);
        assertThat(dueDay).isEqualTo(LocalDate.of(2026, 12, 1));
        Instant dayStart = dueDay.atStartOfDay(kiritimati).toInstant();
        assertThat(reviews.status(user, dayStart.minusSeconds(60)).dueNow()).isZero();
        assertThat(reviews.status(user, dayStart.plusSeconds(60)).dueNow()).isEqualTo(ReviewService.DEFAULT_NEW_PER_DAY);

        // the exam date is compared with the learner's today: 24 November has begun in Kiritimati
        assertThatThrownBy(() -> reviews.setExamDate(user, LocalDate.of(2026, 11, 24), afterMidnight))
                .hasMessage("The exam date must be after today.");
    }

    @Test
    void factsAreNamedWithoutTheIdsOfTheFactsTheyMention() {
        assertThat(reviews.label("csto", "membership.tajikistan.csto"))
                .isEqualTo("Tajikistan in Collective Security Treaty Organization (CSTO)");
        assertThat(reviews.label("csto", "holding.bordyuzha.secretary-general"))
                .isEqualTo("Nikolai Bordyuzha: Secretary General of the CSTO");
        assertThat(reviews.label("csto", "no.such-fact")).isEqualTo("no.such-fact");
    }

    @Test
    void theRatingAnAnswerSuggests() {
        Question single = bank.bank(ExportRequest.DEFAULT_SEED).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow();
        Question matching = bank.bank(ExportRequest.DEFAULT_SEED).questions().stream()
                .filter(q -> q.type() == QuestionType.MATCHING).findFirst().orElseThrow();

        assertThat(ReviewService.suggestedRating(single, Grade.incorrect(), Duration.ofSeconds(2))).isEqualTo(Rating.AGAIN);
        assertThat(ReviewService.suggestedRating(single, Grade.blank(), Duration.ofSeconds(2))).isEqualTo(Rating.AGAIN);
        assertThat(ReviewService.suggestedRating(single, Grade.correct(), Duration.ofSeconds(8))).isEqualTo(Rating.EASY);
        assertThat(ReviewService.suggestedRating(single, Grade.correct(), Duration.ofSeconds(25))).isEqualTo(Rating.GOOD);
        assertThat(ReviewService.suggestedRating(single, Grade.correct(), Duration.ofSeconds(40))).isEqualTo(Rating.HARD);
        // a matching question is expected to take a minute: 40 s is good going
        assertThat(ReviewService.suggestedRating(matching, Grade.correct(), Duration.ofSeconds(40))).isEqualTo(Rating.GOOD);
        assertThat(ReviewService.suggestedRating(matching, new Grade(0.5,
                org.cstoquiz.engine.question.GradeState.PARTIALLY_CORRECT), Duration.ofSeconds(10))).isEqualTo(Rating.HARD);
    }
}
