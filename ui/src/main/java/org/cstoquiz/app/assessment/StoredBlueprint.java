package org.cstoquiz.app.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/** The row of a test blueprint; areas and types as JSON names separated by commas, empty for all. */
@Entity
@Table(name = "test_blueprint")
class StoredBlueprint {

    /** The unique constraint on the name, as the migration declares it. */
    static final String UNIQUE_NAME = "uk_test_blueprint_name";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = Blueprint.MAX_NAME)
    private String name;

    @Column(nullable = false)
    private String areas;

    @Column(nullable = false)
    private String types;

    @Column(nullable = false)
    private int questions;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ScoringScheme scheme;

    protected StoredBlueprint() {
    }

    StoredBlueprint(Blueprint blueprint) {
        update(blueprint);
    }

    Long getId() {
        return id;
    }

    void update(Blueprint blueprint) {
        this.name = blueprint.name();
        this.areas = blueprint.areas().stream().sorted().map(Area::jsonName).collect(Collectors.joining(","));
        this.types = blueprint.types().stream().sorted().map(QuestionType::jsonName).collect(Collectors.joining(","));
        this.questions = blueprint.questions();
        this.minutes = blueprint.minutes();
        this.scheme = blueprint.scheme();
    }

    Blueprint toBlueprint() {
        return new Blueprint(Optional.of(id), name, names(areas, Area::fromJsonName), names(types, QuestionType::fromJsonName),
                questions, minutes, scheme);
    }

    private static <T> Set<T> names(String joined, java.util.function.Function<String, T> parse) {
        return joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
