package org.cstoquiz.app.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The row of a test assigned to a class. */
@Entity
@Table(name = "class_assignment")
class StoredAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "blueprint_id", nullable = false)
    private long blueprintId;

    /** The blueprint's name when the test was assigned. */
    @Column(nullable = false, length = 80)
    private String title;

    /** What every learner's questions are drawn with: one paper for the class. */
    @Column(nullable = false)
    private long seed;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredAssignment() {
    }

    StoredAssignment(long classId, long blueprintId, String title, long seed, Instant opensAt, Instant closesAt,
                     String createdBy, Instant createdAt) {
        this.classId = classId;
        this.blueprintId = blueprintId;
        this.title = title;
        this.seed = seed;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getClassId() {
        return classId;
    }

    long getBlueprintId() {
        return blueprintId;
    }

    long getSeed() {
        return seed;
    }

    Assignment toAssignment(String className) {
        return new Assignment(id, classId, className, blueprintId, title, opensAt, closesAt);
    }
}
