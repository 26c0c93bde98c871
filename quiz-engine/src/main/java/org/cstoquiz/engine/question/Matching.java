package org.cstoquiz.engine.question;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Match each prompt (left column, at least two) to a choice (right column, at least two; extra
 * choices act as distractors, and two prompts may share a choice). The key maps every prompt id to a
 * choice id. The response maps the prompts the learner matched; unmatched prompts count as wrong.
 *
 * <p>Partial credit: the fraction of prompts matched correctly.
 */
public record Matching(List<Prompt> prompts, List<Choice> choices, Map<String, String> correctMatches)
        implements QuestionBody {

    public Matching {
        Objects.requireNonNull(prompts, "matching prompts");
        prompts = List.copyOf(prompts);
        if (prompts.size() < 2) {
            throw new IllegalArgumentException("matching needs at least 2 prompts, got " + prompts.size());
        }
        Set<String> promptIds = new HashSet<>();
        Map<String, String> promptTexts = new HashMap<>();
        for (Prompt prompt : prompts) {
            if (!promptIds.add(prompt.id())) {
                throw new IllegalArgumentException("matching: duplicate prompt id '" + prompt.id() + "'");
            }
            String earlier = promptTexts.putIfAbsent(AnswerText.normalise(prompt.text()), prompt.text());
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "matching: prompts '" + earlier + "' and '" + prompt.text() + "' read the same");
            }
        }
        choices = Checks.checkChoices(choices, 2, "matching");
        Objects.requireNonNull(correctMatches, "matching key");
        if (!correctMatches.keySet().equals(promptIds)) {
            throw new IllegalArgumentException("matching key must map every prompt id " + promptIds
                    + " and nothing else, got " + correctMatches.keySet());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Prompt prompt : prompts) {
            String choiceId = correctMatches.get(prompt.id());
            Checks.requireChoiceId(choices, choiceId, "matching key for prompt " + prompt.id());
            ordered.put(prompt.id(), choiceId);
        }
        correctMatches = Collections.unmodifiableMap(ordered);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public Response correctResponse() {
        return new Response.MatchAnswer(correctMatches);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> shape = Grading.shapeProblem(type(), response, Response.MatchAnswer.class);
        if (shape.isPresent() || !(response instanceof Response.MatchAnswer match)) {
            return shape;
        }
        Set<String> promptIds = new HashSet<>();
        prompts.forEach(prompt -> promptIds.add(prompt.id()));
        return Grading.unknownIds(type(), match.promptToChoice().keySet(), promptIds, "prompt")
                .or(() -> Grading.unknownIds(type(), match.promptToChoice().values(), Checks.idsOf(choices), "choice"));
    }

    @Override
    public Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        Map<String, String> given = ((Response.MatchAnswer) response).promptToChoice();
        long right = correctMatches.entrySet().stream()
                .filter(pair -> pair.getValue().equals(given.get(pair.getKey())))
                .count();
        return Grade.ofFraction((double) right / prompts.size());
    }

    @Override
    public Matching withChoiceOrder(List<String> newOrder) {
        Map<String, String> renamed = Grading.relabel(choices, newOrder);
        Map<String, String> key = new LinkedHashMap<>();
        correctMatches.forEach((prompt, choice) -> key.put(prompt, renamed.get(choice)));
        return new Matching(prompts, Grading.reordered(choices, newOrder, renamed), key);
    }
}
