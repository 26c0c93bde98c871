package org.cstoquiz.app.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptKind;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.attempt.LoadedAttempt;
import org.cstoquiz.app.attempt.NewAttempt;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.facts.SourceNotes;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.attempt.Outcome;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.springframework.stereotype.Service;

/**
 * Practice sessions: questions drawn from the bank by area and type, answered one at a time with
 * immediate feedback, optionally against a deadline. Every accepted action is stored as steps in
 * the transaction that accepts it, and every request rebuilds the session from its steps, so the
 * server alone decides what is accepted: an answer at or after the deadline is refused (and closes
 * the session) whatever the browser shows.
 */
@Service
public class PracticeService {

    private final QuestionPool questions;
    private final AttemptStore attempts;
    private final PracticePreferenceRepository preferences;

    PracticeService(QuestionPool questions, AttemptStore attempts, PracticePreferenceRepository preferences) {
        this.questions = questions;
        this.attempts = attempts;
        this.preferences = preferences;
    }

    /** What the owner asked of their last practice session, to offer again; empty before the first. */
    public Optional<PracticeSettings> lastSettings(String owner) {
        return attempts.inTransaction(() -> preferences.findById(owner).flatMap(PracticePreference::toSettings));
    }

    /** How the sources of a pack's questions are named, and where they disagree: for showing feedback. */
    public SourceNotes sourceNotes(String packId) {
        return questions.sourceNotes(packId);
    }

    /** The packs (organizations) one can practise, the built-in one first. */
    public List<PackInfo> packs() {
        return questions.packs();
    }

    /** The pack the settings draw from: the one they name when it is loaded, otherwise the built-in pack. */
    public String packOf(PracticeSettings settings) {
        return settings.pack().map(questions::loadedOrBuiltIn).orElseGet(questions::builtIn);
    }

    /** How many questions of the pack's bank match the areas and types (empty sets match everything). */
    public int available(String packId, Set<Area> areas, Set<QuestionType> types) {
        return questions.matching(packId, areas, types).size();
    }

    /**
     * Starts a session of the owner's; an open practice session of theirs is finished first. The
     * settings are remembered for the owner's next session.
     *
     * @throws AttemptException when no question matches the areas and types
     */
    public PracticeSession start(String owner, PracticeSettings settings, Instant now) {
        Instant startedAt = AttemptStore.exact(now);
        String pack = packOf(settings);
        List<Question> pool = questions.matching(pack, settings.areas(), settings.types());
        if (pool.isEmpty()) {
            throw new AttemptException("No question matches the areas and types you chose.");
        }
        long seed = ThreadLocalRandom.current().nextLong();
        NewAttempt request = new NewAttempt(owner, pack, AttemptKind.PRACTICE, settings.scheme(), settings.timeLimit(),
                QuestionPool.spread(pool, settings.length(), new Random(seed)), seed, settings.areas(), settings.types(),
                null);
        return attempts.inTransaction(() -> {
            for (LoadedAttempt open : attempts.inProgress(owner, AttemptKind.PRACTICE)) {
                open.apply(attempt -> attempt.finish(startedAt));
            }
            PracticePreference preference = preferences.findById(owner).orElseGet(() -> new PracticePreference(owner));
            preference.update(settings.withPack(pack));
            preferences.save(preference);
            return toSession(attempts.create(request, startedAt));
        });
    }

    /** The owner's open practice session, if any; one whose deadline has passed is closed, not resumed. */
    public Optional<PracticeSession> current(String owner, Instant now) {
        return latest(owner, now).filter(PracticeSession::isOpen);
    }

    /** The owner's most recent practice session, open or closed (closed first if its deadline has passed). */
    public Optional<PracticeSession> latest(String owner, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> attempts.latest(owner, AttemptKind.PRACTICE)
                .map(loaded -> closeIfOverdue(loaded, at)));
    }

    /**
     * One of the owner's sessions (closed first if its deadline has passed).
     *
     * @throws AttemptException if the owner has no session with that id
     */
    public PracticeSession session(String owner, long id, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> closeIfOverdue(attempts.load(owner, AttemptKind.PRACTICE, id), at));
    }

    /**
     * Saves and submits the answer to one question and grades it. Refused, with nothing stored, when
     * the session is closed, the question was already answered or the response does not fit it; at
     * or after the deadline it is refused and the session is closed.
     *
     * @throws AttemptException if the owner has no session with that id
     */
    public AnswerResult answer(String owner, long id, int slot, Response response, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> {
            LoadedAttempt loaded = attempts.load(owner, AttemptKind.PRACTICE, id);
            Outcome outcome = loaded.apply(attempt -> attempt.saveAnswer(slot, response, at));
            if (outcome.isAccepted()) {
                outcome = loaded.apply(attempt -> attempt.submit(slot, at));
            }
            PracticeSession session = toSession(loaded);
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
     * @throws AttemptException if the owner has no session with that id
     */
    public PracticeSession finish(String owner, long id, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> {
            LoadedAttempt loaded = attempts.load(owner, AttemptKind.PRACTICE, id);
            loaded.apply(attempt -> attempt.finish(at));
            return toSession(loaded);
        });
    }

    /** The owner's closed practice sessions, the latest first. */
    public List<PastSession> past(String owner) {
        return attempts.inTransaction(() -> attempts.closed(owner, AttemptKind.PRACTICE).stream()
                .map(closed -> {
                    var result = closed.attempt().result().orElseThrow();
                    return new PastSession(closed.id(), closed.attempt().plan().startedAt(), result.state(),
                            result.total(), result.timeUsed());
                })
                .toList());
    }

    private static PracticeSession closeIfOverdue(LoadedAttempt loaded, Instant now) {
        loaded.apply(attempt -> attempt.closeIfOverdue(now));
        return toSession(loaded);
    }

    private static PracticeSession toSession(LoadedAttempt loaded) {
        return new PracticeSession(loaded.id(), loaded.packId(), loaded.attempt());
    }
}
