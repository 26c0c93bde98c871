package org.cstoquiz.app.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstoquiz.app.bank.AnswerHistory;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.stats.ItemResponse;
import org.springframework.stereotype.Component;

/** The answers of every closed practice session and test, as the bank's item statistics read them. */
@Component
class AttemptAnswerHistory implements AnswerHistory {

    private final AttemptRecords records;
    private final StoredAttemptRepository attempts;
    private final AttemptTransactions transactions;

    AttemptAnswerHistory(AttemptRecords records, StoredAttemptRepository attempts, AttemptTransactions transactions) {
        this.records = records;
        this.attempts = attempts;
        this.transactions = transactions;
    }

    /**
     * Every graded answer of every closed attempt: the share of the marks each question earned
     * (blank = 0) and, for a wrong choice, the text of the option picked.
     */
    @Override
    public List<ItemResponse> gradedAnswers() {
        return transactions.run(() -> {
            List<ItemResponse> out = new ArrayList<>();
            for (long id : attempts.findClosedIds()) {
                Attempt attempt = records.load(attempts.findById(id).orElseThrow());
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
                .map(Choice::text).collect(Collectors.joining(" + ")));
    }
}
