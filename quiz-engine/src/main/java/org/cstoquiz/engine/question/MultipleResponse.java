package org.cstoquiz.engine.question;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mark every correct choice. At least one choice is correct and at least one is not. The key is kept
 * as a sorted set of choice ids.
 *
 * <p>Partial credit, Moodle style: with {@code k} correct and {@code w} wrong choices, each correct
 * choice marked earns {@code 1/k}, each wrong choice marked costs {@code 1/w}, and the total is
 * floored at 0. So marking everything earns 0, and the full mark needs exactly the key.
 */
public record MultipleResponse(List<Choice> choices, Set<String> correctChoiceIds) implements QuestionBody {

    public MultipleResponse {
        choices = Checks.checkChoices(choices, 2, "multiple response");
        if (correctChoiceIds == null || correctChoiceIds.isEmpty()) {
            throw new IllegalArgumentException("multiple response needs at least one correct choice");
        }
        for (String id : correctChoiceIds) {
            Checks.requireChoiceId(choices, id, "multiple response key");
        }
        if (correctChoiceIds.size() == choices.size()) {
            throw new IllegalArgumentException("multiple response needs at least one wrong choice");
        }
        correctChoiceIds = Collections.unmodifiableSortedSet(new TreeSet<>(correctChoiceIds));
    }

    /** Lettered choices A, B, C, … with the key given by its texts. */
    public static MultipleResponse of(List<String> correctTexts, List<String> texts) {
        List<Choice> choices = Choice.lettered(texts);
        TreeSet<String> key = new TreeSet<>();
        correctTexts.forEach(text -> key.add(SingleChoice.idOfText(choices, text)));
        return new MultipleResponse(choices, key);
    }

    /** The correct choice ids in the order the choices are shown. */
    public List<String> correctChoiceIdsInOrder() {
        return choices.stream().map(Choice::id).filter(correctChoiceIds::contains).toList();
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_RESPONSE;
    }

    @Override
    public Response correctResponse() {
        return new Response.Selection(correctChoiceIds);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        return Grading.selectionProblem(type(), choices, response);
    }

    @Override
    public Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        Set<String> marked = ((Response.Selection) response).choiceIds();
        if (marked.equals(correctChoiceIds)) {
            return Grade.correct();
        }
        long hits = marked.stream().filter(correctChoiceIds::contains).count();
        long misses = marked.size() - hits;
        int wrongChoices = choices.size() - correctChoiceIds.size();
        double fraction = (double) hits / correctChoiceIds.size() - (double) misses / wrongChoices;
        return Grade.ofFraction(Math.max(0.0, fraction));
    }

    @Override
    public MultipleResponse withChoiceOrder(List<String> newOrder) {
        Map<String, String> renamed = Grading.relabel(choices, newOrder);
        TreeSet<String> key = new TreeSet<>();
        correctChoiceIds.forEach(id -> key.add(renamed.get(id)));
        return new MultipleResponse(Grading.reordered(choices, newOrder, renamed), key);
    }
}
