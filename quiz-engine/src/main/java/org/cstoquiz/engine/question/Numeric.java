package org.cstoquiz.engine.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Type a number; any answer within {@code tolerance} of {@code value} (inclusive) is correct.
 * Values are kept exact ({@link BigDecimal}) and normalised, so {@code 1992} and {@code 1992.0}
 * are the same key. The unit belongs in the stem.
 */
public record Numeric(BigDecimal value, BigDecimal tolerance) implements QuestionBody {

    public Numeric {
        Objects.requireNonNull(value, "numeric value");
        Objects.requireNonNull(tolerance, "numeric tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("numeric tolerance must not be negative, got " + tolerance);
        }
        value = normalise(value);
        tolerance = normalise(tolerance);
    }

    /** An exact whole-number key, e.g. a year. */
    public static Numeric exactly(long value) {
        return new Numeric(BigDecimal.valueOf(value), BigDecimal.ZERO);
    }

    public static Numeric within(String value, String tolerance) {
        return new Numeric(new BigDecimal(value), new BigDecimal(tolerance));
    }

    static BigDecimal normalise(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public Response correctResponse() {
        return new Response.NumberAnswer(value);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        return Grading.shapeProblem(type(), response, Response.NumberAnswer.class);
    }

    @Override
    public Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        BigDecimal given = ((Response.NumberAnswer) response).value();
        return given.subtract(value).abs().compareTo(tolerance) <= 0 ? Grade.correct() : Grade.incorrect();
    }

    @Override
    public Numeric withChoiceOrder(List<String> newOrder) {
        if (!newOrder.isEmpty()) {
            throw new IllegalArgumentException("a numeric question has no choices to reorder");
        }
        return this;
    }
}
