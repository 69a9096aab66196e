package io.posflow.platform.sms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface SimulatedSmsRepository extends JpaRepository<SimulatedSms, Long> {

    List<SimulatedSms> findByPhoneOrderByIdAsc(String phone);
}
