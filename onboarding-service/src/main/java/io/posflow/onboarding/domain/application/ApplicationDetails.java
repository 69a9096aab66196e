package io.posflow.onboarding.domain.application;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.onboarding.domain.merchant.BusinessAddress;
import io.posflow.onboarding.domain.merchant.Mcc;
import io.posflow.onboarding.domain.merchant.SettlementAccount;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an application says, as it is stored: every personal datum is already sealed, so the event store
 * never holds a clear name, ID number, phone or card number.
 *
 * @param terminalSerialNumber the stock terminal to bind; null: one is allocated
 * @param businessLicence      licensed applicant types only, else null
 * @param signedName           the name the agreement was signed with, sealed
 * @param agent                AGENT channel only, else null
 * @param partnerBank          PARTNER_BANK channel only, else null: who vouched for the application (K9)
 */
public record ApplicationDetails(
        Channel channel,
        ApplicantType applicantType,
        String merchantName,
        Mcc mcc,
        BusinessAddress businessAddress,
        DeviceModel deviceModel,
        SettlementSpeed settlementSpeed,
        String terminalSerialNumber,
        Applicant applicant,
        SettlementAccount settlementAccount,
        BusinessLicence businessLicence,
        List<MaterialReference> materials,
        SealedValue signedName,
        Agent agent,
        PartnerBankAttestation partnerBank) {

    public ApplicationDetails {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(mcc, "mcc");
        Objects.requireNonNull(businessAddress, "businessAddress");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(settlementSpeed, "settlementSpeed");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(signedName, "signedName");
        materials = materials == null ? List.of() : List.copyOf(materials);
        if (channel == Channel.AGENT && agent == null) {
            throw new IllegalArgumentException("An AGENT application names its agent");
        }
        if (channel == Channel.PARTNER_BANK && partnerBank == null) {
            throw new IllegalArgumentException("A PARTNER_BANK application names the bank that vouched for it");
        }
        if (applicantType != ApplicantType.PERSONAL && businessLicence == null) {
            throw new IllegalArgumentException("A licensed applicant type has a business licence");
        }
        if (settlementAccount.accountType() == AccountType.CORPORATE && applicantType != ApplicantType.ENTERPRISE) {
            throw new IllegalArgumentException("Only an ENTERPRISE settles to a corporate account");
        }
    }

    /** The person who applies, as on the resident identity card; name, ID number and phone sealed. */
    public record Applicant(SealedValue name, SealedValue idNumber, LocalDate idValidUntil, SealedValue phone) {

        public Applicant {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(idNumber, "idNumber");
            Objects.requireNonNull(idValidUntil, "idValidUntil");
            Objects.requireNonNull(phone, "phone");
        }
    }

    /** @param validUntil null for a licence without end date (长期) */
    public record BusinessLicence(String uscc, LocalDate validUntil, SealedValue legalRepresentative) {

        public BusinessLicence {
            Objects.requireNonNull(uscc, "uscc");
            Objects.requireNonNull(legalRepresentative, "legalRepresentative");
        }
    }

    public record Agent(String agentId, String certificateNo) {

        public Agent {
            Objects.requireNonNull(agentId, "agentId");
            Objects.requireNonNull(certificateNo, "certificateNo");
        }
    }

    /**
     * An uploaded document the application refers to, with what the upload recorded of it (null in
     * applications recorded before documents were checked).
     *
     * @param originalFileName the name it was uploaded with, passed to the document check (K7)
     */
    public record MaterialReference(MaterialKind kind, String documentId, String sha256, String contentType,
                                    String originalFileName) {

        public MaterialReference {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(documentId, "documentId");
        }

        public MaterialReference(MaterialKind kind, String documentId) {
            this(kind, documentId, null, null, null);
        }

        /** Whether the upload's facts are known (all applications checked against the document store). */
        public boolean described() {
            return sha256 != null && contentType != null && originalFileName != null;
        }
    }
}
