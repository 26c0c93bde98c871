package org.cstoquiz.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalsTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "PT20S      | < 1 min  | less than a minute",
            "PT1M       | 1 min    | 1 minute",
            "PT6M       | 6 min    | 6 minutes",
            "PT59M40S   | 1 h      | 1 hour",
            "PT90M      | 1.5 h    | 1.5 hours",
            "PT23H      | 23 h     | 23 hours",
            "P1D        | 1 d      | 1 day",
            "P4D        | 4 d      | 4 days",
            "P29D       | 29 d     | 29 days",
            "P30D       | 1 mo     | 1 month",
            "P45D       | 1.5 mo   | 1.5 months",
            "P364D      | 12.1 mo  | 12.1 months",
            "P365D      | 1 y      | 1 year",
            "P800D      | 2.2 y    | 2.2 years",
    })
    void describesIntervalsAsAnkiDoes(String interval, String brief, String words) {
        Duration duration = Duration.parse(interval);
        assertThat(Intervals.brief(duration)).isEqualTo(brief);
        assertThat(Intervals.inWords(duration)).isEqualTo(words);
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThatThrownBy(() -> Intervals.brief(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** What the four buttons say for a card never reviewed, under the default parameters. */
    @Test
    void theButtonsOfANewCard() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        Map<Rating, ReviewOutcome> preview = FsrsScheduler.withDefaults().preview(Card.newCard(now), now, ZoneOffset.UTC);

        assertThat(preview.values()).extracting(o -> Intervals.brief(o.interval()))
                .containsExactly("1 min", "6 min", "10 min", "8 d");
    }
}
