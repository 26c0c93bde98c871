package org.cstoquiz.app.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredBlueprintRepository extends JpaRepository<StoredBlueprint, Long> {

    List<StoredBlueprint> findAllByOrderByNameAsc();

    Optional<StoredBlueprint> findByNameIgnoreCase(String name);
}
