package org.cstoquiz.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCardRepository extends JpaRepository<ReviewCard, Long> {

    List<ReviewCard> findByUsername(String username);

    Optional<ReviewCard> findByUsernameAndFactId(String username, String factId);

    List<ReviewCard> findByUsernameAndDueLessThanEqualOrderByDueAsc(String username, Instant now);

    long countByUsernameAndIntroducedAtGreaterThanEqual(String username, Instant since);
}
