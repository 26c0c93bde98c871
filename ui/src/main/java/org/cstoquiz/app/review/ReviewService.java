package org.cstoquiz.app.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.app.review.ReviewItem.FactKey;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.CardState;
import org.cstoquiz.engine.schedule.FsrsScheduler;
import org.cstoquiz.engine.schedule.Rating;
import org.cstoquiz.engine.schedule.ReviewOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced review of facts under FSRS (default parameters), as Anki does it: the facts that are due
 * (in the learner's own time zone), then new ones (a daily allowance, or what an exam date
 * requires), each asked with one of its questions, the types taking turns. The learner rates each
 * recall Again, Hard, Good or Easy, seeing beforehand what each rating would give; the latest
 * rating can be undone. Cards and answers are kept per pack, since fact ids are unique within a
 * pack only.
 */
@Service
@Transactional
public class ReviewService {

    /** New facts a day when no exam date is set, and the least an exam plan asks for. */
    public static final int DEFAULT_NEW_PER_DAY = 10;
    /** As Anki's learn-ahead limit: with nothing else left, a fact on a learning step due within this is asked early. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    /** The scheduler, with FSRS's default parameters. */
    static final FsrsScheduler FSRS = FsrsScheduler.withDefaults();

    private final ReviewCardRepository cards;
    private final ReviewLogRepository log;
    private final LearnerSettingsService settings;
    private final ReviewQuestions questions;
    private final ReviewPlans plans;

    ReviewService(ReviewCardRepository cards, ReviewLogRepository log, LearnerSettingsService settings,
                  ReviewQuestions questions, ReviewPlans plans) {
        this.cards = cards;
        this.log = log;
        this.settings = settings;
        this.questions = questions;
        this.plans = plans;
    }

    // ------------------------------------------------------------------------------------ asking

    /**
     * The next fact to review at {@code now}: the one due longest, else a new fact if today's
     * allowance is not used up, else a learning step due within {@link #LEARN_AHEAD}; never one of
     * {@code skipped} (the facts passed over in this sitting).
     */
    @Transactional(readOnly = true)
    public Optional<ReviewItem> next(String user, Instant now, Set<FactKey> skipped) {
        return next(user, builtIn(), now, skipped);
    }

    /** The next fact of pack {@code packId} to review at {@code now}, as {@link #next(String, Instant, Set)}. */
    @Transactional(readOnly = true)
    public Optional<ReviewItem> next(String user, String packId, Instant now, Set<FactKey> skipped) {
        ReviewPool pool = questions.pool(packId);
        ZoneId zone = settings.zone(user);
        List<ReviewCard> mine = questions.reviewable(user, pool);
        Optional<ReviewCard> due = mine.stream()
                .filter(c -> !skipped.contains(new FactKey(c.pack(), c.factId())))
                .filter(c -> FsrsScheduler.isDue(c.card(), now, zone))
                .min(Comparator.comparing((ReviewCard c) -> c.card().due()).thenComparing(ReviewCard::factId));
        if (due.isPresent()) {
            return due.map(c -> item(pool, c, false));
        }
        if (plans.newLeftToday(user, mine, pool, now, zone) > 0) {
            Set<String> seen = mine.stream().map(ReviewCard::factId).collect(Collectors.toSet());
            Optional<String> fresh = pool.newOrder().stream()
                    .filter(f -> !seen.contains(f) && !skipped.contains(new FactKey(pool.pack(), f)))
                    .findFirst();
            if (fresh.isPresent()) {
                String fact = fresh.get();
                return Optional.of(new ReviewItem(pool.pack(), fact, label(pool.pack(), fact),
                        pool.forFact(fact).getFirst(), CardState.NEW, false));
            }
        }
        return mine.stream()
                .filter(c -> !skipped.contains(new FactKey(c.pack(), c.factId())))
                .filter(c -> onLearningStep(c.card()) && !c.card().due().isAfter(now.plus(LEARN_AHEAD)))
                .min(Comparator.comparing((ReviewCard c) -> c.card().due()))
                .map(c -> item(pool, c, true));
    }

    private ReviewItem item(ReviewPool pool, ReviewCard stored, boolean early) {
        Card card = stored.card();
        List<Question> forFact = pool.forFact(stored.factId());
        return new ReviewItem(stored.pack(), stored.factId(), label(stored.pack(), stored.factId()),
                forFact.get(card.reps() % forFact.size()), card.state(), early);
    }

    private static boolean onLearningStep(Card card) {
        return card.state() != CardState.NEW && card.scheduledDays() == 0;
    }

    /** What each rating would give the item's fact if rated at {@code now}, Again to Easy. */
    @Transactional(readOnly = true)
    public List<RatingOption> preview(String user, ReviewItem item, Instant now) {
        Card card = cards.findByUsernameAndPackAndFactId(user, item.pack(), item.factId()).map(ReviewCard::card)
                .orElseGet(() -> Card.newCard(now));
        return FSRS.preview(card, now, settings.zone(user)).values().stream()
                .map(o -> new RatingOption(o.rating(), o.interval(), o.next().due()))
                .toList();
    }

