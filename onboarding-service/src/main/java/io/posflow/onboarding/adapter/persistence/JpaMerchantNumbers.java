package io.posflow.onboarding.adapter.persistence;

import io.posflow.onboarding.config.MerchantNumberProperties;
import io.posflow.onboarding.domain.merchant.Mcc;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.merchant.MerchantNumbers;
import io.posflow.onboarding.domain.merchant.MerchantNumbersExhaustedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merchant numbers from the {@code merchant_number_sequence} table. The increment joins the caller's
 * transaction (the approval's), so a rolled-back approval gives its number back and a committed one
 * keeps it; the row lock serialises concurrent approvals under the same prefix.
 */
@Component
public class JpaMerchantNumbers implements MerchantNumbers {

    private final MerchantNumberSequenceRepository sequences;
    private final MerchantNumberProperties properties;
    private final TransactionTemplate separately;

    public JpaMerchantNumbers(MerchantNumberSequenceRepository sequences, MerchantNumberProperties properties,
                              PlatformTransactionManager transactions) {
        this.sequences = sequences;
        this.properties = properties;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public MerchantNo allocate(Mcc mcc) {
        String prefix = properties.institution() + properties.area() + mcc.value();
        MerchantNumberSequence sequence = sequences.lockByPrefix(prefix).orElseGet(() -> {
            createRow(prefix);
            return sequences.lockByPrefix(prefix).orElseThrow();
        });
        if (sequence.lastSequence() >= MerchantNo.maxSequence()) {
            throw new MerchantNumbersExhaustedException(prefix);
        }
        return MerchantNo.compose(properties.institution(), properties.area(), mcc, sequence.next());
    }

    /**
     * The first number of a prefix creates its row in a transaction of its own: when another instance
     * creates it at the same moment, the losing insert fails alone, not the approval around it.
     */
    private void createRow(String prefix) {
        try {
            separately.executeWithoutResult(status -> sequences.saveAndFlush(new MerchantNumberSequence(prefix)));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // the other instance's row serves as well
        }
    }
}
