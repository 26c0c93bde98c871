package org.cstoquiz.app.classes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** The blueprint the questions are drawn from; null for a fixed paper. */
    @Column(name = "blueprint_id")
    private Long blueprintId;

    /** The pack of a fixed paper's questions; null for a test drawn from a blueprint. */
    @Column(name = "paper_pack", length = 64)
    private String paperPack;

    /** The seed of the bank a fixed paper's questions were chosen from; null for a test drawn from a blueprint. */
    @Column(name = "paper_seed")
    private Long paperSeed;

    /** A fixed paper's questions, in the order the learners get them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_question", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "slot")
    @Column(name = "question_id", nullable = false, length = 100)
    private List<String> paperQuestions = new ArrayList<>();

    /** The blueprint's (or the paper's) name when the test was assigned. */
    @Column(nullable = false, length = 80)
    private String title;

    /** What every learner's questions are drawn with: one paper for the class (unused by a fixed paper). */
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
        this(classId, title, seed, opensAt, closesAt, createdBy, createdAt);
        this.blueprintId = blueprintId;
    }

    /** A fixed paper: these questions of the bank of {@code pack} and {@code bankSeed}, in this order. */
    StoredAssignment(long classId, String pack, long bankSeed, List<String> questionIds, String title, Instant opensAt,
                     Instant closesAt, String createdBy, Instant createdAt) {
        this(classId, title, bankSeed, opensAt, closesAt, createdBy, createdAt);
        this.paperPack = pack;
        this.paperSeed = bankSeed;
        this.paperQuestions = new ArrayList<>(questionIds);
    }

    private StoredAssignment(long classId, String title, long seed, Instant opensAt, Instant closesAt, String createdBy,
                             Instant createdAt) {
        this.classId = classId;
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

    /** Empty for a fixed paper. */
    Optional<Long> getBlueprintId() {
        return Optional.ofNullable(blueprintId);
    }

    String getPaperPack() {
        return paperPack;
    }

    long getPaperSeed() {
        return paperSeed;
    }

    List<String> getPaperQuestions() {
        return List.copyOf(paperQuestions);
    }

    long getSeed() {
        return seed;
    }

    Assignment toAssignment(String className) {
        return new Assignment(id, classId, className, getBlueprintId(), title, opensAt, closesAt, getPaperQuestions());
    }
}
