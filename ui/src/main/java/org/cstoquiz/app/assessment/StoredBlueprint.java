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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstoquiz.app.attempt.StoredNames;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * The row of a test blueprint; areas and types as JSON names separated by commas, empty for all, its
 * parts and the pack its questions are drawn from.
 */
@Entity
@Table(name = "test_blueprint")
class StoredBlueprint {

    /** The unique constraint on the name, as the migration declares it. */
    static final String UNIQUE_NAME = "uk_test_blueprint_name";
    private static final String ANY = "*";

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

    /** "dates:single_choice:5;members:*:3", '*' for any; empty when the questions are spread evenly. */
    @Column(nullable = false, length = 1000)
    private String parts;

    @Column(nullable = false, length = 64)
    private String pack;

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
        this.areas = StoredNames.ofAreas(blueprint.areas());
        this.types = StoredNames.ofTypes(blueprint.types());
        this.questions = blueprint.questions();
        this.minutes = blueprint.minutes();
        this.scheme = blueprint.scheme();
        this.pack = blueprint.pack().orElseThrow(() -> new IllegalArgumentException("a stored blueprint names its pack"));
        this.parts = blueprint.parts().stream()
                .map(part -> part.area().map(Area::key).orElse(ANY) + ":"
                        + part.type().map(QuestionType::jsonName).orElse(ANY) + ":" + part.questions())
                .collect(Collectors.joining(";"));
    }

    Blueprint toBlueprint() {
        return new Blueprint(Optional.of(id), name, StoredNames.areas(areas), StoredNames.types(types),
                questions, minutes, scheme, parts.isEmpty() ? List.of() : Arrays.stream(parts.split(";"))
                .map(StoredBlueprint::part).toList(), Optional.of(pack));
    }

    private static Blueprint.Part part(String stored) {
        String[] fields = stored.split(":");
        return new Blueprint.Part(fields[0].equals(ANY) ? Optional.empty() : Optional.of(Area.fromKey(fields[0])),
                fields[1].equals(ANY) ? Optional.empty() : Optional.of(QuestionType.fromJsonName(fields[1])),
                Integer.parseInt(fields[2]));
    }
}
