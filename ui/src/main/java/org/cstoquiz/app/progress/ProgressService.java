package org.cstoquiz.app.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.attempt.FinishedAttempt;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.review.ReviewHistory;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.springframework.stereotype.Service;

/**
 * A learner's dashboard: scores over time (review, practice and tests), mastery per area, weakest
 * facts, streak and exam plan.
 */
@Service
public class ProgressService {

    static final int DAYS_SHOWN = 30;
    static final int WEAKEST_SHOWN = 8;
    static final int ATTEMPTS_SHOWN = 20;

    private final ReviewService reviews;
    private final AttemptStore attempts;
    private final FactCatalog catalog;
    private final ZoneId zone = ZoneId.systemDefault();

    public ProgressService(ReviewService reviews, AttemptStore attempts, FactCatalog catalog) {
        this.reviews = reviews;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    public record LabelledWeakFact(String label, Progress.WeakFact fact) {
    }

    /**
     * @param scores   the share of review answers right, per day
     * @param attempts the latest closed practice sessions and tests, oldest first
     */
    public record Dashboard(List<Progress.DayScore> scores, List<FinishedAttempt> attempts, int streak,
                            List<Progress.AreaMastery> mastery, List<LabelledWeakFact> weakest,
                            Optional<ExamPlan> plan) {
    }

    public Dashboard dashboard(String user, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant since = today.minusDays(DAYS_SHOWN).atStartOfDay(zone).toInstant();
        ReviewHistory history = reviews.history(user, since, now);
        FactBase facts = catalog.primary();
        Map<Area, Integer> totals = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            totals.put(area, facts.inArea(org.cstoquiz.domain.Area.valueOf(area.name())).size());
        }
        List<Progress.AreaMastery> mastery = Progress.mastery(history.recall(),
                id -> facts.find(id).map(f -> Area.valueOf(f.area().name())).orElse(null), totals);
        List<LabelledWeakFact> weakest = Progress.weakest(history.recall(), WEAKEST_SHOWN).stream()
                .map(w -> new LabelledWeakFact(facts.find(w.factId()).map(Fact::label).orElse(w.factId()), w))
                .toList();
        return new Dashboard(Progress.dailyScores(history.answers(), today, DAYS_SHOWN, zone),
                attempts.finished(user, ATTEMPTS_SHOWN),
                Progress.streak(history.answers(), today, zone), mastery, weakest,
                reviews.status(user, now).plan());
    }

}
