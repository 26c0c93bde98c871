package org.cstoquiz.app.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerSettingsRepository extends JpaRepository<LearnerSettings, String> {
}
