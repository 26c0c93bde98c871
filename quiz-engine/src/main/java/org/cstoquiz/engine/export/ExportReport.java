package org.cstoquiz.engine.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an export writes: how many of the questions asked for go into the file, and which are left
 * out and why. Every place that makes an export (command line, REST API, bank view) says this to
 * the user, and none offers a file when {@link #nothingWritten()}.
 *
 * @param format  the format name, e.g. {@code "aiken"}
 * @param asked   how many questions were asked for
 * @param skipped the questions left out, in the order they were asked for
 */
public record ExportReport(String format, int asked, List<Skipped> skipped) {

    public ExportReport {
        Objects.requireNonNull(format, "format");
        skipped = List.copyOf(skipped);
        if (skipped.size() > asked) {
            throw new IllegalArgumentException(skipped.size() + " skipped of " + asked + " asked");
        }
    }

    /** The report of {@code exporter} on {@code set}. */
    public static ExportReport of(Exporter exporter, QuestionSet set) {
        return new ExportReport(exporter.formatName(), set.questions().size(), exporter.skipped(set));
    }

    public int written() {
        return asked - skipped.size();
    }

    public boolean nothingWritten() {
        return written() == 0;
    }

    /** How many questions each reason left out, the most frequent first (ties in the order met). */
    public Map<String, Long> skippedByReason() {
        Map<String, Long> counts = skipped.stream()
                .collect(Collectors.groupingBy(Skipped::reason, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * One sentence: {@code "786 of 1530 questions written in aiken; 744 skipped: 439 Aiken has only
     * single-answer multiple choice, not true_false; …"}.
     */
    public String summary() {
        String head = written() + " of " + asked + " " + (asked == 1 ? "question" : "questions") + " written in " + format;
        return skipped.isEmpty() ? head : head + "; " + skipped.size() + " skipped: " + reasons();
    }

    /** The reasons with their counts: {@code "439 Aiken has only …, not true_false; 168 …"}; empty when nothing is skipped. */
    public String reasons() {
        return skippedByReason().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining("; "));
    }
}
