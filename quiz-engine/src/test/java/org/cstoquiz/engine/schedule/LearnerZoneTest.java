package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Days follow the learner's zone: when the days between reviews change, and when a card falls due. */
class LearnerZoneTest {

    /** UTC+14: its calendar day starts 14 hours before UTC's. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final FsrsScheduler FSRS = FsrsScheduler.withDefaults();

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(KIRITIMATI).toInstant();
    }

    @Test
    void reviewsOnOneLocalDayAreZeroDaysApartThoughUtcChangedDay() {
        // 08:00 and 16:00 in Kiritimati are 18:00 and 02:00 UTC: the same local day, two UTC days.
        Instant morning = local("2026-11-23T08:00");
        Instant afternoon = local("2026-11-23T16:00");
        assertThat(morning.atZone(ZoneOffset.UTC).toLocalDate()).isNotEqualTo(afternoon.atZone(ZoneOffset.UTC).toLocalDate());
        Card graduated = FSRS.review(FSRS.review(Card.newCard(morning), Rating.GOOD, morning).next(),
                Rating.GOOD, morning.plus(Duration.ofMinutes(10))).next();

        ReviewOutcome inZone = FSRS.review(graduated, Rating.GOOD, afternoon, KIRITIMATI);
        ReviewOutcome inUtc = FSRS.review(graduated, Rating.GOOD, afternoon);

        assertThat(inZone.elapsedDays()).isZero();
        assertThat(inUtc.elapsedDays()).isEqualTo(1);
        // a same-day review only nudges stability (short-term formula); a next-day one uses the long-term one
        assertThat(inZone.next().stability()).isNotEqualTo(inUtc.next().stability());
    }

    @Test
    void aCardScheduledInDaysIsDueFromTheStartOfItsLocalDueDay() {
        Instant evening = local("2026-11-23T22:00");
        Card easy = FSRS.review(Card.newCard(evening), Rating.EASY, evening, KIRITIMATI).next();
        assertThat(easy.scheduledDays()).isEqualTo(8);
        Instant dueDay = local("2026-12-01T00:00");

        assertThat(FsrsScheduler.isDue(easy, dueDay.minusSeconds(1), KIRITIMATI)).isFalse();
        assertThat(FsrsScheduler.isDue(easy, dueDay, KIRITIMATI)).isTrue();
        // the same moment is still 30 November in UTC... and 1 December in Kiritimati only
        assertThat(FsrsScheduler.isDue(easy, dueDay, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void aLearningStepIsDueAtItsExactTime() {
        Instant now = local("2026-11-23T09:00");
        Card good = FSRS.review(Card.newCard(now), Rating.GOOD, now, KIRITIMATI).next();

        assertThat(FsrsScheduler.isDue(good, now.plus(Duration.ofMinutes(9)), KIRITIMATI)).isFalse();
        assertThat(FsrsScheduler.isDue(good, now.plus(Duration.ofMinutes(10)), KIRITIMATI)).isTrue();
        assertThat(FsrsScheduler.isDue(Card.newCard(now), now, KIRITIMATI)).isTrue();
    }
}
