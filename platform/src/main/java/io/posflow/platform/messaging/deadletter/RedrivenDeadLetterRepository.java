package io.posflow.platform.messaging.deadletter;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RedrivenDeadLetterRepository extends JpaRepository<RedrivenDeadLetter, String> {
}
