package org.cstoquiz.app.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExamDateRepository extends JpaRepository<ExamDate, String> {
}
