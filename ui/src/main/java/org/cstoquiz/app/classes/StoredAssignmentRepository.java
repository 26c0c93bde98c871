package org.cstoquiz.app.classes;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAssignmentRepository extends JpaRepository<StoredAssignment, Long> {

    List<StoredAssignment> findByClassIdOrderByOpensAtDesc(long classId);

    List<StoredAssignment> findByClassIdIn(Collection<Long> classIds);
}
