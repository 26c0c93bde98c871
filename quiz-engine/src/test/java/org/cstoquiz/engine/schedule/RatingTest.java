package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RatingTest {

    private static final Duration EXPECTED = Duration.ofSeconds(20);

    @Test
    void gradesFollowFsrsNumbering() {
        assertThat(Rating.AGAIN.grade()).isEqualTo(1);
        assertThat(Rating.EASY.grade()).isEqualTo(4);
    }

    @ParameterizedTest(name = "correct={0}, taken={1}s of 20s -> {2}")
    @CsvSource({
            "false, 1, AGAIN",
            "false, 20, AGAIN",
            "false, 90, AGAIN",
            "true, 0, EASY",
            "true, 10, EASY",     // exactly half the expected time is still fast
            "true, 11, GOOD",
            "true, 20, GOOD",
            "true, 30, GOOD",     // exactly 1.5x is still normal
            "true, 31, HARD",
            "true, 600, HARD",
    })
    void ratesFromCorrectnessAndSpeed(boolean correct, long takenSeconds, Rating expected) {
        assertThat(Rating.fromCorrectnessAndSpeed(correct, Duration.ofSeconds(takenSeconds), EXPECTED))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "fraction={0}, taken={1}s of 20s -> {2}")
    @CsvSource({
            "0, 3, AGAIN",        // wrong or blank, however fast
            "0.5, 3, HARD",       // partly right: some of it was not recalled
            "0.99, 40, HARD",
            "1, 3, EASY",         // all right: by speed
            "1, 20, GOOD",
            "1, 45, HARD",
    })
    void ratesFromTheShareOfTheMarksAndSpeed(double fraction, long takenSeconds, Rating expected) {
        assertThat(Rating.fromAnswer(fraction, Duration.ofSeconds(takenSeconds), EXPECTED)).isEqualTo(expected);
    }

    @Test
    void rejectsNonsenseDurations() {
        assertThatThrownBy(() -> Rating.fromAnswer(1.5, Duration.ofSeconds(1), EXPECTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.fromAnswer(0.5, Duration.ofSeconds(-1), EXPECTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.fromCorrectnessAndSpeed(true, Duration.ofSeconds(-1), EXPECTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.fromCorrectnessAndSpeed(true, Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
