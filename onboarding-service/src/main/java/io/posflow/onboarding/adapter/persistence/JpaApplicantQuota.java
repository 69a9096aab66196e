package io.posflow.onboarding.adapter.persistence;

import io.posflow.onboarding.config.IntakeProperties;
import io.posflow.onboarding.domain.application.ApplicantQuota;
import io.posflow.onboarding.domain.application.ApplicationLimitReachedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * O8 limits in the {@code applicant_quota} table. Every change joins the command's transaction and holds
 * the applicant's row lock until it commits, so concurrent submissions for one ID number are serialised
 * and a rolled-back submission gives its place back.
 */
@Component
@Transactional(propagation = Propagation.REQUIRED)
public class JpaApplicantQuota implements ApplicantQuota {

    private final ApplicantQuotaRepository rows;
    private final IntakeProperties limits;
    private final TransactionTemplate separately;

    public JpaApplicantQuota(ApplicantQuotaRepository rows, IntakeProperties limits,
                             PlatformTransactionManager transactions) {
        this.rows = rows;
        this.limits = limits;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void reserveApplication(String applicantKey) {
        ApplicantQuotaRow row = locked(applicantKey);
        if (row.merchants() >= limits.maxMerchantsPerId() || !row.addApplication(limits.maxApplicationsPerId())) {
            throw new ApplicationLimitReachedException();
        }
    }

    @Override
    public void releaseApplication(String applicantKey) {
        locked(applicantKey).removeApplication();
    }

    @Override
    public boolean addMerchant(String applicantKey) {
        return locked(applicantKey).addMerchant(limits.maxMerchantsPerId());
    }

    private ApplicantQuotaRow locked(String applicantKey) {
        return rows.lock(applicantKey).orElseGet(() -> {
            createRow(applicantKey);
            return rows.lock(applicantKey).orElseThrow();
        });
    }

    /** The first application of an ID number creates its row alone: a concurrent creator's insert fails alone. */
    private void createRow(String applicantKey) {
        try {
            separately.executeWithoutResult(status -> rows.saveAndFlush(new ApplicantQuotaRow(applicantKey)));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // the other one's row serves as well
        }
    }
}
