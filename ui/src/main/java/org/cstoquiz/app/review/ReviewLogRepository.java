package org.cstoquiz.app.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    List<ReviewLogEntry> findByUsernameAndPackAndReviewedAtGreaterThanEqualOrderByReviewedAtAsc(
            String username, String pack, Instant since);

    /** Answers and right answers per fact of a pack. */
    @Query("select l.factId as factId, count(l) as answered, sum(case when l.correct = true then 1 else 0 end) as rightAnswers"
            + " from ReviewLogEntry l where l.username = :user and l.pack = :pack group by l.factId")
    List<FactCounts> countsPerFact(@Param("user") String username, @Param("pack") String pack);

    /** The latest answer on each fact of a pack. */
    @Query("select l from ReviewLogEntry l where l.id in (select max(m.id) from ReviewLogEntry m"
            + " where m.username = :user and m.pack = :pack group by m.factId)")
    List<ReviewLogEntry> latestPerFact(@Param("user") String username, @Param("pack") String pack);

    interface FactCounts {
        String getFactId();

        long getAnswered();

        long getRightAnswers();
    }
}
