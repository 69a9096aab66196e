package io.posflow.platform.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message the simulated gateway "sent" (simulation profile only). */
@Entity
@Table(name = "simulated_sms", indexes = @Index(name = "ix_simulated_sms_phone", columnList = "phone, id"))
public class SimulatedSms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SimulatedSms() {
    }

    SimulatedSms(String phone, String text, Instant sentAt) {
        this.phone = phone;
        this.text = text;
        this.sentAt = sentAt;
    }

    public String phone() {
        return phone;
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
