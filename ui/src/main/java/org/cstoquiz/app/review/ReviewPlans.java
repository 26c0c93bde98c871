package org.cstoquiz.app.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.cstoquiz.engine.schedule.FsrsScheduler;
import org.springframework.stereotype.Component;

/** The learner's exam date, the daily allowance of new facts it sets, and where the learner stands. */
@Component
class ReviewPlans {

    private final ExamDateRepository exams;
    private final LearnerSettingsService settings;
    private final ReviewQuestions questions;

    ReviewPlans(ExamDateRepository exams, LearnerSettingsService settings, ReviewQuestions questions) {
        this.exams = exams;
        this.settings = settings;
        this.questions = questions;
    }

    void setExamDate(String user, LocalDate date, Instant now) {
        if (!date.isAfter(LocalDate.ofInstant(now, settings.zone(user)))) {
            throw new IllegalArgumentException("The exam date must be after today.");
        }
        exams.findById(user).ifPresentOrElse(e -> e.change(date), () -> exams.save(new ExamDate(user, date)));
    }

    void clearExamDate(String user) {
        exams.deleteById(user);
    }

    ReviewStatus status(String user, String packId, Instant now) {
        ReviewPool pool = questions.pool(packId);
        ZoneId zone = settings.zone(user);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ReviewCard> mine = questions.reviewable(user, pool);
        int dueNow = (int) mine.stream().filter(c -> FsrsScheduler.isDue(c.card(), now, zone)).count();
        Optional<ReviewStatus.NextDue> nextDue = mine.stream().filter(c -> !FsrsScheduler.isDue(c.card(), now, zone))
                .map(ReviewCard::card).min(Comparator.comparing(Card::due))
                .map(c -> new ReviewStatus.NextDue(c.due(), c.scheduledDays() > 0));
        Optional<LocalDate> examDate = exams.findById(user).map(ExamDate::date);
        Optional<ExamPlan> plan = examDate.map(d -> ExamPlan.of(today, d, zone, pool.facts(),
                mine.stream().collect(Collectors.toMap(ReviewCard::factId, ReviewCard::card)), ReviewService.FSRS,
                ReviewService.DEFAULT_NEW_PER_DAY));
        return new ReviewStatus(dueNow, newLeftToday(user, mine, pool, now, zone), mine.size(), pool.facts().size(),
                examDate, plan, nextDue, zone, today);
    }

    /**
     * Today's allowance of new facts, less those introduced today: {@link ReviewService#DEFAULT_NEW_PER_DAY},
     * or with an exam date what the plan asks for, counted from the facts unseen when today began.
     */
    int newLeftToday(String user, List<ReviewCard> mine, ReviewPool pool, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfDay = today.atStartOfDay(zone).toInstant();
        int introducedToday = (int) mine.stream().filter(c -> !c.introducedAt().isBefore(startOfDay)).count();
        int unseen = pool.facts().size() - mine.size();
        int allowance = exams.findById(user).map(ExamDate::date).filter(d -> d.isAfter(today))
                .map(d -> ExamPlan.newPerDay(unseen + introducedToday, ChronoUnit.DAYS.between(today, d),
                        ReviewService.DEFAULT_NEW_PER_DAY))
                .orElse(ReviewService.DEFAULT_NEW_PER_DAY);
        return Math.max(0, Math.min(allowance - introducedToday, unseen));
    }
}
