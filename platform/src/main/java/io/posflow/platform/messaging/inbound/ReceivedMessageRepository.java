package io.posflow.platform.messaging.inbound;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

public interface ReceivedMessageRepository extends JpaRepository<ReceivedMessage, String> {

    @Modifying
    @Query("delete from ReceivedMessage m where m.receivedAt < :before")
    int deleteReceivedBefore(Instant before);
}
