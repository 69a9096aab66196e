package io.posflow.kyc.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseFileRepository extends JpaRepository<CaseFile, String> {
}
