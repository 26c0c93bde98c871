package org.cstoquiz.app.classes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredClassRepository extends JpaRepository<StoredClass, Long> {

    List<StoredClass> findAllByOrderByNameAsc();

    Optional<StoredClass> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    Optional<StoredClass> findByNameIgnoreCase(String name);
}
