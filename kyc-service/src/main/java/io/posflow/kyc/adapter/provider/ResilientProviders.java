package io.posflow.kyc.adapter.provider;

import io.posflow.kyc.domain.checks.BankCardElementVerifier;
import io.posflow.kyc.domain.checks.DocumentInspector;
import io.posflow.kyc.domain.checks.FaceMatcher;
import io.posflow.kyc.domain.checks.MicroDepositPayouts;

/** The ports as the checks get them: every call of the raw provider goes through its {@link ResilientCall}. */
public final class ResilientProviders {

    private ResilientProviders() {
    }

    public static BankCardElementVerifier bankCardElements(BankCardElementVerifier provider, ResilientCall call) {
        return elements -> call.call(() -> provider.verify(elements));
    }

    public static FaceMatcher face(FaceMatcher provider, ResilientCall call) {
        return request -> call.call(() -> provider.match(request));
    }

    public static DocumentInspector documents(DocumentInspector provider, ResilientCall call) {
        return document -> call.call(() -> provider.inspect(document));
    }

    public static MicroDepositPayouts microDeposits(MicroDepositPayouts bank, ResilientCall call) {
        return order -> call.call(() -> bank.pay(order));
    }
}
