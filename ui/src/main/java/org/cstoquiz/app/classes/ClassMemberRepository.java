package org.cstoquiz.app.classes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassMemberRepository extends JpaRepository<ClassMember, Long> {

    List<ClassMember> findByClassIdOrderByUsernameAsc(long classId);

    List<ClassMember> findByUsername(String username);

    Optional<ClassMember> findByClassIdAndUsername(long classId, String username);

    long countByClassId(long classId);
}
