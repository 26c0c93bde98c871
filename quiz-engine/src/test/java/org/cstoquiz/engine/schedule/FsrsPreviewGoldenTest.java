package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Before every step of the golden review sequences, what each of the four ratings would give
 * ({@link FsrsScheduler#preview}) matches ts-fsrs's {@code repeat} ({@code fsrs/preview.json}, written
 * by the same generator as {@code golden.json}). The rating buttons show these outcomes as intervals.
 */
class FsrsPreviewGoldenTest {

    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final JsonNode PREVIEW = load("/fsrs/preview.json");
    private static final JsonNode GOLDEN = load("/fsrs/golden.json");

    private static JsonNode load(String resource) {
        try (InputStream in = FsrsPreviewGoldenTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void previewsCoverEveryGoldenStep() {
        assertThat(PREVIEW.get("generator").asString()).startsWith("ts-fsrs 5.4.2");
        assertThat(PREVIEW.get("sequences").size()).isEqualTo(GOLDEN.get("sequences").size());
        long steps = 0;
        for (JsonNode sequence : PREVIEW.get("sequences")) {
            steps += sequence.get("steps").size();
        }
        assertThat(steps).isGreaterThan(500);
    }

    @TestFactory
    Stream<DynamicTest> everyRatingMatchesTsFsrsRepeat() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < GOLDEN.get("sequences").size(); i++) {
            JsonNode sequence = GOLDEN.get("sequences").get(i);
            JsonNode previews = PREVIEW.get("sequences").get(i);
            tests.add(DynamicTest.dynamicTest(sequence.get("name").asString(), () -> replay(sequence, previews)));
        }
        return tests.stream();
    }

    private static void replay(JsonNode sequence, JsonNode previews) {
        assertThat(previews.get("name").asString()).isEqualTo(sequence.get("name").asString());
        FsrsScheduler scheduler = new FsrsScheduler(FsrsGoldenTest.parameters(sequence.get("params")));
        Card card = Card.newCard(Instant.parse(sequence.get("start").asString()));
        JsonNode steps = sequence.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            Instant review = Instant.parse(steps.get(i).get("review").asString());
            JsonNode expected = previews.get("steps").get(i);
            assertThat(Instant.parse(expected.get("review").asString())).isEqualTo(review);
            Map<Rating, ReviewOutcome> preview = scheduler.preview(card, review, ZoneOffset.UTC);
            String where = sequence.get("name").asString() + " step " + i;
            assertThat(preview.keySet()).containsExactly(Rating.values());
            for (Rating rating : Rating.values()) {
                JsonNode outcome = expected.get("preview").get(rating.name());
                Card next = preview.get(rating).next();
                assertAll(where + " " + rating,
                        () -> assertThat(next.due()).as("due").isEqualTo(Instant.parse(outcome.get(0).asString())),
                        () -> assertThat(next.state()).as("state").isEqualTo(CardState.valueOf(outcome.get(1).asString())),
                        () -> assertThat(next.scheduledDays()).as("scheduled days").isEqualTo(outcome.get(2).intValue()),
                        () -> assertThat(relative(next.stability(), outcome.get(3).doubleValue())).as("stability")
                                .isLessThanOrEqualTo(RELATIVE_TOLERANCE),
                        () -> assertThat(relative(next.difficulty(), outcome.get(4).doubleValue())).as("difficulty")
                                .isLessThanOrEqualTo(RELATIVE_TOLERANCE),
                        () -> assertThat(preview.get(rating).interval()).as("interval")
                                .isEqualTo(java.time.Duration.between(review, next.due())));
            }
            card = scheduler.review(card, Rating.valueOf(steps.get(i).get("rating").asString()), review).next();
        }
    }

    private static double relative(double actual, double expected) {
        return actual == expected ? 0 : Math.abs(actual - expected) / Math.max(Math.abs(actual), Math.abs(expected));
    }
}
