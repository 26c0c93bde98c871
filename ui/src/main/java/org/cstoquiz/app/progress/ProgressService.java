package org.cstoquiz.app.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.attempt.FinishedAttempt;
import org.cstoquiz.app.attempt.GradedAnswer;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.review.LearnerSettingsService;
import org.cstoquiz.app.review.ReviewHistory;
import org.cstoquiz.app.review.ReviewHistoryService;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.springframework.stereotype.Service;

/**
 * A learner's dashboard, in their own time zone: review answers per day, the scores of their
 * practice sessions and tests, mastery per area and the weakest facts (from the FSRS cards and the
 * answers, see {@link Progress}), answers per area in review and in practice and tests, the activity
 * streak and the exam plan. Facts are those of the pack review draws from.
 */
@Service
public class ProgressService {

    static final int DAYS_SHOWN = 30;
    static final int WEAKEST_SHOWN = 8;
    static final int ATTEMPTS_SHOWN = 20;
    /** How far back the activity streak is counted; a longer one is shown as "at least". */
    static final int STREAK_WINDOW = 90;

    private final ReviewService reviews;
    private final ReviewHistoryService reviewHistory;
    private final AttemptStore attempts;
    private final FactCatalog catalog;
    private final LearnerSettingsService settings;

    public ProgressService(ReviewService reviews, ReviewHistoryService reviewHistory, AttemptStore attempts,
                           FactCatalog catalog, LearnerSettingsService settings) {
        this.reviews = reviews;
        this.reviewHistory = reviewHistory;
        this.attempts = attempts;
        this.catalog = catalog;
        this.settings = settings;
    }

    public record LabelledWeakFact(String label, Progress.WeakFact fact) {
    }

    /**
     * @param zone            the learner's time zone, which every day and time here is in
     * @param packName        the pack whose facts mastery and the weakest facts are about
     * @param scores          the share of review answers right, per day
     * @param attempts        the latest closed practice sessions and tests, oldest first
     * @param streak          days in a row with some activity; {@code streakAtLeast} when it reaches back
     *                        as far as it is counted
     * @param reviewPerArea   review answers per area over the days shown
     * @param attemptsPerArea practice and test answers per area over the days shown
     */
    public record Dashboard(ZoneId zone, LocalDate today, String packName, List<Progress.DayScore> scores,
                            List<FinishedAttempt> attempts, int streak, boolean streakAtLeast,
                            List<Progress.AreaMastery> mastery, List<LabelledWeakFact> weakest,
                            List<Progress.AreaAnswers> reviewPerArea, List<Progress.AreaAnswers> attemptsPerArea,
                            Optional<ExamPlan> plan) {
    }

    /** Keeps the time zone the learner's browser reports; returns whether it changed. */
    public boolean rememberZone(String user, String zoneId) {
        return settings.rememberZone(user, zoneId);
    }

    public Dashboard dashboard(String user, Instant now) {
        return dashboard(user, reviews.builtIn(), now);
    }

    /** The packs progress can be shown for, the built-in one first. */
    public List<PackInfo> packs() {
        return reviews.packs();
    }

    /** The dashboard with mastery, the weakest facts, review answers and the exam plan of pack {@code packId}. */
    public Dashboard dashboard(String user, String packId, Instant now) {
        ZoneId zone = settings.zone(user);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant shownSince = today.minusDays(DAYS_SHOWN - 1L).atStartOfDay(zone).toInstant();
        Instant streakSince = today.minusDays(STREAK_WINDOW - 1L).atStartOfDay(zone).toInstant();

        ReviewHistory history = reviewHistory.history(user, packId, streakSince);
        List<GradedAnswer> practised = attempts.gradedAnswers(user, streakSince);
        ToDoubleFunction<Card> recallNow = card -> reviewHistory.retrievability(card, now);

        List<Instant> activity = Stream.concat(history.answers().stream().map(ReviewHistory.Answer::at),
                practised.stream().map(GradedAnswer::finishedAt)).toList();
        int streak = Progress.streak(activity, today, zone);

        List<Progress.Graded> reviewAnswers = history.answers().stream()
                .map(a -> new Progress.Graded(a.area(), a.correct() ? GradeState.CORRECT : GradeState.INCORRECT, a.at()))
                .toList();
        List<Progress.Graded> attemptAnswers = practised.stream()
                .map(a -> new Progress.Graded(a.area(), a.grade().state(), a.finishedAt()))
                .toList();

        List<LabelledWeakFact> weakest = new ArrayList<>();
        for (Progress.WeakFact weak : Progress.weakest(history.facts(), recallNow, WEAKEST_SHOWN)) {
            weakest.add(new LabelledWeakFact(reviews.label(history.pack(), weak.factId()), weak));
        }
        return new Dashboard(zone, today, catalog.pack(history.pack()).pack().name(),
                Progress.dailyScores(history.answers(), today, DAYS_SHOWN, zone),
                attempts.finished(user, ATTEMPTS_SHOWN), streak, streak >= STREAK_WINDOW,
                Progress.mastery(history.facts(), recallNow, reviewHistory.reviewableFactsPerArea(packId)), weakest,
                Progress.answersPerArea(reviewAnswers, shownSince), Progress.answersPerArea(attemptAnswers, shownSince),
                reviews.status(user, packId, now).plan());
    }
}
