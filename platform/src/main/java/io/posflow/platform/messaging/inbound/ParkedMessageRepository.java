package io.posflow.platform.messaging.inbound;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ParkedMessageRepository extends JpaRepository<ParkedMessage, Long> {

    @Query("select p.id from ParkedMessage p where p.reference = :reference order by p.id")
    List<Long> findIdsWaitingFor(String reference);

    @Query("select distinct p.reference from ParkedMessage p")
    List<String> findReferences(org.springframework.data.domain.Pageable page);
}
