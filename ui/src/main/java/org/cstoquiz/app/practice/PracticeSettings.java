package org.cstoquiz.app.practice;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * What a learner asks for when starting a practice session.
 *
 * @param areas     the areas to draw from; empty for all
 * @param types     the question types to draw from; empty for all
 * @param length    how many questions, 1 to {@link #MAX_LENGTH} (fewer when fewer match)
 * @param timeLimit how long the session may run; empty for an untimed session
 * @param scheme    how answers are scored
 * @param pack      the id of the pack (organization) to draw from; empty for the built-in pack
 */
public record PracticeSettings(Set<Area> areas, Set<QuestionType> types, int length, Optional<Duration> timeLimit,
                               ScoringScheme scheme, Optional<String> pack) {

    public static final int MAX_LENGTH = 100;
    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(3);

    public PracticeSettings {
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        Objects.requireNonNull(timeLimit, "timeLimit (use Optional.empty() for an untimed session)");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(pack, "pack (use Optional.empty() for the built-in pack)");
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a session has 1 to " + MAX_LENGTH + " questions, got " + length);
        }
        timeLimit.ifPresent(limit -> {
            if (limit.isNegative() || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
                throw new IllegalArgumentException("a time limit is above zero and at most " + MAX_TIME_LIMIT.toHours()
                        + " hours, got " + limit);
            }
        });
    }

    /** Settings drawing from the built-in pack. */
    public PracticeSettings(Set<Area> areas, Set<QuestionType> types, int length, Optional<Duration> timeLimit,
                            ScoringScheme scheme) {
        this(areas, types, length, timeLimit, scheme, Optional.empty());
    }

    /** An untimed session of {@code length} questions from any area and type, with partial credit. */
    public static PracticeSettings untimed(int length) {
        return new PracticeSettings(Set.of(), Set.of(), length, Optional.empty(), ScoringScheme.PARTIAL_CREDIT);
    }

    public PracticeSettings withAreas(Set<Area> newAreas) {
        return new PracticeSettings(newAreas, types, length, timeLimit, scheme, pack);
    }

    public PracticeSettings withTypes(Set<QuestionType> newTypes) {
        return new PracticeSettings(areas, newTypes, length, timeLimit, scheme, pack);
    }

    public PracticeSettings withTimeLimit(Duration limit) {
        return new PracticeSettings(areas, types, length, Optional.of(limit), scheme, pack);
    }

    public PracticeSettings withScheme(ScoringScheme newScheme) {
        return new PracticeSettings(areas, types, length, timeLimit, newScheme, pack);
    }

    public PracticeSettings withPack(String packId) {
        return new PracticeSettings(areas, types, length, timeLimit, scheme, Optional.of(packId));
    }
}
