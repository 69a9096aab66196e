package io.posflow.platform.pii;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectKeyRepository extends JpaRepository<SubjectKey, String> {
}
