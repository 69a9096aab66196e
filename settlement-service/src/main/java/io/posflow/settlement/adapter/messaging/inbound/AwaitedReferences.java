package io.posflow.settlement.adapter.messaging.inbound;

/** The references a parked message waits for (architecture §4), named alike by whoever parks and whoever releases. */
final class AwaitedReferences {

    private AwaitedReferences() {
    }

    /** What a capture waits for until the merchant's MerchantOnboarded has been applied. */
    static String merchantReference(String merchantNo) {
        return "merchant:" + merchantNo;
    }

    /** What a VOID or REFUND waits for until its sale has been recorded. */
    static String saleReference(String saleId) {
        return "transaction:" + saleId;
    }
}
