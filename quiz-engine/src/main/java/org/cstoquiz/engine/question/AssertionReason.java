package org.cstoquiz.engine.question;

import java.util.List;
import java.util.Map;

/**
 * The exam format "Assertion (A): … Reason (R): …" with exactly four options (the standard ones
 * are in {@link ExamFormats#ASSERTION_REASON_OPTIONS}). Build it with
 * {@link ExamFormats#assertionReason}.
 */
public record AssertionReason(List<Choice> choices, String correctChoiceId) implements SingleAnswerBody {

    public AssertionReason {
        choices = Checks.checkChoices(choices, 4, "assertion-reason");
        if (choices.size() != 4) {
            throw new IllegalArgumentException("assertion-reason has exactly 4 options, got " + choices.size());
        }
        Checks.requireChoiceId(choices, correctChoiceId, "assertion-reason key");
    }

    @Override
    public QuestionType type() {
        return QuestionType.ASSERTION_REASON;
    }

    @Override
    public AssertionReason withChoiceOrder(List<String> newOrder) {
        Map<String, String> renamed = Grading.relabel(choices, newOrder);
        return new AssertionReason(Grading.reordered(choices, newOrder, renamed), renamed.get(correctChoiceId));
    }
}
