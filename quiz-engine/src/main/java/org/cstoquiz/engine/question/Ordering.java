package org.cstoquiz.engine.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Put the choices (at least two) in the right order, e.g. events by date. The response must list
 * every choice id exactly once.
 *
 * <p>Partial credit counts adjacent pairs (Moodle's "relative to the next item"): of the
 * {@code n - 1} pairs that are next to each other in the key, the fraction that are also next to
 * each other, in the same order, in the response. Moving one item from the front to the back of
 * four keeps 2 of 3 pairs; reversing the list keeps none. Adjacent pairs were chosen over absolute
 * positions because one misplaced item then costs a little, not every position after it.
 */
public record Ordering(List<Choice> choices, List<String> correctOrder) implements QuestionBody {

    public Ordering {
        choices = Checks.checkChoices(choices, 2, "ordering");
        correctOrder = List.copyOf(correctOrder);
        if (!isPermutation(correctOrder, choices)) {
            throw new IllegalArgumentException("ordering key " + correctOrder
                    + " must list every choice id exactly once: " + Checks.idsInOrder(choices));
        }
    }

    /** Items lettered A, B, C, … in the order shown; {@code correctTexts} is the right order of the same texts. */
    public static Ordering of(List<String> shownTexts, List<String> correctTexts) {
        List<Choice> choices = Choice.lettered(shownTexts);
        return new Ordering(choices, correctTexts.stream().map(text -> SingleChoice.idOfText(choices, text)).toList());
    }

    private static boolean isPermutation(List<String> ids, List<Choice> choices) {
        Set<String> all = Checks.idsOf(choices);
        return ids.size() == all.size() && Set.copyOf(ids).equals(all);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public Response correctResponse() {
        return new Response.OrderAnswer(correctOrder);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> shape = Grading.shapeProblem(type(), response, Response.OrderAnswer.class);
        if (shape.isPresent() || !(response instanceof Response.OrderAnswer order) || order.isBlank()) {
            return shape;
        }
        if (!isPermutation(order.choiceIds(), choices)) {
            return Optional.of("an ordering response must list every choice id exactly once: expected a permutation of "
                    + Checks.idsInOrder(choices) + ", got " + order.choiceIds());
        }
        return Optional.empty();
    }

    @Override
    public Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        List<String> given = ((Response.OrderAnswer) response).choiceIds();
        if (given.equals(correctOrder)) {
            return Grade.correct();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            position.put(given.get(i), i);
        }
        int keptPairs = 0;
        for (int i = 0; i + 1 < correctOrder.size(); i++) {
            if (position.get(correctOrder.get(i + 1)) == position.get(correctOrder.get(i)) + 1) {
                keptPairs++;
            }
        }
        return Grade.ofFraction((double) keptPairs / (correctOrder.size() - 1));
    }

    @Override
    public Ordering withChoiceOrder(List<String> newOrder) {
        Map<String, String> renamed = Grading.relabel(choices, newOrder);
        return new Ordering(Grading.reordered(choices, newOrder, renamed),
                correctOrder.stream().map(renamed::get).toList());
    }
}
