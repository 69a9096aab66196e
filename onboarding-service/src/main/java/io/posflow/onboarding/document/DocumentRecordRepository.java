package io.posflow.onboarding.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRecordRepository extends JpaRepository<DocumentRecord, String> {
}
