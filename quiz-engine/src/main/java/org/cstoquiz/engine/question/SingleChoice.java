package org.cstoquiz.engine.question;

import java.util.List;
import java.util.Map;

/** Pick the one correct choice among at least two. */
public record SingleChoice(List<Choice> choices, String correctChoiceId) implements SingleAnswerBody {

    public SingleChoice {
        choices = Checks.checkChoices(choices, 2, "single choice");
        Checks.requireChoiceId(choices, correctChoiceId, "single choice key");
    }

    /** Lettered choices A, B, C, … with the key given by its text. */
    public static SingleChoice of(String correctText, List<String> texts) {
        List<Choice> choices = Choice.lettered(texts);
        return new SingleChoice(choices, idOfText(choices, correctText));
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }

    @Override
    public SingleChoice withChoiceOrder(List<String> newOrder) {
        Map<String, String> renamed = Grading.relabel(choices, newOrder);
        return new SingleChoice(Grading.reordered(choices, newOrder, renamed), renamed.get(correctChoiceId));
    }

    static String idOfText(List<Choice> choices, String text) {
        return choices.stream()
                .filter(choice -> choice.text().equals(text == null ? null : text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("key '" + text + "' is not among the choices"))
                .id();
    }
}
