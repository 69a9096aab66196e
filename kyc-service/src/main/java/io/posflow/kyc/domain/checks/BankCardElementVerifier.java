package io.posflow.kyc.domain.checks;

/**
 * The bank-card element check (K4, 银行卡四要素): does the bank hold this card for this name, ID number and
 * reserved phone? Answers MATCH, MISMATCH or INCONCLUSIVE; throws {@link ProviderUnavailableException} when it
 * gets no answer.
 */
public interface BankCardElementVerifier {

    /** Provider name: the Resilience4j instance, the simulator's name, the metrics' {@code name} tag. */
    String PROVIDER = "bank-card-elements";

    BankCardElementAnswer verify(BankCardElements elements);
}
