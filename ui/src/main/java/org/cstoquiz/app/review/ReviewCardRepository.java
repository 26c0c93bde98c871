package org.cstoquiz.app.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCardRepository extends JpaRepository<ReviewCard, Long> {

    List<ReviewCard> findByUsernameAndPack(String username, String pack);

    Optional<ReviewCard> findByUsernameAndPackAndFactId(String username, String pack, String factId);
}
