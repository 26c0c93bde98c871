package org.cstoquiz.app.curation;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.bank.BankCuration;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.curation.QuestionReport.Resolution;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Question;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Curation: people fix what the generator cannot. A learner reports a problem with a question; an
 * instructor sees the questions reported and those their statistics flag, and retires a question
 * (it is never served again; attempts that used it keep it) or corrects it (an edited copy is
 * served and exported in its place). Every decision is kept, with who made it and when, and is
 * applied to every bank served ({@link BankCuration}), so it holds across restarts and on every
 * instance.
 */
@Service
public class CurationService implements BankCuration {

    /** The seed of the bank learners are served, which the instructors curate. */
    public static final long SERVED_SEED = ExportRequest.DEFAULT_SEED;
    public static final int MAX_NOTE = 500;
    private static final String INSTRUCTORS = "hasRole('INSTRUCTOR')";

    private final CuratedQuestionRepository curated;
    private final CurationEventRepository events;
    private final QuestionBankService bank;
    private final TransactionTemplate readOnly;
    private final CurationQueue queue;
    private final LearnerReports learners;
    private final CurationChanges changes;

    CurationService(CuratedQuestionRepository curated, CurationEventRepository events, QuestionBankService bank,
                    CurationTransactions transactionTemplates, CurationQueue queue, LearnerReports learners,
                    CurationChanges changes) {
        this.curated = curated;
        this.events = events;
        this.bank = bank;
        this.readOnly = transactionTemplates.readOnly;
        this.queue = queue;
        this.learners = learners;
        this.changes = changes;
    }

    /** How many answers a question needs before its facility can flag it. */
    public int minAnswers() {
        return queue.minAnswers();
    }

    // ---------------------------------------------------------------- the curated bank

    @Override
    public Bank apply(Bank generated) {
        List<Curation> curations = queue.curations(generated.packId());
        return curations.isEmpty() ? generated : AppliedCuration.of(generated, curations).served();
    }

    // ---------------------------------------------------------------- learners

    /**
     * Reports a problem with {@code question} as the signed-in user saw it.
     *
     * @throws CurationException when the note is too long, or they already reported it and no
     *                           instructor has answered yet
     */
    @PreAuthorize("isAuthenticated()")
    public void report(Question question, Problem problem, String note) {
        learners.report(question, problem, note);
    }

    /** Whether the signed-in user has reported {@code questionId} and no instructor has answered yet. */
    @PreAuthorize("isAuthenticated()")
    public boolean reportedByMe(String questionId) {
        return learners.reportedByMe(questionId);
    }

    // ---------------------------------------------------------------- instructors: what to look at

    /**
     * Every question reported and not yet answered, every one its statistics flag, and every one
     * curated (retired, edited, stale or no longer generated), reported ones first.
     */
    @PreAuthorize(INSTRUCTORS)
    public List<CurationItem> items() {
        return queue.items();
    }

    /** The item with this key, if it still needs one. */
    @PreAuthorize(INSTRUCTORS)
    public Optional<CurationItem> item(String key) {
        return queue.item(key);
    }

    /** Every decision about the question with this key, oldest first. */
    @PreAuthorize(INSTRUCTORS)
    public List<HistoryEntry> history(String key) {
        String pack = bank.generated(SERVED_SEED).packId();
        return readOnly.execute(status -> curated.findByPackAndQuestionId(pack, key)
                .map(row -> events.findByCuratedIdOrderByIdAsc(row.getId()).stream().map(CurationEvent::toEntry).toList())
                .orElse(List.of()));
    }

    // ---------------------------------------------------------------- instructors: decisions

    /** Retires the question: never served again; attempts that used it keep it. Its open reports are answered. */
    @PreAuthorize(INSTRUCTORS)
    public void retire(String key, String note) {
        changes.change(key, note, (row, by, now) -> {
            if (row.isRetired()) {
                throw new CurationException("This question is retired already.");
            }
            row.retire(true, by, now);
            return new CurationChanges.Change(HistoryEntry.Action.RETIRED, null, Resolution.RETIRED);
        });
    }

