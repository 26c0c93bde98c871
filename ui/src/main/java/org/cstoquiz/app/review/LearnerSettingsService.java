package org.cstoquiz.app.review;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own settings: the time zone their days, streaks and due dates are counted in, how
 * they recall in review and which organization they review. The zone is the one their browser reports; until it has reported one, days
 * are counted in UTC.
 */
@Service
@Transactional
public class LearnerSettingsService {

    /** The zone of a learner whose browser has not said theirs yet. */
    public static final ZoneId UNKNOWN_ZONE = ZoneId.of("UTC");

    private final LearnerSettingsRepository settings;

    public LearnerSettingsService(LearnerSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public ZoneId zone(String user) {
        return settings.findById(user).flatMap(LearnerSettings::timeZone).flatMap(LearnerSettingsService::parse)
                .orElse(UNKNOWN_ZONE);
    }

    /**
     * Keeps the zone a learner's browser reported. Returns whether it changed what is stored: an
     * unknown or malformed id, or the same zone again, changes nothing.
     */
    public boolean rememberZone(String user, String zoneId) {
        Optional<ZoneId> zone = parse(zoneId);
        if (zone.isEmpty()) {
            return false;
        }
        LearnerSettings mine = settings.findById(user).orElseGet(() -> new LearnerSettings(user));
        String id = zone.get().getId();
        if (mine.timeZone().filter(id::equals).isPresent()) {
            return false;
        }
        mine.timeZone(id);
        settings.save(mine);
        return true;
    }

    @Transactional(readOnly = true)
    public RecallMode recallMode(String user) {
        return settings.findById(user).map(LearnerSettings::recallMode).orElse(RecallMode.WITH_OPTIONS);
    }

    public void recallMode(String user, RecallMode mode) {
        LearnerSettings mine = settings.findById(user).orElseGet(() -> new LearnerSettings(user));
        mine.recallMode(mode);
        settings.save(mine);
    }

    /** The organization the learner last chose to review, if they ever did (the caller checks it is still loaded). */
    @Transactional(readOnly = true)
    public Optional<String> reviewPack(String user) {
        return settings.findById(user).flatMap(LearnerSettings::reviewPack);
    }

    /** Keeps the organization chosen in review for the learner's next visits; a malformed id changes nothing. */
    public void reviewPack(String user, String packId) {
        if (packId == null || packId.isBlank() || packId.length() > 64) {
            return;
        }
        LearnerSettings mine = settings.findById(user).orElseGet(() -> new LearnerSettings(user));
        mine.reviewPack(packId);
        settings.save(mine);
    }

    private static Optional<ZoneId> parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank() || zoneId.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zoneId.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
