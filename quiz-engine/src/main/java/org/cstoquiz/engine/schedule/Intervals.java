package org.cstoquiz.engine.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * Review intervals in words, as Anki writes them on its rating buttons: minutes and hours for
 * (re)learning steps, whole days, then months and years with one decimal.
 */
public final class Intervals {

    private static final long DAYS_PER_MONTH = 30;
    private static final long DAYS_PER_YEAR = 365;

    private Intervals() {
    }

    /** "1 min", "10 min", "1.5 h", "4 d", "1.2 mo", "2 y"; an interval under a minute is "< 1 min". */
    public static String brief(Duration interval) {
        return describe(interval, false);
    }

    /** The same in full words: "1 minute", "10 minutes", "1.5 hours", "4 days", "1.2 months", "2 years". */
    public static String inWords(Duration interval) {
        return describe(interval, true);
    }

    private static String describe(Duration interval, boolean words) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("an interval cannot be negative: " + interval);
        }
        long minutes = Math.round(interval.toSeconds() / 60.0);
        if (minutes < 1) {
            return words ? "less than a minute" : "< 1 min";
        }
        if (minutes < 60) {
            return unit(BigDecimal.valueOf(minutes), words ? "minute" : "min", words);
        }
        if (minutes < 24 * 60) {
            return unit(oneDecimal(minutes / 60.0), words ? "hour" : "h", words);
        }
        long days = Math.round(minutes / (24 * 60.0));
        if (days < DAYS_PER_MONTH) {
            return unit(BigDecimal.valueOf(days), words ? "day" : "d", words);
        }
        if (days < DAYS_PER_YEAR) {
            return unit(oneDecimal(days / (double) DAYS_PER_MONTH), words ? "month" : "mo", words);
        }
        return unit(oneDecimal(days / (double) DAYS_PER_YEAR), words ? "year" : "y", words);
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String unit(BigDecimal amount, String unit, boolean words) {
        String number = amount.toPlainString();
        boolean one = amount.compareTo(BigDecimal.ONE) == 0;
        return number + " " + unit + (words && !one ? "s" : "");
    }
}
