package org.cstoquiz.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

/** A blueprint row the schema refuses is told apart by the name of the constraint it broke. */
@DataJpaTest(showSql = false, properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class BlueprintConstraintsTest {

    @Autowired
    StoredBlueprintRepository blueprints;

    private DataIntegrityViolationException refused(Blueprint blueprint) {
        return catchThrowableOfType(DataIntegrityViolationException.class,
                () -> blueprints.saveAndFlush(new StoredBlueprint(blueprint.withPack("csto"))));
    }

    /** What the database said, for a failure message. */
    private static String reported(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            out.append(cause.getClass().getSimpleName()).append(cause instanceof org.hibernate.exception.ConstraintViolationException v
                    ? " [" + v.getConstraintName() + "]" : "").append(": ").append(cause.getMessage()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aSecondBlueprintOfTheSameNameBreaksTheUniqueName() {
        DataIntegrityViolationException e = refused(Blueprint.draft("Exam style", Set.of(), Set.of(), 5, 5,
                ScoringScheme.PLAIN));
        assertThat(Constraints.violated(e, StoredBlueprint.UNIQUE_NAME)).as(reported(e)).isTrue();
        assertThat(Constraints.violated(e, "ck_test_blueprint_questions")).isFalse();
    }

    @Test
    void tooManyQuestionsBreaksTheirCheckNotTheUniqueName() {
        DataIntegrityViolationException e = refused(Blueprint.draft("Far too long", Set.of(), Set.of(), 500, 5,
                ScoringScheme.PLAIN));
        assertThat(Constraints.violated(e, "ck_test_blueprint_questions")).as(reported(e)).isTrue();
        assertThat(Constraints.violated(e, StoredBlueprint.UNIQUE_NAME)).isFalse();
    }
}
