package org.cstoquiz.app.curation;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.app.curation.QuestionReport.Resolution;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Question;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an instructor's decision is stored: on the question's curation row (made on the first
 * decision), with an entry in its history, answering its open reports where the decision does, all
 * in one transaction; a decision made at the same time by someone else is refused, not lost.
 */
@Component
class CurationChanges {

    private final CuratedQuestionRepository curated;
    private final CurationEventRepository events;
    private final QuestionReportRepository reports;
    private final QuestionBankService bank;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    CurationChanges(CuratedQuestionRepository curated, CurationEventRepository events, QuestionReportRepository reports,
                    QuestionBankService bank, Clock clock, CurationTransactions transactionTemplates) {
        this.curated = curated;
        this.events = events;
        this.reports = reports;
        this.bank = bank;
        this.clock = clock;
        this.transactions = transactionTemplates.write;
        this.readOnly = transactionTemplates.readOnly;
    }

    /** Answers the open reports on the question with this key, or on its copies, as {@code how}. */
    int dismiss(String key, Resolution how, String by) {
        Set<String> ids = relatedIds(key);
        return transactions.execute(status -> resolve(ids, how, by));
    }

    record Change(HistoryEntry.Action action, String question, Resolution resolves) {
    }

    interface Decision {
        Change make(CuratedQuestion row, String by, java.time.Instant now);
    }

    void change(String key, String note, Decision decision) {
        String text = note == null ? "" : note.strip();
        if (text.length() > CurationService.MAX_NOTE) {
            throw new CurationException("A note has at most " + CurationService.MAX_NOTE + " characters.");
        }
        String by = CurationService.currentUser();
        try {
            transactions.executeWithoutResult(status -> {
                CuratedQuestion row = row(key, by);
                java.time.Instant now = clock.instant();
                Set<String> before = idsOf(row);
                Change change = decision.make(row, by, now);
                CuratedQuestion stored = curated.saveAndFlush(row);
                events.save(new CurationEvent(stored.getId(), change.action(), change.question(), text, by, now));
                if (change.resolves() != null) {
                    Set<String> ids = new LinkedHashSet<>(before);
                    ids.addAll(idsOf(stored));
                    resolve(ids, change.resolves(), by);
                }
            });
        } catch (OptimisticLockingFailureException e) {
            throw new CurationException("Someone else changed this question just now; look at it again.");
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, CuratedQuestion.UNIQUE)) {
                throw new CurationException("Someone else changed this question just now; look at it again.");
            }
            throw e;
        }
    }

    /** The curation row of the question with this key, made from the generated question when there is none yet. */
    private CuratedQuestion row(String key, String by) {
        Bank generated = bank.generated(CurationService.SERVED_SEED);
        return curated.findByPackAndQuestionId(generated.packId(), key).orElseGet(() -> {
            Question question = generated.questions().stream().filter(q -> q.id().equals(key)).findFirst()
                    .orElseThrow(() -> new CurationException("There is no question " + key + " in the bank."));
            return new CuratedQuestion(generated.packId(), key, CurationService.SERVED_SEED,
                    QuestionJson.write(generated.packId(), CurationService.SERVED_SEED, question), by, clock.instant());
        });
    }

    private static Set<String> idsOf(CuratedQuestion row) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(row.getQuestionId());
        Curation curation = row.toCuration();
        ids.add(curation.original().id());
        curation.edited().ifPresent(edited -> ids.add(edited.id()));
        return ids;
    }

    private Set<String> relatedIds(String key) {
        String pack = bank.generated(CurationService.SERVED_SEED).packId();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(key);
        readOnly.execute(status -> curated.findByPackAndQuestionId(pack, key)).ifPresent(row -> ids.addAll(idsOf(row)));
        return ids;
    }

    private int resolve(Collection<String> questionIds, Resolution how, String by) {
        List<QuestionReport> open = reports.findByQuestionIdInAndResolvedAtIsNull(questionIds);
        java.time.Instant now = clock.instant();
        open.forEach(report -> report.resolve(how, by, now));
        return open.size();
    }
}
