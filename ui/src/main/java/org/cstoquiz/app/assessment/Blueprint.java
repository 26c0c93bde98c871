package org.cstoquiz.app.assessment;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * What a self-assessment test is made of: e.g. "Exam style: 25 questions, 30 minutes, negative
 * marking". Checked by {@link SelfTestService#saveBlueprint}, which says what is wrong in words.
 *
 * @param id        empty for a blueprint not saved yet
 * @param areas     the areas questions come from; empty for all
 * @param types     the question types; empty for all
 * @param questions how many questions a test has
 * @param minutes   the time limit; 0 for an untimed test
 */
public record Blueprint(Optional<Long> id, String name, Set<Area> areas, Set<QuestionType> types, int questions,
                        int minutes, ScoringScheme scheme) {

    public static final int MAX_NAME = 80;
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_MINUTES = 180;

    public Blueprint {
        Objects.requireNonNull(id, "id (use Optional.empty() for a new blueprint)");
        name = name == null ? "" : name.strip();
        areas = areas == null || areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
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