    /** Serves a retired question again. */
    @PreAuthorize(INSTRUCTORS)
    public void restore(String key, String note) {
        changes.change(key, note, (row, by, now) -> {
            if (!row.isRetired()) {
                throw new CurationException("This question is not retired.");
            }
            row.retire(false, by, now);
            return new CurationChanges.Change(HistoryEntry.Action.RESTORED, null, null);
        });
    }

    /**
     * Replaces the question by {@code edit} applied to it as served now (its edited copy, if it has
     * one): the copy is served and exported in its place from now on. The generated question as it
     * is now is taken as looked at, so the curation is no longer stale. Its open reports are answered.
     *
     * @return the edited copy
     * @throws CurationException saying what is wrong with the edit, with nothing stored
     */
    @PreAuthorize(INSTRUCTORS)
    public Question edit(String key, QuestionEdit edit, String note) {
        Question[] saved = new Question[1];
        changes.change(key, note, (row, by, now) -> {
            Bank generated = bank.generated(SERVED_SEED);
            Curation current = row.toCuration();
            AppliedCuration applied = AppliedCuration.of(generated, List.of(current));
            Question generatedNow = applied.current(current)
                    .orElseThrow(() -> new CurationException("The generator no longer makes this question: retire it instead."));
            Question base = current.edited().orElse(generatedNow);
            Question copy;
            try {
                copy = edit.applyTo(base);
            } catch (IllegalArgumentException e) {
                throw new CurationException(e.getMessage());
            }
            if (QuestionJson.same(copy, base)) {
                throw new CurationException("Nothing was changed.");
            }
            boolean clash = applied.served().questions().stream()
                    .anyMatch(other -> other.id().equals(copy.id()) && !other.id().equals(base.id()));
            if (clash) {
                throw new CurationException("Another question of the bank reads exactly like this edit.");
            }
            String json = QuestionJson.write(row.getPack(), row.getBankSeed(), copy);
            row.edit(json, by, now);
            row.reviewed(QuestionJson.write(row.getPack(), row.getBankSeed(), generatedNow), by, now);
            saved[0] = copy;
            return new CurationChanges.Change(HistoryEntry.Action.EDITED, json, Resolution.EDITED);
        });
        return saved[0];
    }

    /** Drops the edited copy: the generated question is served again. The edit stays in the history. */
    @PreAuthorize(INSTRUCTORS)
    public void revert(String key, String note) {
        changes.change(key, note, (row, by, now) -> {
            if (row.getEdited().isEmpty()) {
                throw new CurationException("This question has no edited copy.");
            }
            row.edit(null, by, now);
            return new CurationChanges.Change(HistoryEntry.Action.REVERTED, null, null);
        });
    }

    /** Takes the generated question as it is now as looked at: the curation is no longer stale. */
    @PreAuthorize(INSTRUCTORS)
    public void markReviewed(String key, String note) {
        changes.change(key, note, (row, by, now) -> {
            Curation current = row.toCuration();
            Question generatedNow = AppliedCuration.of(bank.generated(SERVED_SEED), List.of(current)).current(current)
                    .orElseThrow(() -> new CurationException("The generator no longer makes this question."));
            String json = QuestionJson.write(row.getPack(), row.getBankSeed(), generatedNow);
            row.reviewed(json, by, now);
            return new CurationChanges.Change(HistoryEntry.Action.REVIEWED, json, null);
        });
    }

    /** Answers the open reports on the question without changing it. */
    @PreAuthorize(INSTRUCTORS)
    public int dismissReports(String key) {
        return changes.dismiss(key, Resolution.DISMISSED, currentUser());
    }

    /** The signed-in user. */
    static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new CurationException("Log in first.");
        }
        return authentication.getName();
    }
}
