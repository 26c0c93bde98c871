package org.cstoquiz.app.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The row of a class: its name and the code learners join it with. */
@Entity
@Table(name = "quiz_class")
class StoredClass {

    static final String UNIQUE_CODE = "uk_quiz_class_join_code";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = ClassService.MAX_NAME)
    private String name;

    @Column(name = "join_code", nullable = false, length = 16)
    private String joinCode;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredClass() {
    }

    StoredClass(String name, String joinCode, String createdBy, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getJoinCode() {
        return joinCode;
    }

    void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    QuizClass toClass(int members) {
        return new QuizClass(id, name, joinCode, members, createdAt);
    }
}
