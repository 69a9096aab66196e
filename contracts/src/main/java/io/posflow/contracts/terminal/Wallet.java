package io.posflow.contracts.terminal;

/** The QR wallet. */
public enum Wallet {
    WECHAT, ALIPAY, UNIONPAY
}
