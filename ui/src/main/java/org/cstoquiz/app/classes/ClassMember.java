package org.cstoquiz.app.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's membership of a class. */
@Entity
@Table(name = "class_member")
class ClassMember {

    static final String UNIQUE_MEMBER = "uk_class_member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected ClassMember() {
    }

    ClassMember(long classId, String username, Instant joinedAt) {
        this.classId = classId;
        this.username = username;
        this.joinedAt = joinedAt;
    }

    long getClassId() {
        return classId;
    }

    String getUsername() {
        return username;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }
}
