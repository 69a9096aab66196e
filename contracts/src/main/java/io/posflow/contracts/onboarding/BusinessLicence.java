package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.pii.SealedValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The business licence of INDIVIDUAL_BUSINESS and ENTERPRISE applicants.
 *
 * @param uscc                the 18-character unified social credit code
 * @param validUntil          last valid day; absent for a licence without end date (长期)
 * @param legalRepresentative sealed, {@code Mask.NAME}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BusinessLicence(String uscc, LocalDate validUntil, SealedValue legalRepresentative) {

    public BusinessLicence {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(legalRepresentative, "legalRepresentative");
    }
}
