package org.cstoquiz.app.attempt;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;

/** Areas and question types as rows store them: JSON names in order, separated by commas; empty for all. */
public final class StoredNames {

    private StoredNames() {
    }

    public static String ofAreas(Set<Area> areas) {
        return areas.stream().sorted().map(Area::key).collect(Collectors.joining(","));
    }

    public static String ofTypes(Set<QuestionType> types) {
        return types.stream().sorted().map(QuestionType::jsonName).collect(Collectors.joining(","));
    }

    /** @throws IllegalArgumentException for a name no area has */
    public static Set<Area> areas(String stored) {
        return parse(stored, Area::fromKey);
    }

    /** @throws IllegalArgumentException for a name no question type has */
    public static Set<QuestionType> types(String stored) {
        return parse(stored, QuestionType::fromJsonName);
    }

    private static <T> Set<T> parse(String joined, Function<String, T> parse) {
        return joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
