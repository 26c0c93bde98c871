package org.cstoquiz.app.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Optional;
import org.cstoquiz.app.attempt.StoredNames;
import org.cstoquiz.engine.scoring.ScoringScheme;

/** The row of what a learner last asked of a practice session: areas and types as JSON names separated by commas. */
@Entity
@Table(name = "practice_preference")
class PracticePreference {

    @Id
    @Column(length = 64)
    private String owner;

    @Version
    @Column(nullable = false)
    private long version;

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

    /** The pack (organization) last practised; null for the built-in pack. */
    @Column(length = 64)
    private String pack;

    protected PracticePreference() {
    }

    PracticePreference(String owner) {
        this.owner = owner;
    }

    void update(PracticeSettings settings) {
        this.areas = StoredNames.ofAreas(settings.areas());
        this.types = StoredNames.ofTypes(settings.types());
        this.questions = settings.length();
        this.minutes = (int) settings.timeLimit().map(Duration::toMinutes).orElse(0L).longValue();
        this.scheme = settings.scheme();
        this.pack = settings.pack().orElse(null);
    }

    /** The settings as stored; empty if they no longer make sense (an area or type renamed since). */
    Optional<PracticeSettings> toSettings() {
        try {
            return Optional.of(new PracticeSettings(StoredNames.areas(areas), StoredNames.types(types),
                    questions, minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes)), scheme,
                    Optional.ofNullable(pack)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
