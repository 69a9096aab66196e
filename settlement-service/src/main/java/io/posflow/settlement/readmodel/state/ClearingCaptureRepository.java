package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface ClearingCaptureRepository extends JpaRepository<ClearingCapture, String> {

    List<ClearingCapture> findByBusinessDateAndVoidedFalse(LocalDate businessDate);
}
