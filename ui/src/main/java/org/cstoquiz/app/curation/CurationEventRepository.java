package org.cstoquiz.app.curation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CurationEventRepository extends JpaRepository<CurationEvent, Long> {

    List<CurationEvent> findByCuratedIdOrderByIdAsc(long curatedId);
}
