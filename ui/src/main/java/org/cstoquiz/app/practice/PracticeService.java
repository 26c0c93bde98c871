package org.cstoquiz.app.practice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.cstoquiz.app.bank.AnswerHistory;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Behaviour;
import org.cstoquiz.engine.attempt.Change;
import org.cstoquiz.engine.attempt.Outcome;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.attempt.SlotPlan;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.stats.ItemResponse;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * Practice sessions: questions drawn from the bank by area and type, answered one at a time with
 * immediate feedback, optionally against a deadline. Every accepted action is stored as steps in
 * the transaction that accepts it, and every request rebuilds the session from its steps, so the
 * server alone decides what is accepted: an answer at or after the deadline is refused (and closes
 * the session) whatever the browser shows.
 *
 * <p>Times are passed in ({@code now}) so callers decide the clock; they are kept to the
 * microsecond, as the database stores them.
 */
@Service
public class PracticeService implements AnswerHistory {

    static final double MARKS_PER_QUESTION = 1.0;

    private final QuestionPool questions;
    private final AttemptRecords records;
    private final StoredAttemptRepository attempts;
    private final AttemptTransactions transactions;

    PracticeService(QuestionPool questions, AttemptRecords records, StoredAttemptRepository attempts,
                    AttemptTransactions transactions) {
        this.questions = questions;
        this.records = records;
        this.attempts = attempts;
        this.transactions = transactions;
    }

    /** How many questions of the bank match the areas and types (empty sets match everything). */
    public int available(Set<Area> areas, Set<QuestionType> types) {
        return pool(areas, types).size();
    }

    /**
     * Starts a session of the owner's; an open practice session of theirs is finished first.
     *
     * @throws PracticeException when no question matches the areas and types
     */
    public PracticeSession start(String owner, PracticeSettings settings, Instant now) {
        Instant startedAt = exact(now);
        List<Question> pool = pool(settings.areas(), settings.types());
        if (pool.isEmpty()) {
            throw new PracticeException("No question matches the areas and types you chose.");
        }
        long seed = ThreadLocalRandom.current().nextLong();
        Collections.shuffle(pool, new Random(seed));
        List<SlotPlan> slots = pool.subList(0, Math.min(settings.length(), pool.size())).stream()
                .map(question -> new SlotPlan(question, MARKS_PER_QUESTION))
                .toList();
        AttemptPlan plan = settings.timeLimit()
                .map(limit -> AttemptPlan.timed(Behaviour.IMMEDIATE_FEEDBACK, settings.scheme(), startedAt, limit, slots))
                .orElseGet(() -> AttemptPlan.untimed(Behaviour.IMMEDIATE_FEEDBACK, settings.scheme(), startedAt, slots));
        Bank source = questions.source();
        return inTransaction(() -> {
            for (long openId : attempts.findIds(owner, AttemptKind.PRACTICE, AttemptState.IN_PROGRESS)) {
                StoredAttempt open = find(owner, openId);
                Outcome finished = records.load(open).finish(startedAt);
                store(open, finished.changes(), finished.attempt());
            }
            StoredAttempt stored = records.create(owner, AttemptKind.PRACTICE, plan, source.packId(), source.seed(),
                    seed, settings);
            return new PracticeSession(stored.getId(), Attempt.start(plan));
        });
    }

    /** The owner's open practice session, if any; one whose deadline has passed is closed, not resumed. */
    public Optional<PracticeSession> current(String owner, Instant now) {
        return latest(owner, now).filter(PracticeSession::isOpen);
    }

    /** The owner's most recent practice session, open or closed (closed first if its deadline has passed). */
    public Optional<PracticeSession> latest(String owner, Instant now) {
        Instant at = exact(now);
        return inTransaction(() -> attempts.findIdsLatestFirst(owner, AttemptKind.PRACTICE, Limit.of(1)).stream()
                .findFirst()
                .map(id -> closeIfOverdue(find(owner, id), at)));
    }

    /**
     * One of the owner's sessions (closed first if its deadline has passed).
     *
     * @throws PracticeException if the owner has no session with that id
     */
    public PracticeSession session(String owner, long id, Instant now) {
        Instant at = exact(now);
        return inTransaction(() -> closeIfOverdue(find(owner, id), at));
    }

