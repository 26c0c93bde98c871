package org.cstoquiz.app.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.schedule.Rating;

/** One review answer, kept for progress charts. */
@Entity
@Table(name = "review_log")
class ReviewLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "fact_id", nullable = false, length = 200)
    private String factId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Area area;

    @Column(nullable = false)
    private boolean correct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Rating rating;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected ReviewLogEntry() {
    }

    ReviewLogEntry(String username, String factId, Area area, boolean correct, Rating rating, Instant reviewedAt) {
        this.username = username;
        this.factId = factId;
        this.area = area;
        this.correct = correct;
        this.rating = rating;
        this.reviewedAt = reviewedAt;
    }

    ReviewHistory.Answer toAnswer() {
        return new ReviewHistory.Answer(factId, area, correct, reviewedAt);
    }
}
