package io.posflow.kyc.readmodel.state;

import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface KycCaseViewRepository extends JpaRepository<KycCaseView, String> {

    boolean existsBySubjectTypeAndSubjectId(SubjectType subjectType, String subjectId);

    /** The subject's latest case (an application's last round). */
    Optional<KycCaseView> findFirstBySubjectTypeAndSubjectIdOrderByRoundDesc(SubjectType subjectType, String subjectId);

    /** K10: the subject's case waiting for a micro-deposit answer, if any. */
    Optional<KycCaseView> findFirstBySubjectTypeAndSubjectIdAndStatus(SubjectType subjectType, String subjectId,
                                                                      KycCaseStatus status);
}
