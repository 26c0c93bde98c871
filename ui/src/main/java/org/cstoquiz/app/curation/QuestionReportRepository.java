package org.cstoquiz.app.curation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionReportRepository extends JpaRepository<QuestionReport, Long> {

    List<QuestionReport> findByResolvedAtIsNullOrderByReportedAtAsc();

    List<QuestionReport> findByQuestionIdInAndResolvedAtIsNull(Collection<String> questionIds);

    boolean existsByQuestionIdAndReporterAndResolvedAtIsNull(String questionId, String reporter);
}
