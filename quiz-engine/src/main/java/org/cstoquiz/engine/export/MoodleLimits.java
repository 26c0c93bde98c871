package org.cstoquiz.engine.export;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Question;

/**
 * What Moodle's question bank can store, from its database schema ({@code lib/db/install.xml} and
 * {@code question/type/*}/db/install.xml} of Moodle 4.x): a value longer than its column makes the
 * import stop at that question ("value too long for type character varying(255)" on PostgreSQL),
 * and Moodle keeps only the questions before it. So a question that would break a limit is not
 * written at all, and is reported; no text is ever cut short. Lengths are counted in characters
 * (Unicode code points), as PostgreSQL and MySQL's utf8mb4 count {@code varchar} lengths.
 *
 * <table>
 *   <caption>Limits checked</caption>
 *   <tr><th>what</th><th>column</th><th>characters</th></tr>
 *   <tr><td>question name</td><td>{@code question.name}</td><td>255</td></tr>
 *   <tr><td>id number</td><td>{@code question_bank_entries.idnumber}</td><td>100</td></tr>
 *   <tr><td>category name</td><td>{@code question_categories.name}</td><td>255</td></tr>
 *   <tr><td>answer of a matching pair</td><td>{@code qtype_match_subquestions.answertext}</td><td>255</td></tr>
 *   <tr><td>tolerance of a numerical answer</td><td>{@code question_numerical.tolerance}</td><td>255</td></tr>
 * </table>
 *
 * Stems, options, short-answer variants, feedback and matching prompts are {@code text} columns
 * (no limit). An ordering question is written as matching to positions {@code 1, 2, …}, whose
 * answers are short.
 */
final class MoodleLimits {

    static final int NAME = 255;
    static final int IDNUMBER = 100;
    static final int CATEGORY_NAME = 255;
    static final int MATCH_ANSWER = 255;
    static final int TOLERANCE = 255;

    private MoodleLimits() {
    }

    /**
     * Why Moodle cannot store {@code question} as written, or empty when it can.
     *
     * @param name          the question name as written
     * @param idnumber      whether the question id is written as the id number
     * @param matchAnswers  the answers of the matching pairs as Moodle will store them (after its
     *                      own unescaping and trimming)
     */
    static Optional<Skipped> problem(Question question, String name, boolean idnumber, List<String> matchAnswers) {
        if (length(name) > NAME) {
            return skip(question, "the question name is longer than " + NAME + " characters, the most Moodle stores",
                    length(name) + " characters");
        }
        if (idnumber && length(question.id()) > IDNUMBER) {
            return skip(question, "the question id is longer than " + IDNUMBER
                    + " characters, the most Moodle stores as an id number", length(question.id()) + " characters");
        }
        for (String answer : matchAnswers) {
            if (length(answer) > MATCH_ANSWER) {
                return skip(question, "a matching answer is longer than " + MATCH_ANSWER
                        + " characters, the most Moodle stores", length(answer) + " characters: “" + preview(answer) + "”");
            }
        }
        if (question.body() instanceof Numeric numeric && length(numeric.tolerance().toPlainString()) > TOLERANCE) {
            return skip(question, "the tolerance is longer than " + TOLERANCE + " characters, the most Moodle stores",
                    length(numeric.tolerance().toPlainString()) + " characters");
        }
        return Optional.empty();
    }

    /** The right-hand texts of a matching question as Moodle stores them (trimmed), else none. */
    static List<String> matchingAnswers(Question question, java.util.function.UnaryOperator<String> asStored) {
        if (question.body() instanceof Matching matching) {
            return matching.choices().stream().map(Choice::text).map(asStored).map(String::strip).toList();
        }
        return List.of();
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Optional<Skipped> skip(Question question, String reason, String detail) {
        return Optional.of(new Skipped(question.id(), reason, detail));
    }

    private static String preview(String text) {
        String line = TextLines.oneLine(text);
        return length(line) <= 60 ? line : line.substring(0, line.offsetByCodePoints(0, 59)) + "…";
    }
}
