package org.cstoquiz.app.attempt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.generate.Bank;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where practice sessions and tests are kept: each is a row with its questions fixed at the start and
 * an append-only list of steps, and every request rebuilds it from those steps, so the server alone
 * decides what is accepted. The features work inside {@link #inTransaction}: they load or create
 * attempts there and {@link LoadedAttempt#apply apply} actions to them; what an action changes is
 * stored in the transaction that accepts it.
 *
 * <p>Times are passed in so callers decide the clock; they are kept to the microsecond, as the
 * database stores them ({@link #exact}).
 */
@Service
public class AttemptStore {

    private final AttemptRecords records;
    private final StoredAttemptRepository attempts;
    private final AttemptTransactions transactions;
    private final QuestionPool questions;

    AttemptStore(AttemptRecords records, StoredAttemptRepository attempts, AttemptTransactions transactions,
                 QuestionPool questions) {
        this.records = records;
        this.attempts = attempts;
        this.transactions = transactions;
        this.questions = questions;
    }

    /** {@code now} as stored: to the microsecond. */
    public static Instant exact(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Runs {@code work} in a transaction of its own. Requests that change one attempt take turns (its
     * row is locked while they load and append); should two still clash, the work starts over from the
     * steps as they now are.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.run(work);
    }

    // ---------------------------------------------------------------- inside a transaction

    /** Stores a new attempt, started at {@code startedAt} with no steps yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LoadedAttempt create(NewAttempt request, Instant startedAt) {
        AttemptPlan plan = request.plan(startedAt);
        Bank source = questions.source(request.pack());
        StoredAttempt row = records.create(request.owner(), request.kind(), plan, source.packId(), source.seed(),
                request.seed(), request.areas(), request.types(), request.title());
        return new LoadedAttempt(records, row, Attempt.start(plan));
    }

    /**
     * One of the owner's attempts of that kind, locked.
     *
     * @throws AttemptException if the owner has no such attempt
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LoadedAttempt load(String owner, AttemptKind kind, long id) {
        return attempts.findForUpdateByIdAndOwnerAndKind(id, owner, kind)
                .map(this::loaded)
                .orElseThrow(() -> new AttemptException("There is no " + kind.noun() + " " + id + " of yours."));
    }

    /** The owner's attempts of that kind still in progress, locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LoadedAttempt> inProgress(String owner, AttemptKind kind) {
        return attempts.findIds(owner, kind, AttemptState.IN_PROGRESS).stream().map(id -> load(owner, kind, id)).toList();
    }

    /** The owner's most recent attempt of that kind, open or closed, locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LoadedAttempt> latest(String owner, AttemptKind kind) {
        return attempts.findIdsLatestFirst(owner, kind, Limit.of(1)).stream().findFirst().map(id -> load(owner, kind, id));
    }

    /** The owner's closed attempts of that kind, the latest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LoadedAttempt> closed(String owner, AttemptKind kind) {
        return attempts.findClosedLatestFirst(owner, kind).stream().map(this::loaded).toList();
    }

    private LoadedAttempt loaded(StoredAttempt row) {
        return new LoadedAttempt(records, row, records.load(row));
    }

    // ---------------------------------------------------------------- each in transactions of its own

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
                    .map(row -> !loaded(row).apply(attempt -> attempt.closeIfOverdue(at)).changes().isEmpty())
                    .orElse(false));
            closed += didClose ? 1 : 0;
        }
        return closed;
    }

    /**
     * Every question of the owner's practice sessions and tests that closed at or after {@code since},
     * as graded (a blank counts), the oldest attempt first.
     */
    public List<GradedAnswer> gradedAnswers(String owner, Instant since) {
        return inTransaction(() -> attempts.findClosedLatestFirst(owner, Limit.unlimited()).reversed().stream()
                .filter(row -> row.getFinishedAt().filter(at -> !at.isBefore(since)).isPresent())
                .flatMap(row -> {
                    Attempt attempt = records.load(row);
                    Instant finished = row.getFinishedAt().orElseThrow();
                    return attempt.result().stream().flatMap(result -> result.slots().stream()).map(slot -> {
                        var question = attempt.slot(slot.slotNumber()).question();
                        return new GradedAnswer(row.getKind(), finished, question.area(), question.factIds(), slot.grade());
                    });
                })
                .toList());
    }

    /** The owner's latest closed practice sessions and tests, at most {@code limit}, the oldest of them first. */
    public List<FinishedAttempt> finished(String owner, int limit) {
        return inTransaction(() -> attempts.findClosedLatestFirst(owner, Limit.of(limit)).reversed().stream()
                .map(row -> new FinishedAttempt(row.getStartedAt(), row.heading(), row.getKind() == AttemptKind.TEST,
                        records.load(row).result().orElseThrow().total().percentage()))
                .toList());
    }
}
