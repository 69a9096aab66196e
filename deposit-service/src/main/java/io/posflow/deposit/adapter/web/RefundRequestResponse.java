package io.posflow.deposit.adapter.web;

import io.posflow.deposit.domain.deposit.DepositStatus;

/** {@code POST /api/v1/deposits/{sn}/refund-request}: the deposit's status once the request is taken (D3). */
public record RefundRequestResponse(String serialNumber, DepositStatus status) {
}
