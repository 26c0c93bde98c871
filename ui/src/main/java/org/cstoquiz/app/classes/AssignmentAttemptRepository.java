package org.cstoquiz.app.classes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentAttemptRepository extends JpaRepository<AssignmentAttempt, Long> {

    List<AssignmentAttempt> findByAssignmentId(long assignmentId);

    Optional<AssignmentAttempt> findByAssignmentIdAndUsername(long assignmentId, String username);
}
