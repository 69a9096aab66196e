package io.posflow.settlement.web;

import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.query.StatementLine;
import io.posflow.settlement.transaction.CaptureStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's statement for one business date (Asia/Shanghai date of {@code capturedAt}).
 *
 * @param captured          every transaction captured that date, the deposit swipe included
 * @param depositsCollected the deposit swipes held as deposit liability instead of being paid out (S5)
 */
record StatementResponse(String merchantNo, LocalDate date, List<Captured> captured,
                         List<DepositCollected> depositsCollected) {

    record Captured(String transactionId, String serialNumber, TransactionType type, TransactionPurpose purpose,
                    PaymentChannel channel, long amountFen, Instant capturedAt, CaptureStatus status) {

        static Captured of(StatementLine line) {
            return new Captured(line.transactionId(), line.serialNumber(), line.type(), line.purpose(),
                    line.channel(), line.amountFen(), line.capturedAt(), line.status());
        }
    }

    record DepositCollected(String transactionId, String serialNumber, DeviceModel deviceModel, long depositFen,
                            Instant capturedAt) {

        static DepositCollected of(StatementLine line) {
            return new DepositCollected(line.transactionId(), line.serialNumber(), line.deviceModel(),
                    line.amountFen(), line.capturedAt());
        }
    }
}
