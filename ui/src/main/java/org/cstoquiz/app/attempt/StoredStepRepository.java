package org.cstoquiz.app.attempt;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredStepRepository extends JpaRepository<StoredStep, Long> {

    List<StoredStep> findByAttemptIdOrderBySeq(long attemptId);

    long countByAttemptId(long attemptId);
}
