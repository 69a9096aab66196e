package io.posflow.terminal.capture;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaptureAnswerRepository extends JpaRepository<CaptureAnswer, String> {
}
