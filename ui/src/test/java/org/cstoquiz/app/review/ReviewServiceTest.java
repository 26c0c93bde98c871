package org.cstoquiz.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.review.ReviewService.ReviewItem;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.Rating;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Review against the real database, with time passed in. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    private static final Instant MONDAY = LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();

    private String learner(String name) {
        accounts.register(new RegistrationRequest(name, "long enough password", "long enough password"));
        return name;
    }

    @Test
    void aNewFactIsAskedThenScheduledByCorrectnessAndSpeed() {
        String user = learner("rev-speed");
        ReviewItem first = reviews.next(user, MONDAY).orElseThrow();

        assertThat(first.isNew()).isTrue();
        assertThat(first.question().factIds()).contains(first.factId());
        assertThat(first.question().type()).isIn(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);

        var fast = reviews.answer(user, first, first.question().correctResponse(), Duration.ofSeconds(5), MONDAY);
        assertThat(fast.correct()).isTrue();
        assertThat(fast.rating()).isEqualTo(Rating.EASY);
        assertThat(fast.nextDue()).isAfter(MONDAY.plus(Duration.ofDays(1)));
        assertThat(reviews.status(user, MONDAY).seen()).isEqualTo(1);

        ReviewItem second = reviews.next(user, MONDAY).orElseThrow();
        assertThat(second.factId()).isNotEqualTo(first.factId());
        var wrong = reviews.answer(user, second, Response.BLANK, Duration.ofSeconds(5), MONDAY);
        assertThat(wrong.rating()).isEqualTo(Rating.AGAIN);
        assertThat(wrong.nextDue()).isBefore(MONDAY.plus(Duration.ofHours(1)));

        ReviewItem later = reviews.next(user, MONDAY.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(later.isNew()).isFalse();
        assertThat(later.factId()).isEqualTo(second.factId());
        assertThat(reviews.status(user, MONDAY.plus(Duration.ofHours(1))).dueNow()).isEqualTo(1);
    }

    @Test
    void newFactsStopAtTheDailyAllowance() {
        String user = learner("rev-allowance");
        for (int i = 0; i < ReviewService.DEFAULT_NEW_PER_DAY; i++) {
            ReviewItem item = reviews.next(user, MONDAY).orElseThrow();
            assertThat(item.isNew()).isTrue();
            reviews.answer(user, item, item.question().correctResponse(), Duration.ofSeconds(3), MONDAY);
        }

        assertThat(reviews.next(user, MONDAY)).isEmpty();
        assertThat(reviews.status(user, MONDAY).newLeftToday()).isZero();
        assertThat(reviews.next(user, MONDAY.plus(Duration.ofDays(1)))).get().extracting(ReviewItem::isNew).isEqualTo(true);
    }

    @Test
    void anExamDatePlansEveryFactBeforeIt() {
        String user = learner("rev-exam");
        assertThatThrownBy(() -> reviews.setExamDate(user, LocalDate.of(2026, 11, 23), MONDAY))
                .hasMessage("The exam date must be after today.");
        assertThat(reviews.status(user, MONDAY).plan()).isEmpty();

        reviews.setExamDate(user, LocalDate.of(2026, 11, 28), MONDAY);
        ReviewService.Status status = reviews.status(user, MONDAY);

        assertThat(status.examDate()).contains(LocalDate.of(2026, 11, 28));
        var plan = status.plan().orElseThrow();
        assertThat(plan.days()).hasSize(5);
        assertThat(plan.unseen()).isEqualTo(status.total());
        assertThat(status.newLeftToday()).isEqualTo((int) Math.ceil(status.total() / 5.0));
    }
}
