package org.cstoquiz.domain;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year ("1992"), to the month ("1992-05") or to the day
 * ("1992-05-15").
 *
 * <p>A partial date stands for the whole span of days it may denote: {@code 1999} is any day
 * from 1 January to 31 December 1999. {@link #earliest()} and {@link #latest()} give that span,
 * and the {@code certainly...} methods compare spans without guessing. A fact known to the year
 * never yields a question about its month: check {@link #precision()} or {@link #supports}.
 *
 * <p>The natural order ({@link #compareTo}) is a total order for sorting: by year, then month,
 * then day, where an unknown month or day sorts before any known one ("1999" before "1999-04").
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month; // 0 when unknown
    private final int day;   // 0 when unknown

    private PartialDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        if (month < 1) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        return new PartialDate(year, month, 0);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        if (month < 1 || day < 1) {
            throw new IllegalArgumentException("month and day must be given");
        }
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".
     *
     * @throws IllegalArgumentException with a readable message when the text is not such a date
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a date: '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && mo == 0 || m.group(3) != null && d == 0) {
            throw new IllegalArgumentException("not a date: '" + text + "' (month and day start at 01)");
        }
        return new PartialDate(y, mo, d);
    }

    /** Like {@link #parse} but returns empty instead of throwing. */
    public static Optional<PartialDate> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public int year() {
        return year;
    }

    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    public OptionalInt day() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    public Precision precision() {
        if (day != 0) {
            return Precision.DAY;
        }
        return month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** True when this date is known at least as precisely as {@code asked}. */
    public boolean supports(Precision asked) {
        return precision().supports(asked);
    }

    /** This date cut down to {@code precision} (never made finer). */
    public PartialDate truncatedTo(Precision precision) {
        return switch (precision) {
            case YEAR -> ofYear(year);
            case MONTH -> month == 0 ? this : new PartialDate(year, month, 0);
            case DAY -> this;
        };
    }

    /** The first day this date may denote. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may denote. */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    /** The exact day, when known to the day. */
    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(earliest());
    }

    /** True when every day this date may denote is before every day {@code other} may denote. */
    public boolean isCertainlyBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    /** True when every day this date may denote is after every day {@code other} may denote. */
    public boolean isCertainlyAfter(PartialDate other) {
        return earliest().isAfter(other.latest());
    }

    /** True when the two dates may denote the same day (their spans overlap). */
    public boolean mayCoincide(PartialDate other) {
        return !isCertainlyBefore(other) && !isCertainlyAfter(other);
    }

    /** Whether this date is before {@code other}, answered without guessing. */
    public Truth before(PartialDate other) {
        if (isCertainlyBefore(other)) {
            return Truth.YES;
        }
        if (!earliest().isBefore(other.latest())) {
            return Truth.NO;
        }
        return Truth.UNKNOWN;
    }

    /** True when the span of this date lies inside the span of {@code other} ("1992-05-15" within "1992"). */
    public boolean within(PartialDate other) {
        return !earliest().isBefore(other.earliest()) && !latest().isAfter(other.latest());
    }

    /** True when this date falls in {@code year} (always known, whatever the precision). */
    public boolean isInYear(int year) {
        return this.year == year;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(month, o.month);
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};

    /** English form at the known precision: "1992", "May 1992" or "15 May 1992". */
    public String display() {
        if (month == 0) {
            return Integer.toString(year);
        }
        String m = MONTHS[month - 1] + " " + year;
        return day == 0 ? m : day + " " + m;
    }

    /** ISO-like form at the known precision: "1992", "1992-05" or "1992-05-15". */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
