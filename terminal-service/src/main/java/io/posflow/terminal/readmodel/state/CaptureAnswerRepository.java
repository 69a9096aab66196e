package io.posflow.terminal.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaptureAnswerRepository extends JpaRepository<CaptureAnswer, String> {
}
