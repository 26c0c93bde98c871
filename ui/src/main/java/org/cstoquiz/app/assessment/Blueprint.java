package org.cstoquiz.app.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * What a self-assessment test is made of: e.g. "Exam style: 25 questions, 30 minutes, negative
 * marking". Its rules are the Bean Validation constraints below, written for the instructor; the
 * blueprint form checks them at each field and {@link SelfTestService#saveBlueprint} again before
 * storing, with what only the server knows (names taken, questions available).
 *
 * @param id        empty for a blueprint not saved yet
 * @param areas     the areas questions come from; empty for all
 * @param types     the question types; empty for all
 * @param questions how many questions a test has; with parts, their sum
 * @param minutes   the time limit; 0 for an untimed test
 * @param parts     how many questions of each area and type, as Moodle's random questions per category;
 *                  empty to spread {@code questions} evenly over the areas and types
 * @param pack      the id of the pack (organization) the questions are drawn from; empty for the built-in pack
 */
public record Blueprint(
        Optional<Long> id,
        @NotBlank(message = "Give the blueprint a name.")
        @Size(max = Blueprint.MAX_NAME, message = "A name has at most " + Blueprint.MAX_NAME + " characters.")
        String name,
        Set<Area> areas,
        Set<QuestionType> types,
        @Min(value = 1, message = QUESTIONS_RULE) @Max(value = Blueprint.MAX_QUESTIONS, message = QUESTIONS_RULE)
        int questions,
        @Min(value = 0, message = MINUTES_RULE) @Max(value = Blueprint.MAX_MINUTES, message = MINUTES_RULE)
        int minutes,
        @NotNull(message = "Choose how the test is scored.")
        ScoringScheme scheme,
        List<Part> parts,
        Optional<String> pack) implements Serializable {

    public static final int MAX_NAME = 80;
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_MINUTES = 180;
    public static final String QUESTIONS_RULE = "A test has 1 to " + MAX_QUESTIONS + " questions.";
    public static final String MINUTES_RULE = "The time limit is 0 (untimed) to " + MAX_MINUTES + " minutes.";

    /**
     * Part of a test: {@code questions} questions of one area (or any of the blueprint's) and one type
     * (or any of the blueprint's).
     */
    public record Part(Optional<Area> area, Optional<QuestionType> type, int questions) implements Serializable {

        /** Written as its parts, "any" as null (an {@code Optional} is not serializable). */
        private Object writeReplace() {
            return new WrittenPart(area.orElse(null), type.orElse(null), questions);
        }

        private record WrittenPart(Area area, QuestionType type, int questions) implements Serializable {
            private Object readResolve() {
                return Part.of(area, type, questions);
            }
        }

        public Part {
            Objects.requireNonNull(area, "area (empty for any)");
            Objects.requireNonNull(type, "type (empty for any)");
        }

        public static Part of(Area area, QuestionType type, int questions) {
            return new Part(Optional.ofNullable(area), Optional.ofNullable(type), questions);
        }

        /** How many of the two it names: drawn first, so the general parts take what the specific ones leave. */
        int specificity() {
            return (area.isPresent() ? 1 : 0) + (type.isPresent() ? 1 : 0);
        }
    }

    /** Written as its parts, an empty id or pack as null (an {@code Optional} is not serializable). */
    private Object writeReplace() {
        return new Written(id.orElse(null), name, areas, types, questions, minutes, scheme, parts, pack.orElse(null));
    }

    private record Written(Long id, String name, Set<Area> areas, Set<QuestionType> types, int questions, int minutes,
                           ScoringScheme scheme, List<Part> parts, String pack) implements Serializable {
        private Object readResolve() {
            return new Blueprint(Optional.ofNullable(id), name, areas, types, questions, minutes, scheme, parts,
                    Optional.ofNullable(pack));
        }
    }

    public Blueprint {
        Objects.requireNonNull(id, "id (use Optional.empty() for a new blueprint)");
        name = name == null ? "" : name.strip();
        areas = areas == null || areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        parts = parts == null ? List.of() : List.copyOf(parts);
        pack = pack == null ? Optional.empty() : pack.filter(packId -> !packId.isBlank());
        if (!parts.isEmpty()) {
            questions = parts.stream().mapToInt(Part::questions).sum();
        }
    }

    /** A blueprint whose questions are spread evenly over its areas and types. */
    public Blueprint(Optional<Long> id, String name, Set<Area> areas, Set<QuestionType> types, int questions,
                     int minutes, ScoringScheme scheme) {
        this(id, name, areas, types, questions, minutes, scheme, List.of(), Optional.empty());
    }

    public Blueprint withParts(List<Part> newParts) {
        return new Blueprint(id, name, areas, types, questions, minutes, scheme, newParts, pack);
    }

    public Blueprint withPack(String packId) {
        return new Blueprint(id, name, areas, types, questions, minutes, scheme, parts, Optional.of(packId));
    }

    /** A blueprint not saved yet. */
    public static Blueprint draft(String name, Set<Area> areas, Set<QuestionType> types, int questions, int minutes,
                                  ScoringScheme scheme) {
        return new Blueprint(Optional.empty(), name, areas, types, questions, minutes, scheme);
    }

    public boolean isTimed() {
        return minutes > 0;
    }
}
