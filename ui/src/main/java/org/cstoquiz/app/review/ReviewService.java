package org.cstoquiz.app.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.cstoquiz.engine.schedule.FsrsScheduler;
import org.cstoquiz.engine.schedule.Rating;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced review of facts under FSRS (default parameters): serves the facts that are due, then new
 * ones (a daily allowance, or what an exam date requires), each as a quick question; the rating
 * comes from correctness and speed.
 */
@Service
@Transactional
public class ReviewService {

    /** New facts a day when no exam date is set. */
    public static final int DEFAULT_NEW_PER_DAY = 10;
    /** How long a quick review question should take; faster is EASY, much slower HARD. */
    static final Duration EXPECTED_ANSWER_TIME = Duration.ofSeconds(20);

    private final ReviewCardRepository cards;
    private final ReviewLogRepository log;
    private final ExamDateRepository exams;
    private final QuestionBankService bank;
    private final FsrsScheduler fsrs = FsrsScheduler.withDefaults();
    private final ZoneId zone = ZoneId.systemDefault();

    public ReviewService(ReviewCardRepository cards, ReviewLogRepository log, ExamDateRepository exams,
                         QuestionBankService bank) {
        this.cards = cards;
        this.log = log;
        this.exams = exams;
        this.bank = bank;
    }

    public record ReviewItem(String factId, Question question, boolean isNew) {
    }

    public record ReviewResult(Grade grade, Rating rating, Instant nextDue) {
        public boolean correct() {
            return grade.state() == GradeState.CORRECT;
        }
    }

    public record Status(int dueNow, int newLeftToday, int seen, int total, Optional<LocalDate> examDate,
                         Optional<ExamPlan> plan) {
    }

    /** The quick questions (single choice, true/false) of each fact that has some, in bank order. */
    private Map<String, List<Question>> questionsByFact() {
        Map<String, List<Question>> byFact = new LinkedHashMap<>();
        for (Question q : bank.bank(ExportRequest.DEFAULT_SEED).questions()) {
            if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.TRUE_FALSE) {
                for (String fact : q.factIds()) {
                    byFact.computeIfAbsent(fact, f -> new java.util.ArrayList<>()).add(q);
                }
            }
        }
        return byFact;
    }

    @Transactional(readOnly = true)
    public Optional<ReviewItem> next(String user, Instant now) {
        Map<String, List<Question>> byFact = questionsByFact();
        for (ReviewCard due : cards.findByUsernameAndDueLessThanEqualOrderByDueAsc(user, now)) {
            List<Question> questions = byFact.get(due.factId());
            if (questions != null) {
                return Optional.of(new ReviewItem(due.factId(), pick(questions, due.card().reps()), false));
            }
        }
        if (newLeftToday(user, now, byFact.size()) <= 0) {
            return Optional.empty();
        }
        var seen = cards.findByUsername(user).stream().map(ReviewCard::factId).collect(Collectors.toSet());
        return byFact.entrySet().stream().filter(e -> !seen.contains(e.getKey())).findFirst()
                .map(e -> new ReviewItem(e.getKey(), pick(e.getValue(), 0), true));
    }

    private static Question pick(List<Question> questions, int reps) {
        return questions.get(reps % questions.size());
    }

    /** Grades the answer, rates it from correctness and time taken, and schedules the fact's next review. */
    public ReviewResult answer(String user, ReviewItem item, Response response, Duration taken, Instant now) {
        Grade grade = item.question().grade(response);
        Rating rating = Rating.fromCorrectnessAndSpeed(grade.state() == GradeState.CORRECT,
                taken.isNegative() ? Duration.ZERO : taken, EXPECTED_ANSWER_TIME);
        ReviewCard stored = cards.findByUsernameAndFactId(user, item.factId())
                .orElseGet(() -> new ReviewCard(user, item.factId(), now, Card.newCard(now)));
        Card next = fsrs.review(stored.card(), rating, now).next();
        stored.update(next);
        cards.save(stored);
        log.save(new ReviewLogEntry(user, item.factId(), item.question().area(), grade.state() == GradeState.CORRECT,
                rating, now));
        return new ReviewResult(grade, rating, next.due());
    }

    /** Answers since {@code since}, and the recall of every fact seen, as of {@code now}. */
    @Transactional(readOnly = true)
    public ReviewHistory history(String user, Instant since, Instant now) {
        var answers = log.findByUsernameAndReviewedAtGreaterThanEqualOrderByReviewedAtAsc(user, since).stream()
                .map(ReviewLogEntry::toAnswer).toList();
        var recall = cards.findByUsername(user).stream()
                .map(c -> new ReviewHistory.Recall(c.factId(), fsrs.retrievability(c.card(), now), c.card().lapses()))
                .toList();
        return new ReviewHistory(answers, recall);
    }

    /** @throws IllegalArgumentException with a message for the user when the date is not in the future */
    public void setExamDate(String user, LocalDate date, Instant now) {
        if (!date.isAfter(now.atZone(zone).toLocalDate())) {
            throw new IllegalArgumentException("The exam date must be after today.");
        }
        exams.findById(user).ifPresentOrElse(e -> e.change(date), () -> exams.save(new ExamDate(user, date)));
    }

    public void clearExamDate(String user) {
        exams.deleteById(user);
    }

    @Transactional(readOnly = true)
    public Status status(String user, Instant now) {
        Map<String, List<Question>> byFact = questionsByFact();
        List<ReviewCard> mine = cards.findByUsername(user);
        int dueNow = (int) mine.stream().filter(c -> !c.card().due().isAfter(now)).count();
        Optional<LocalDate> examDate = exams.findById(user).map(ExamDate::date);
        Optional<ExamPlan> plan = examDate.map(d -> ExamPlan.of(now.atZone(zone).toLocalDate(), d, zone,
                byFact.keySet(), mine.stream().collect(Collectors.toMap(ReviewCard::factId, ReviewCard::card)), fsrs,
                DEFAULT_NEW_PER_DAY));
        return new Status(dueNow, newLeftToday(user, now, byFact.size()), mine.size(), byFact.size(), examDate, plan);
    }

    private int newLeftToday(String user, Instant now, int total) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int allowance = exams.findById(user).map(ExamDate::date).filter(d -> d.isAfter(today))
                .map(d -> (int) Math.ceilDiv(total - cards.findByUsername(user).size()
                        + introducedToday(user, now), java.time.temporal.ChronoUnit.DAYS.between(today, d)))
                .orElse(DEFAULT_NEW_PER_DAY);
        return Math.max(0, allowance - introducedToday(user, now));
    }

    private int introducedToday(String user, Instant now) {
        Instant startOfDay = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return (int) cards.countByUsernameAndIntroducedAtGreaterThanEqual(user, startOfDay);
    }

}
