package org.cstoquiz.app.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.SourceDocument;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.CardState;
import org.cstoquiz.engine.schedule.ExamPlan;
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
    /** A fact id inside a label: dot-separated lower-case words, at least two. */
    private static final Pattern FACT_ID = Pattern.compile("\\b[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+\\b");
    /** Questions testing more facts than this are asked about a fact only when it has no other. */
    static final int MAX_FACTS_PER_QUESTION = 6;

    private final ReviewCardRepository cards;
    private final ReviewLogRepository log;
    private final ExamDateRepository exams;
    private final QuestionBankService bank;
    private final FactCatalog catalog;
    private final LearnerSettingsService settings;
    private final FsrsScheduler fsrs = FsrsScheduler.withDefaults();
    private final Map<String, Pool> pools = new java.util.concurrent.ConcurrentHashMap<>();

    public ReviewService(ReviewCardRepository cards, ReviewLogRepository log, ExamDateRepository exams,
                         QuestionBankService bank, FactCatalog catalog, LearnerSettingsService settings) {
        this.cards = cards;
        this.log = log;
        this.exams = exams;
        this.bank = bank;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * A fact to review now and the question it is asked with.
     *
     * @param state the state of its card: NEW for a fact never reviewed
     * @param early whether it is a learning step shown before its time because nothing else is left
     */
    public record ReviewItem(String pack, String factId, String factLabel, Question question, CardState state,
                             boolean early) {
        public boolean isNew() {
            return state == CardState.NEW;
        }

        public FactKey key() {
            return new FactKey(pack, factId);
        }
    }

    /** A fact of a pack. */
    public record FactKey(String pack, String factId) {
    }

    /** What a rating would give: when the fact would come back. */
    public record RatingOption(Rating rating, Duration interval, Instant due) {
    }

    /**
     * A rating stored.
     *
     * @param id       the stored review, to undo it
     * @param interval from the review to the next one
     * @param inDays   whether the next review is scheduled in days (due any time on its day) rather than minutes
     */
    public record Reviewed(long id, ReviewItem item, Rating rating, Instant at, Instant nextDue, Duration interval,
                           boolean inDays) {
    }

    /** A source of a question, by its title. */
    public record SourceLine(String title, Optional<String> asOf, String quote) {
    }

    /**
     * @param dueNow       facts due now
     * @param newLeftToday new facts still to introduce today
     * @param seen         facts reviewed at least once, of {@code total} that can be reviewed
     * @param nextDue      when the next fact not yet due falls due, if any
     * @param today        today in the learner's zone
     */
    public record Status(int dueNow, int newLeftToday, int seen, int total, Optional<LocalDate> examDate,
                         Optional<ExamPlan> plan, Optional<NextDue> nextDue, ZoneId zone, LocalDate today) {
    }

    /**
     * When the next fact not yet due falls due.
     *
     * @param inDays whether it is scheduled in days (due any time on the day of {@code at}) rather than minutes
     */
    public record NextDue(Instant at, boolean inDays) {
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
        Pool questions = pool(packId);
        ZoneId zone = settings.zone(user);
        List<ReviewCard> mine = reviewable(user, questions);
        Optional<ReviewCard> due = mine.stream()
                .filter(c -> !skipped.contains(new FactKey(c.pack(), c.factId())))
                .filter(c -> FsrsScheduler.isDue(c.card(), now, zone))
                .min(Comparator.comparing((ReviewCard c) -> c.card().due()).thenComparing(ReviewCard::factId));
        if (due.isPresent()) {
            return due.map(c -> item(questions, c, false));
        }
        if (newLeftToday(user, mine, questions, now, zone) > 0) {
            Set<String> seen = mine.stream().map(ReviewCard::factId).collect(Collectors.toSet());
            Optional<String> fresh = questions.newOrder().stream()
                    .filter(f -> !seen.contains(f) && !skipped.contains(new FactKey(questions.pack(), f)))
                    .findFirst();
            if (fresh.isPresent()) {
                String fact = fresh.get();
                return Optional.of(new ReviewItem(questions.pack(), fact, label(questions.pack(), fact),
                        questions.forFact(fact).getFirst(), CardState.NEW, false));
            }
        }
        return mine.stream()
                .filter(c -> !skipped.contains(new FactKey(c.pack(), c.factId())))
                .filter(c -> onLearningStep(c.card()) && !c.card().due().isAfter(now.plus(LEARN_AHEAD)))
                .min(Comparator.comparing((ReviewCard c) -> c.card().due()))
                .map(c -> item(questions, c, true));
    }

    private ReviewItem item(Pool questions, ReviewCard stored, boolean early) {
        Card card = stored.card();
        List<Question> forFact = questions.forFact(stored.factId());
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
        return fsrs.preview(card, now, settings.zone(user)).values().stream()
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
        return item.question().sources().stream().map(source -> {
            Optional<SourceDocument> document = catalog.pack(item.pack()).pack().source(source.document());
            return new SourceLine(document.map(SourceDocument::title).orElse(source.document()),
                    document.flatMap(SourceDocument::asOf).map(org.cstoquiz.domain.PartialDate::display), source.quote());
        }).toList();
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
        ReviewOutcome outcome = fsrs.review(card.card(), rating, at, zone);
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
        Pool questions = pool(entry.pack());
        List<Question> forFact = questions.forFact(entry.factId());
        Question asked = entry.questionId()
                .flatMap(id -> forFact.stream().filter(q -> q.id().equals(id)).findFirst())
                .orElseGet(() -> forFact.get(before.reps() % forFact.size()));
        return new ReviewItem(entry.pack(), entry.factId(), label(entry.pack(), entry.factId()), asked, before.state(),
                false);
    }

    // ------------------------------------------------------------------------------------ exam date and status

    /** @throws IllegalArgumentException with a message for the user when the date is not after today (in their zone) */
    public void setExamDate(String user, LocalDate date, Instant now) {
        if (!date.isAfter(LocalDate.ofInstant(now, settings.zone(user)))) {
            throw new IllegalArgumentException("The exam date must be after today.");
        }
        exams.findById(user).ifPresentOrElse(e -> e.change(date), () -> exams.save(new ExamDate(user, date)));
    }

    public void clearExamDate(String user) {
        exams.deleteById(user);
    }

    @Transactional(readOnly = true)
    public Status status(String user, Instant now) {
        return status(user, builtIn(), now);
    }

    /** Where the learner stands with the facts of pack {@code packId}. */
    @Transactional(readOnly = true)
    public Status status(String user, String packId, Instant now) {
        Pool questions = pool(packId);
        ZoneId zone = settings.zone(user);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ReviewCard> mine = reviewable(user, questions);
        int dueNow = (int) mine.stream().filter(c -> FsrsScheduler.isDue(c.card(), now, zone)).count();
        Optional<NextDue> nextDue = mine.stream().filter(c -> !FsrsScheduler.isDue(c.card(), now, zone))
                .map(ReviewCard::card).min(Comparator.comparing(Card::due))
                .map(c -> new NextDue(c.due(), c.scheduledDays() > 0));
        Optional<LocalDate> examDate = exams.findById(user).map(ExamDate::date);
        Optional<ExamPlan> plan = examDate.map(d -> ExamPlan.of(today, d, zone, questions.facts(),
                mine.stream().collect(Collectors.toMap(ReviewCard::factId, ReviewCard::card)), fsrs,
                DEFAULT_NEW_PER_DAY));
        return new Status(dueNow, newLeftToday(user, mine, questions, now, zone), mine.size(), questions.facts().size(),
                examDate, plan, nextDue, zone, today);
    }

    /**
     * Today's allowance of new facts, less those introduced today: {@link #DEFAULT_NEW_PER_DAY}, or
     * with an exam date what the plan asks for, counted from the facts unseen when today began.
     */
    private int newLeftToday(String user, List<ReviewCard> mine, Pool questions, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfDay = today.atStartOfDay(zone).toInstant();
        int introducedToday = (int) mine.stream().filter(c -> !c.introducedAt().isBefore(startOfDay)).count();
        int unseen = questions.facts().size() - mine.size();
        int allowance = exams.findById(user).map(ExamDate::date).filter(d -> d.isAfter(today))
                .map(d -> ExamPlan.newPerDay(unseen + introducedToday, ChronoUnit.DAYS.between(today, d),
                        DEFAULT_NEW_PER_DAY))
                .orElse(DEFAULT_NEW_PER_DAY);
        return Math.max(0, Math.min(allowance - introducedToday, unseen));
    }

    // ------------------------------------------------------------------------------------ for progress

    /** The packs (organizations) whose facts can be reviewed, the built-in one first; each keeps its own progress. */
    public List<PackInfo> packs() {
        return catalog.packs();
    }

    /** The pack review draws its facts from unless another is chosen: the built-in one. */
    public String pack() {
        return builtIn();
    }

    private String builtIn() {
        return catalog.primary().pack().id();
    }

    /** How many facts of each area can be reviewed (those with a question), in the pack review draws from. */
    public Map<Area, Integer> reviewableFactsPerArea() {
        return reviewableFactsPerArea(builtIn());
    }

    /** How many facts of each area of pack {@code packId} can be reviewed. */
    public Map<Area, Integer> reviewableFactsPerArea(String packId) {
        Pool questions = pool(packId);
        Map<Area, Integer> counts = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            counts.put(area, 0);
        }
        questions.facts().forEach(f -> counts.merge(questions.forFact(f).getFirst().area(), 1, Integer::sum));
        return counts;
    }

    /**
     * The name of a fact of a pack, for lists: its label, with the ids of other facts it mentions
     * ("country.tajikistan in org.csto") replaced by their names ("Tajikistan in CSTO").
     */
    public String label(String pack, String factId) {
        FactBase base = catalog.pack(pack);
        String label = base.find(factId).map(Fact::label).orElse(factId);
        return FACT_ID.matcher(label).replaceAll(found -> Matcher.quoteReplacement(
                base.find(found.group()).filter(f -> !f.id().equals(factId)).map(Fact::label).orElse(found.group())));
    }

    /** The probability of recalling a card at {@code now}, from the forgetting curve (0 for a new card). */
    public double retrievability(Card card, Instant now) {
        return fsrs.retrievability(card, now);
    }

    /** Review answers since {@code since}, and every fact reviewed with its card and answer figures. */
    @Transactional(readOnly = true)
    public ReviewHistory history(String user, Instant since) {
        return history(user, pack(), since);
    }

    /** Review answers of pack {@code pack} since {@code since}, and every fact of it reviewed. */
    @Transactional(readOnly = true)
    public ReviewHistory history(String user, String pack, Instant since) {
        List<ReviewHistory.Answer> answers = log
                .findByUsernameAndPackAndReviewedAtGreaterThanEqualOrderByReviewedAtAsc(user, pack, since).stream()
                .map(ReviewLogEntry::toAnswer).toList();
        Map<String, ReviewLogRepository.FactCounts> counts = log.countsPerFact(user, pack).stream()
                .collect(Collectors.toMap(ReviewLogRepository.FactCounts::getFactId, c -> c));
        Map<String, ReviewLogEntry> latest = log.latestPerFact(user, pack).stream()
                .collect(Collectors.toMap(ReviewLogEntry::factId, e -> e, (a, b) -> a.id() > b.id() ? a : b));
        List<ReviewHistory.FactRecord> facts = new ArrayList<>();
        for (ReviewCard card : cards.findByUsernameAndPack(user, pack)) {
            ReviewLogEntry last = latest.get(card.factId());
            ReviewLogRepository.FactCounts figures = counts.get(card.factId());
            if (last == null || figures == null) {
                continue;
            }
            facts.add(new ReviewHistory.FactRecord(card.factId(), last.toAnswer().area(), card.card(),
                    (int) figures.getAnswered(), (int) figures.getRightAnswers(), last.correct()));
        }
        facts.sort(Comparator.comparing(ReviewHistory.FactRecord::factId));
        return new ReviewHistory(pack, answers, facts);
    }

    // ------------------------------------------------------------------------------------ the questions

    private List<ReviewCard> reviewable(String user, Pool questions) {
        return cards.findByUsernameAndPack(user, questions.pack()).stream()
                .filter(c -> questions.has(c.factId()))
                .toList();
    }

    private Pool pool(String packId) {
        Bank current = bank.bank(packId, ExportRequest.DEFAULT_SEED);
        Pool known = pools.get(packId);
        if (known == null || known.bank() != current) {
            known = Pool.of(current);
            pools.put(packId, known);
        }
        return known;
    }

    /**
     * The questions of each fact of a bank, the types taking turns (a fact asked as single choice,
     * then true/false, then by its year...), and the order new facts are introduced in: the areas
     * taking turns, each in bank order.
     */
    record Pool(Bank bank, Map<String, List<Question>> byFact, List<String> newOrder) {

        static Pool of(Bank bank) {
            Map<String, List<Question>> all = new LinkedHashMap<>();
            for (Question q : bank.questions()) {
                for (String fact : q.factIds()) {
                    all.computeIfAbsent(fact, f -> new ArrayList<>()).add(q);
                }
            }
            Map<String, List<Question>> byFact = new LinkedHashMap<>();
            all.forEach((fact, questions) -> byFact.put(fact, typesTakingTurns(questions)));
            Map<Area, List<String>> byArea = new EnumMap<>(Area.class);
            byFact.forEach((fact, questions) -> byArea.computeIfAbsent(questions.getFirst().area(),
                    a -> new ArrayList<>()).add(fact));
            return new Pool(bank, byFact, roundRobin(byArea.values()));
        }

        private static List<Question> typesTakingTurns(List<Question> questions) {
            List<Question> focused = questions.stream().filter(q -> q.factIds().size() <= MAX_FACTS_PER_QUESTION).toList();
            List<Question> usable = focused.isEmpty() ? questions : focused;
            Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
            usable.stream()
                    .sorted(Comparator.comparingInt((Question q) -> q.factIds().size()))
                    .forEach(q -> byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q));
            List<List<Question>> groups = new ArrayList<>(byType.values());
            groups.sort(Comparator.comparingInt((List<Question> g) -> g.getFirst().factIds().size()));
            return roundRobin(groups);
        }

        private static <T> List<T> roundRobin(Collection<List<T>> lists) {
            List<T> out = new ArrayList<>();
            int longest = lists.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (List<T> list : lists) {
                    if (i < list.size()) {
                        out.add(list.get(i));
                    }
                }
            }
            return out;
        }

        String pack() {
            return bank.packId();
        }

        boolean has(String fact) {
            return byFact.containsKey(fact);
        }

        List<Question> forFact(String fact) {
            return byFact.get(fact);
        }

        Set<String> facts() {
            return byFact.keySet();
        }
    }
}
