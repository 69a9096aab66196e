package io.posflow.terminal.terminal;

/** The wallet of a QR payment. */
public enum Wallet {
    WECHAT, ALIPAY, UNIONPAY
}