    /** How long a question of this type should take to answer; faster is Easy, much slower Hard. */
    public static Duration expectedAnswerTime(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE, NUMERIC, SHORT_ANSWER -> Duration.ofSeconds(20);
            case MULTIPLE_RESPONSE, STATEMENTS, ASSERTION_REASON -> Duration.ofSeconds(40);
            case ORDERING, MATCHING -> Duration.ofSeconds(60);
        };
    }

    /**
     * The rating an answer suggests: Again when wrong or blank, Hard when partly right, and when
     * right, by speed against {@link #expectedAnswerTime}.
     */
    public static Rating suggestedRating(Question question, Grade grade, Duration taken) {
        return Rating.fromAnswer(grade.fraction(), taken.isNegative() ? Duration.ZERO : taken,
                expectedAnswerTime(question.type()));
    }

    /** The sources of a question, by title, with when their information holds. */
    @Transactional(readOnly = true)
    public List<SourceLine> sources(ReviewItem item) {
        return questions.sources(item);
    }

    // ------------------------------------------------------------------------------------ rating

    /**
     * Stores the learner's rating of the item at {@code now} and schedules its fact's next review.
     *
     * @param correct   whether the answer was right (for a recall the learner rated: anything but Again)
     * @param selfRated whether the learner chose the rating, rather than took the one suggested
     */
    public Reviewed rate(String user, ReviewItem item, Rating rating, boolean correct, boolean selfRated, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        ZoneId zone = settings.zone(user);
        Optional<ReviewCard> stored = cards.findByUsernameAndPackAndFactId(user, item.pack(), item.factId());
        ReviewLogEntry entry = new ReviewLogEntry(user, item.pack(), item.factId(), item.question().id(),
                item.question().area(), correct, rating, selfRated, at, stored);
        ReviewCard card = stored.orElseGet(() -> new ReviewCard(user, item.pack(), item.factId(), at, Card.newCard(at)));
        ReviewOutcome outcome = FSRS.review(card.card(), rating, at, zone);
        card.update(outcome.next());
        cards.save(card);
        log.save(entry);
        return new Reviewed(entry.id(), item, rating, at, outcome.next().due(), outcome.interval(),
                outcome.next().scheduledDays() > 0);
    }

    /**
     * Undoes a review of the learner's: the card is put back as it was before (removed, if that
     * review introduced the fact) and the answer is deleted. Returns the item to ask again.
     *
     * @throws ReviewException if the review is not the learner's, was made before reviews could be
     *                         undone, or the fact has been reviewed again since
     */
    public ReviewItem undo(String user, long reviewId) {
        ReviewLogEntry entry = log.findById(reviewId).filter(e -> e.username().equals(user))
                .orElseThrow(() -> new ReviewException("That review is not there any more."));
        if (!entry.undoable()) {
            throw new ReviewException("That review was made before reviews could be undone.");
        }
        ReviewCard card = cards.findByUsernameAndPackAndFactId(user, entry.pack(), entry.factId())
                .filter(c -> entry.reviewedAt().equals(c.card().lastReview()))
                .orElseThrow(() -> new ReviewException("That fact has been reviewed again since; only the latest "
                        + "review of a fact can be undone."));
        Card before;
        if (entry.introducedTheFact()) {
            before = Card.newCard(entry.reviewedAt());
            cards.delete(card);
        } else {
            before = entry.previousCard();
            card.update(before);
            cards.save(card);
        }
        log.delete(entry);
        List<Question> forFact = questions.pool(entry.pack()).forFact(entry.factId());
        Question asked = entry.questionId()
                .flatMap(id -> forFact.stream().filter(q -> q.id().equals(id)).findFirst())
                .orElseGet(() -> forFact.get(before.reps() % forFact.size()));
        return new ReviewItem(entry.pack(), entry.factId(), label(entry.pack(), entry.factId()), asked, before.state(),
                false);
    }

    // ------------------------------------------------------------------------------------ exam date and status

    /** @throws IllegalArgumentException with a message for the user when the date is not after today (in their zone) */
    public void setExamDate(String user, LocalDate date, Instant now) {
        plans.setExamDate(user, date, now);
    }

    public void clearExamDate(String user) {
        plans.clearExamDate(user);
    }

    @Transactional(readOnly = true)
    public ReviewStatus status(String user, Instant now) {
        return status(user, builtIn(), now);
    }

    /** Where the learner stands with the facts of pack {@code packId}. */
    @Transactional(readOnly = true)
    public ReviewStatus status(String user, String packId, Instant now) {
        return plans.status(user, packId, now);
    }

    // ------------------------------------------------------------------------------------ packs and names

    /** The packs (organizations) whose facts can be reviewed, the built-in one first; each keeps its own progress. */
    public List<PackInfo> packs() {
        return questions.packs();
    }

    /** The pack review draws its facts from unless another is chosen. */
    public String builtIn() {
        return questions.builtIn();
    }

    /**
     * The name of a fact of a pack, for lists: its label, with the ids of other facts it mentions
     * ("country.tajikistan in org.csto") replaced by their names ("Tajikistan in CSTO").
     */
    public String label(String pack, String factId) {
        return questions.label(pack, factId);
    }
}
