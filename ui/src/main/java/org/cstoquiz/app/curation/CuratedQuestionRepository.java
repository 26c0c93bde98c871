package org.cstoquiz.app.curation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CuratedQuestionRepository extends JpaRepository<CuratedQuestion, Long> {

    List<CuratedQuestion> findByPackOrderByIdAsc(String pack);

    Optional<CuratedQuestion> findByPackAndQuestionId(String pack, String questionId);
}