    /**
     * Every graded answer of every closed attempt, for item statistics: the share of the marks each
     * question earned (blank = 0) and, for a wrong choice, the text of the option picked.
     */
    @Override
    public List<ItemResponse> gradedAnswers() {
        return inTransaction(() -> {
            List<ItemResponse> out = new ArrayList<>();
            for (long id : attempts.findClosedIds()) {
                StoredAttempt stored = attempts.findById(id).orElseThrow();
                Attempt attempt = records.load(stored);
                attempt.result().ifPresent(result -> result.slots().forEach(r -> {
                    Slot slot = attempt.slot(r.slotNumber());
                    out.add(new ItemResponse(String.valueOf(id), r.questionId(), r.grade().fraction(),
                            r.grade().state() == GradeState.CORRECT ? Optional.empty() : chosenText(slot)));
                }));
            }
            return out;
        });
    }

    private static Optional<String> chosenText(Slot slot) {
        if (!(slot.currentResponse() instanceof Response.Selection selection) || selection.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(slot.question().choices().stream().filter(c -> selection.choiceIds().contains(c.id()))
                .map(Choice::text).collect(java.util.stream.Collectors.joining(" + ")));
    }

    /**
     * Saves and submits the answer to one question and grades it. Refused, with nothing stored, when
     * the session is closed, the question was already answered or the response does not fit it; at
     * or after the deadline it is refused and the session is closed.
     *
     * @throws PracticeException if the owner has no session with that id
     */
    public AnswerResult answer(String owner, long id, int slot, Response response, Instant now) {
        Instant at = exact(now);
        return inTransaction(() -> {
            StoredAttempt stored = find(owner, id);
            Outcome outcome = records.load(stored).saveAnswer(slot, response, at);
            List<Change> changes = new ArrayList<>(outcome.changes());
            if (outcome.isAccepted()) {
                outcome = outcome.attempt().submit(slot, at);
                changes.addAll(outcome.changes());
            }
            store(stored, changes, outcome.attempt());
            PracticeSession session = new PracticeSession(id, outcome.attempt());
            return switch (outcome) {
                case Outcome.Accepted accepted -> new AnswerResult.Graded(session,
                        accepted.attempt().feedback(slot).orElseThrow());
                case Outcome.Rejected rejected -> new AnswerResult.Refused(session, rejected.reason(), rejected.message());
            };
        });
    }

    /**
     * Finishes the session: questions not answered are graded as blank. A session already closed is
     * returned as it is.
     *
     * @throws PracticeException if the owner has no session with that id
     */
    public PracticeSession finish(String owner, long id, Instant now) {
        Instant at = exact(now);
        return inTransaction(() -> {
            StoredAttempt stored = find(owner, id);
            Outcome outcome = records.load(stored).finish(at);
            store(stored, outcome.changes(), outcome.attempt());
            return new PracticeSession(id, outcome.attempt());
        });
    }

    /**
     * Closes every attempt still in progress whose deadline is at or before {@code now}, each in its
     * own transaction; the answers saved before the deadline are graded. Returns how many were closed.
     */
    public int closeOverdue(Instant now) {
        Instant at = exact(now);
        List<Long> overdue = inTransaction(() -> attempts.findOverdue(at));
        int closed = 0;
        for (long id : overdue) {
            boolean didClose = inTransaction(() -> attempts.findForUpdate(id)
                    .map(stored -> {
                        Outcome outcome = records.load(stored).closeIfOverdue(at);
                        store(stored, outcome.changes(), outcome.attempt());
                        return !outcome.changes().isEmpty();
                    })
                    .orElse(false));
            closed += didClose ? 1 : 0;
        }
        return closed;
    }

    /** The owner's latest closed practice sessions and tests, at most {@code limit}, the oldest of them first. */
    public List<FinishedAttempt> finished(String owner, int limit) {
        return inTransaction(() -> attempts.findClosedLatestFirst(owner, Limit.of(limit)).reversed().stream()
                .map(stored -> new FinishedAttempt(stored.getStartedAt(), stored.heading(),
                        stored.getKind() == AttemptKind.TEST,
                        records.load(stored).result().orElseThrow().total().percentage()))
                .toList());
    }

    // ---------------------------------------------------------------- helpers

    private List<Question> pool(Set<Area> areas, Set<QuestionType> types) {
        return questions.matching(areas, types);
    }

    private StoredAttempt find(String owner, long id) {
        return attempts.findForUpdateByIdAndOwnerAndKind(id, owner, AttemptKind.PRACTICE)
                .orElseThrow(() -> new PracticeException("There is no practice session " + id + " of yours."));
    }

    private PracticeSession closeIfOverdue(StoredAttempt stored, Instant now) {
        Outcome outcome = records.load(stored).closeIfOverdue(now);
        store(stored, outcome.changes(), outcome.attempt());
        return new PracticeSession(stored.getId(), outcome.attempt());
    }

    private void store(StoredAttempt stored, List<Change> changes, Attempt after) {
        if (!changes.isEmpty()) {
            records.append(stored, changes, after);
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.run(work);
    }

    private static Instant exact(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
