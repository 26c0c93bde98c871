package org.cstoquiz.app.practice;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticePreferenceRepository extends JpaRepository<PracticePreference, String> {
}
