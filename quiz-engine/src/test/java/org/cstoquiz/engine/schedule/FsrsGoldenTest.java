package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Replays the review sequences in {@code fsrs/golden.json}, generated from ts-fsrs 5.4.2 by
 * {@code quiz-engine/tools/fsrs-reference/generate.mjs}, and checks every step against it.
 */
class FsrsGoldenTest {

    /** ts-fsrs rounds stability, difficulty and retrievability to 8 decimals; allow 1e-6 relative on top. */
    private static final double RELATIVE_TOLERANCE = 1e-6;

    private static final JsonNode GOLDEN = load();

    private static JsonNode load() {
        try (InputStream in = FsrsGoldenTest.class.getResourceAsStream("/fsrs/golden.json")) {
            if (in == null) {
                throw new IllegalStateException("fsrs/golden.json not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void goldenDataCoversEnoughSequences() {
        List<JsonNode> sequences = sequences();
        assertThat(sequences).hasSizeGreaterThanOrEqualTo(30);
        assertThat(GOLDEN.get("generator").asString()).startsWith("ts-fsrs 5.4.2");
        long steps = sequences.stream().mapToLong(s -> s.get("steps").size()).sum();
        assertThat(steps).isGreaterThan(500);
    }

    @TestFactory
    Stream<DynamicTest> matchesTsFsrs() {
        return sequences().stream().map(sequence -> DynamicTest.dynamicTest(
                sequence.get("name").asString(), () -> replay(sequence, new double[1])));
    }

    @Test
    void maximumDeviationFromTsFsrs() {
        double[] maxDeviation = new double[1];
        for (JsonNode sequence : sequences()) {
            replay(sequence, maxDeviation);
        }
        System.out.printf("FSRS golden: max relative deviation from ts-fsrs = %s%n", maxDeviation[0]);
        assertThat(maxDeviation[0]).isLessThanOrEqualTo(RELATIVE_TOLERANCE);
    }

    private static void replay(JsonNode sequence, double[] maxDeviation) {
        FsrsScheduler scheduler = new FsrsScheduler(parameters(sequence.get("params")));
        Card card = Card.newCard(Instant.parse(sequence.get("start").asString()));
        int index = 0;
        for (JsonNode step : sequence.get("steps")) {
            Instant review = Instant.parse(step.get("review").asString());
            Rating rating = Rating.valueOf(step.get("rating").asString());
            String where = sequence.get("name").asString() + " step " + index++ + " (" + step.get("gap").asString()
                    + ", " + rating + ")";

            double retrievability = scheduler.retrievability(card, review);
            card = scheduler.review(card, rating, review).next();

            JsonNode expected = step.get("card");
            Card actual = card;
            maxDeviation[0] = Math.max(maxDeviation[0], Math.max(
                    relativeDeviation(actual.stability(), expected.get("stability").doubleValue()),
                    Math.max(relativeDeviation(actual.difficulty(), expected.get("difficulty").doubleValue()),
                            relativeDeviation(retrievability, step.get("retrievability_before").doubleValue()))));
            assertAll(where,
                    () -> assertThat(actual.due()).as("due").isEqualTo(Instant.parse(expected.get("due").asString())),
                    () -> assertThat(actual.state()).as("state").isEqualTo(CardState.valueOf(expected.get("state").asString())),
                    () -> assertClose("stability", actual.stability(), expected.get("stability").doubleValue()),
                    () -> assertClose("difficulty", actual.difficulty(), expected.get("difficulty").doubleValue()),
                    () -> assertClose("retrievability before", retrievability, step.get("retrievability_before").doubleValue()),
                    () -> assertThat(actual.scheduledDays()).as("scheduled days").isEqualTo(expected.get("scheduled_days").intValue()),
                    () -> assertThat(actual.elapsedDays()).as("elapsed days").isEqualTo(expected.get("elapsed_days").intValue()),
                    () -> assertThat(actual.reps()).as("reps").isEqualTo(expected.get("reps").intValue()),
                    () -> assertThat(actual.lapses()).as("lapses").isEqualTo(expected.get("lapses").intValue()),
                    () -> assertThat(actual.learningSteps()).as("learning steps").isEqualTo(expected.get("learning_steps").intValue()),
                    () -> assertThat(actual.lastReview()).as("last review").isEqualTo(Instant.parse(expected.get("last_review").asString())));
        }
    }

    private static void assertClose(String what, double actual, double expected) {
        assertThat(relativeDeviation(actual, expected))
                .as("%s: java %s vs ts-fsrs %s", what, actual, expected)
                .isLessThanOrEqualTo(RELATIVE_TOLERANCE);
    }

    private static double relativeDeviation(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), Math.abs(actual));
    }

    static FsrsParameters parameters(JsonNode params) {
        FsrsParameters defaults = FsrsParameters.defaults();
        if (params == null || params.isEmpty()) {
            return defaults;
        }
        return new FsrsParameters(
                params.has("w") ? doubles(params.get("w")) : defaults.weights(),
                params.has("request_retention") ? params.get("request_retention").doubleValue() : defaults.requestRetention(),
                params.has("maximum_interval") ? params.get("maximum_interval").intValue() : defaults.maximumInterval(),
                params.has("learning_steps") ? steps(params.get("learning_steps")) : defaults.learningSteps(),
                params.has("relearning_steps") ? steps(params.get("relearning_steps")) : defaults.relearningSteps(),
                params.has("enable_short_term") ? params.get("enable_short_term").booleanValue() : defaults.enableShortTerm());
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.doubleValue()));
        return values;
    }

    /** ts-fsrs step units: "10m", "2h", "1d". */
    private static List<Duration> steps(JsonNode array) {
        List<Duration> steps = new ArrayList<>();
        for (JsonNode node : array) {
            String text = node.asString();
            long value = Long.parseLong(text.substring(0, text.length() - 1));
            steps.add(switch (text.charAt(text.length() - 1)) {
                case 'm' -> Duration.ofMinutes(value);
                case 'h' -> Duration.ofHours(value);
                case 'd' -> Duration.ofDays(value);
                default -> throw new IllegalArgumentException("unknown step unit: " + text);
            });
        }
        return steps;
    }

    private static List<JsonNode> sequences() {
        List<JsonNode> sequences = new ArrayList<>();
        GOLDEN.get("sequences").forEach(sequences::add);
        return sequences;
    }
}
