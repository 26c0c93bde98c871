package org.cstoquiz.engine.question;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a question shows besides its stem, and what counts as right: one record per
 * {@link QuestionType}. Each record checks itself when built, so a body whose key is not among its
 * choices, or whose choices repeat, cannot exist.
 *
 * <p>Grading rules (all fractions are in [0, 1]):
 * <ul>
 *   <li>single choice, statements, assertion-reason, true/false, numeric, short answer: all or
 *       nothing; marking more than one choice on a single-answer question is INCORRECT;</li>
 *   <li>multiple response: see {@link MultipleResponse};</li>
 *   <li>ordering: see {@link Ordering};</li>
 *   <li>matching: see {@link Matching}.</li>
 * </ul>
 * A blank response (see {@link Response#isBlank()}) always grades BLANK. A response of the wrong
 * shape is rejected with {@link WrongResponseException}, never graded.
 */
public sealed interface QuestionBody extends Serializable
        permits SingleAnswerBody, MultipleResponse, TrueFalse, Numeric, ShortAnswer, Ordering, Matching {

    QuestionType type();

    /** The options shown (items to order for ordering; right-hand column for matching); empty for types without options. */
    default List<Choice> choices() {
        return List.of();
    }

    /** The left-hand column of a matching question; empty otherwise. */
    default List<Prompt> prompts() {
        return List.of();
    }

    /** A response that grades CORRECT (for short answers, the first accepted variant). */
    Response correctResponse();

    /** Why {@code response} cannot be graded by this body (wrong shape, unknown id), or empty if it can. */
    Optional<String> problemWith(Response response);

    /**
     * Grades a response.
     *
     * @throws WrongResponseException if {@link #problemWith(Response)} reports a problem
     */
    Grade grade(Response response);

    /**
     * The same body with its choices shown in {@code newOrder} (a permutation of the current choice
     * ids) and relabelled {@code A, B, C, …} by their new position; the key follows its choices.
     * Bodies without choices accept only an empty order and return themselves.
     */
    QuestionBody withChoiceOrder(List<String> newOrder);
}
