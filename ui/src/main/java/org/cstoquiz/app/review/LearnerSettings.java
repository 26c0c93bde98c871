package org.cstoquiz.app.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** What a learner keeps between visits: their time zone, how they recall in review and the organization they review. */
@Entity
@Table(name = "learner_settings")
class LearnerSettings {

    @Id
    @Column(length = 64)
    private String username;

    /** An IANA zone id ("Asia/Almaty"), as the learner's browser reported it; none until it has. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "recall_mode", nullable = false, length = 16)
    private RecallMode recallMode;

    /** The id of the pack last chosen in review; none until one was. */
    @Column(name = "review_pack", length = 64)
    private String reviewPack;

    protected LearnerSettings() {
    }

    LearnerSettings(String username) {
        this.username = username;
        this.recallMode = RecallMode.WITH_OPTIONS;
    }

    Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    void timeZone(String zoneId) {
        this.timeZone = zoneId;
    }

    RecallMode recallMode() {
        return recallMode;
    }

    void recallMode(RecallMode mode) {
        this.recallMode = mode;
    }

    Optional<String> reviewPack() {
        return Optional.ofNullable(reviewPack);
    }

    void reviewPack(String packId) {
        this.reviewPack = packId;
    }
}
