package org.cstoquiz.app.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    List<ReviewLogEntry> findByUsernameAndReviewedAtGreaterThanEqualOrderByReviewedAtAsc(String username, Instant since);
}
