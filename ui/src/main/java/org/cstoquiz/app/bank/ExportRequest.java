package org.cstoquiz.app.bank;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.question.QuestionType;

/**
 * What to export, as the command line and the REST API take it: a format, the seed of the bank,
 * optional area and type filters, and an optional sample size. Empty filters mean "all".
 */
public record ExportRequest(String format, long seed, Set<Area> areas, Set<QuestionType> types, OptionalInt count) {

    public static final long DEFAULT_SEED = 42;

    public ExportRequest {
        areas = Set.copyOf(areas);
        types = Set.copyOf(types);
    }

    /**
     * Reads the options as a user types them ({@code "dates,members"}, {@code "single_choice"}).
     *
     * @throws BadExportRequest naming the first option that is wrong and what is accepted
     */
    public static ExportRequest parse(String format, Optional<String> seed, Optional<String> areas,
                                      Optional<String> types, Optional<String> count) {
        if (format == null || format.isBlank()) {
            throw new BadExportRequest("the format is missing; choose one of " + String.join(", ", Exporters.names()));
        }
        String formatName = format.strip();
        if (!Exporters.names().contains(formatName)) {
            throw new BadExportRequest("unknown format '" + formatName + "'; choose one of "
                    + String.join(", ", Exporters.names()));
        }
        long theSeed = seed.map(String::strip).map(s -> parseLong(s, "seed")).orElse(DEFAULT_SEED);
        Set<Area> theAreas = list(areas, "area", Area::fromKey,
                Arrays.stream(Area.values()).map(Area::key).toList());
        Set<QuestionType> theTypes = list(types, "type", QuestionType::fromJsonName,
                Arrays.stream(QuestionType.values()).map(QuestionType::jsonName).toList());
        OptionalInt theCount = OptionalInt.empty();
        if (count.isPresent()) {
            long n = parseLong(count.get().strip(), "count");
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new BadExportRequest("count must be at least 1, got " + count.get().strip());
            }
            theCount = OptionalInt.of((int) n);
        }
        return new ExportRequest(formatName, theSeed, theAreas, theTypes, theCount);
    }

    private static long parseLong(String text, String option) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadExportRequest(option + " must be a whole number, got '" + text + "'");
        }
    }

    private static <T> Set<T> list(Optional<String> text, String what, Function<String, T> byName, List<String> known) {
        Set<T> values = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String part : text.get().split(",")) {
            String name = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                values.add(byName.apply(name));
            } catch (IllegalArgumentException e) {
                throw new BadExportRequest("unknown " + what + " '" + part.strip() + "'; choose from "
                        + String.join(", ", known));
            }
        }
        return values;
    }
}
