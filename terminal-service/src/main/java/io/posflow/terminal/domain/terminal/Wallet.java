package io.posflow.terminal.domain.terminal;

/** The wallet of a QR payment. */
public enum Wallet {
    WECHAT, ALIPAY, UNIONPAY
}
