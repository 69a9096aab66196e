package io.posflow.onboarding.partnerbank;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedRefusalRepository extends JpaRepository<RecordedRefusal, String> {
}
