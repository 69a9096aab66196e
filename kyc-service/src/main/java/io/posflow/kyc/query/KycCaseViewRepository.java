package io.posflow.kyc.query;

import io.posflow.kyc.kyccase.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KycCaseViewRepository extends JpaRepository<KycCaseView, String> {

    boolean existsBySubjectTypeAndSubjectId(SubjectType subjectType, String subjectId);
}
