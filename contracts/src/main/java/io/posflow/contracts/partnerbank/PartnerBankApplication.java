package io.posflow.contracts.partnerbank;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.SettlementSpeed;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as a partner bank sends it: the REST application body of onboarding-service without
 * {@code channel} (always PARTNER_BANK) and without FACE_LIVENESS (waived, K9), personal data in clear.
 *
 * <p>Deliberately lenient: only the schema's required fields are enforced before onboarding-service reads
 * it, so that every format problem can be reported at once in ApplicationRefused. The nested records'
 * {@code toString} never shows personal data.
 *
 * @param settlementSpeed      absent means T1
 * @param terminalSerialNumber absent: a terminal of the model is allocated
 * @param businessLicence      licensed applicant types only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerBankApplication(
        ApplicantType applicantType,
        String merchantName,
        String mcc,
        BusinessAddress businessAddress,
        DeviceModel deviceModel,
        SettlementSpeed settlementSpeed,
        String terminalSerialNumber,
        Applicant applicant,
        SettlementAccount settlementAccount,
        BusinessLicence businessLicence,
        List<Material> materials,
        Agreement agreement) {

    public PartnerBankApplication {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** The applicant in clear, as on the resident identity card. */
    public record Applicant(String name, String idNumber, LocalDate idValidUntil, String phone) {

        @Override
        public String toString() {
            return "Applicant[personal data redacted]";
        }
    }

    /**
     * The settlement account in clear; {@code accountType} absent means PERSONAL_CARD; no reserved phone
     * for a CORPORATE account.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SettlementAccount(AccountType accountType, String holderName, String cardNumber, String bankName,
                                    String branchName, String reservedPhone) {

        @Override
        public String toString() {
            return "SettlementAccount[" + accountType + ", " + bankName + ", personal data redacted]";
        }
    }

    /** The business licence; {@code validUntil} absent for a licence without end date (长期). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BusinessLicence(String uscc, LocalDate validUntil, String legalRepresentative) {

        @Override
        public String toString() {
            return "BusinessLicence[" + uscc + ", legal representative redacted]";
        }
    }

    /** A document the bank uploaded to the object store beforehand. */
    public record Material(MaterialKind kind, String documentId) {
    }

    /** The electronic agreement, signed with the applicant's ID name. */
    public record Agreement(String signedName) {

        @Override
        public String toString() {
            return "Agreement[signed name redacted]";
        }
    }
}
