package org.cstoquiz.app.attempt;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.engine.attempt.AttemptState;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredAttemptRepository extends JpaRepository<StoredAttempt, Long> {

    /** The attempt, its row locked until the transaction ends: requests that change it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<StoredAttempt> findForUpdateByIdAndOwnerAndKind(long id, String owner, AttemptKind kind);

    /** The attempt, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StoredAttempt a where a.id = :id")
    Optional<StoredAttempt> findForUpdate(@Param("id") long id);

    /** The ids of the owner's attempts of a kind, the latest first. */
    @Query("select a.id from StoredAttempt a where a.owner = :owner and a.kind = :kind order by a.startedAt desc, a.id desc")
    List<Long> findIdsLatestFirst(@Param("owner") String owner, @Param("kind") AttemptKind kind, Limit limit);

    @Query("select a.id from StoredAttempt a where a.owner = :owner and a.kind = :kind and a.state = :state")
    List<Long> findIds(@Param("owner") String owner, @Param("kind") AttemptKind kind, @Param("state") AttemptState state);

    @Query("select a.id from StoredAttempt a where a.state = org.cstoquiz.engine.attempt.AttemptState.IN_PROGRESS"
            + " and a.deadline <= :now order by a.deadline")
    List<Long> findOverdue(@Param("now") Instant now);

    /** The ids of every closed attempt, oldest first. */
    @Query("select a.id from StoredAttempt a where a.state <> org.cstoquiz.engine.attempt.AttemptState.IN_PROGRESS"
            + " order by a.id")
    List<Long> findClosedIds();

    /** The owner's closed attempts of a kind, the latest first. */
    @Query("select a from StoredAttempt a where a.owner = :owner and a.kind = :kind"
            + " and a.state <> org.cstoquiz.engine.attempt.AttemptState.IN_PROGRESS order by a.startedAt desc, a.id desc")
    List<StoredAttempt> findClosedLatestFirst(@Param("owner") String owner, @Param("kind") AttemptKind kind);

    /** The owner's closed attempts of every kind, the latest first. */
    @Query("select a from StoredAttempt a where a.owner = :owner"
            + " and a.state <> org.cstoquiz.engine.attempt.AttemptState.IN_PROGRESS order by a.startedAt desc, a.id desc")
    List<StoredAttempt> findClosedLatestFirst(@Param("owner") String owner, Limit limit);
}
