package org.cstoquiz.app.curation;

import java.time.Clock;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.engine.question.Question;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Learners' reports of problems with the questions they are asked. */
@Component
class LearnerReports {

    private final QuestionReportRepository reports;
    private final QuestionBankService bank;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    LearnerReports(QuestionReportRepository reports, QuestionBankService bank, Clock clock,
                   CurationTransactions transactionTemplates) {
        this.reports = reports;
        this.bank = bank;
        this.clock = clock;
        this.transactions = transactionTemplates.write;
        this.readOnly = transactionTemplates.readOnly;
    }

    /**
     * Reports a problem with {@code question} as the signed-in user saw it.
     *
     * @throws CurationException when the note is too long, or they already reported it and no
     *                           instructor has answered yet
     */
    void report(Question question, Problem problem, String note) {
        String text = note == null ? "" : note.strip();
        if (problem == null) {
            throw new CurationException("Say what is wrong.");
        }
        if (text.length() > CurationService.MAX_NOTE) {
            throw new CurationException("A note has at most " + CurationService.MAX_NOTE + " characters.");
        }
        if (problem == Problem.OTHER && text.isEmpty()) {
            throw new CurationException("Say in a few words what is wrong.");
        }
        String reporter = CurationService.currentUser();
        String pack = bank.bank(CurationService.SERVED_SEED).packId();
        transactions.executeWithoutResult(status -> {
            if (reports.existsByQuestionIdAndReporterAndResolvedAtIsNull(question.id(), reporter)) {
                throw new CurationException("You have reported this question already; an instructor will look at it.");
            }
            reports.save(new QuestionReport(question.id(), QuestionJson.write(pack, CurationService.SERVED_SEED, question), reporter,
                    problem, text, clock.instant()));
        });
    }

    /** Whether the signed-in user has reported {@code questionId} and no instructor has answered yet. */
    boolean reportedByMe(String questionId) {
        String reporter = CurationService.currentUser();
        return Boolean.TRUE.equals(readOnly.execute(status ->
                reports.existsByQuestionIdAndReporterAndResolvedAtIsNull(questionId, reporter)));
    }
}
