package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.onboarding.domain.merchant.BusinessAddress;
import io.posflow.onboarding.domain.merchant.Mcc;
import io.posflow.onboarding.domain.merchant.SettlementAccount;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a checked {@link ApplicationForm} into sealed {@link ApplicationDetails}, and back for a
 * resubmission: nothing behind the intake sees a clear name, ID number, phone or card number. Every
 * personal datum is sealed under the key of its data subject — the application (architecture §4), so that the
 * subject can be crypto-shredded; it is re-sealed for transport only when published.
 */
public final class ApplicationSealer {

    private final SubjectSealing sealing;
    private final Function<String, Optional<StoredDocument>> documents;

    /** @param documents the uploaded documents by id: each material keeps what its upload recorded */
    public ApplicationSealer(SubjectSealing sealing, Function<String, Optional<StoredDocument>> documents) {
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /**
     * @param subjectId   the data subject the personal data belongs to: the application id
     * @param partnerBank who vouched for a PARTNER_BANK application, else null
     */
    public ApplicationDetails seal(ApplicationForm f, PartnerBankAttestation partnerBank, String subjectId) {
        SubjectSealing.Sealer sealer = sealing.forSubject(subjectId);
        ApplicationForm.Applicant a = f.applicant();
        ApplicationForm.Licence licence = f.businessLicence();
        return new ApplicationDetails(
                Channel.valueOf(f.channel()),
                ApplicantType.valueOf(f.applicantType()),
                f.merchantName().strip(),
                new Mcc(f.mcc()),
                new BusinessAddress(f.businessAddress().province(), f.businessAddress().city(),
                        f.businessAddress().district(), f.businessAddress().street()),
                DeviceModel.valueOf(f.deviceModel()),
                f.settlementSpeed() == null ? SettlementSpeed.T1 : SettlementSpeed.valueOf(f.settlementSpeed()),
                f.terminalSerialNumber(),
                new ApplicationDetails.Applicant(sealer.seal(a.name().strip(), Mask.NAME),
                        sealer.seal(a.idNumber().strip(), Mask.ID_NUMBER), a.idValidUntil(),
                        sealer.seal(a.phone(), Mask.PHONE)),
                account(f.settlementAccount(), sealer),
                licence == null ? null : new ApplicationDetails.BusinessLicence(licence.uscc(), licence.validUntil(),
                        sealer.seal(licence.legalRepresentative().strip(), Mask.NAME)),
                f.materials().stream().map(this::material).toList(),
                sealer.seal(f.agreement().signedName().strip(), Mask.NAME),
                f.agent() == null ? null : new ApplicationDetails.Agent(f.agent().agentId(), f.agent().certificateNo()),
                partnerBank);
    }

    /** The form the stored details were sealed from: a resubmission changes it and is checked in full. */
    public ApplicationForm unseal(ApplicationDetails d) {
        ApplicationDetails.Applicant a = d.applicant();
        SettlementAccount s = d.settlementAccount();
        ApplicationDetails.BusinessLicence licence = d.businessLicence();
        BusinessAddress address = d.businessAddress();
        return new ApplicationForm(
                d.channel().name(),
                d.applicantType().name(),
                d.merchantName(),
                d.mcc().value(),
                new ApplicationForm.Address(address.province(), address.city(), address.district(), address.street()),
                d.deviceModel().name(),
                d.settlementSpeed().name(),
                d.terminalSerialNumber(),
                new ApplicationForm.Applicant(unseal(a.name()), unseal(a.idNumber()), a.idValidUntil(),
                        unseal(a.phone())),
                new ApplicationForm.Account(s.accountType().name(), unseal(s.holderName()), unseal(s.cardNumber()),
                        s.bankName(), s.branchName(), s.reservedPhone() == null ? null : unseal(s.reservedPhone())),
                licence == null ? null : new ApplicationForm.Licence(licence.uscc(), licence.validUntil(),
                        unseal(licence.legalRepresentative())),
                d.materials().stream().map(m -> new ApplicationForm.MaterialItem(m.kind().name(), m.documentId()))
                        .toList(),
                new ApplicationForm.Agreement(unseal(d.signedName())),
                d.agent() == null ? null : new ApplicationForm.Agent(d.agent().agentId(), d.agent().certificateNo()));
    }

    /** A checked form's material: its document exists. */
    private ApplicationDetails.MaterialReference material(ApplicationForm.MaterialItem m) {
        StoredDocument document = documents.apply(m.documentId()).orElseThrow(() ->
                new IllegalStateException("Document of material " + m.kind() + " vanished after the checks"));
        return new ApplicationDetails.MaterialReference(MaterialKind.valueOf(m.kind()), m.documentId(),
                document.sha256(), document.contentType(), document.originalFileName());
    }

    private static SettlementAccount account(ApplicationForm.Account s, SubjectSealing.Sealer sealer) {
        AccountType type = s.accountType() == null ? AccountType.PERSONAL_CARD : AccountType.valueOf(s.accountType());
        return new SettlementAccount(type, sealer.seal(s.holderName().strip(), Mask.NAME),
                sealer.seal(s.cardNumber().strip(), Mask.CARD_NUMBER), s.bankName(), s.branchName(),
                s.reservedPhone() == null || s.reservedPhone().isBlank() ? null
                        : sealer.seal(s.reservedPhone(), Mask.PHONE));
    }

    /** @throws IllegalStateException when the application's data subject was crypto-shredded */
    private String unseal(SealedValue sealed) {
        return sealing.reveal(sealed).orElseThrow(() -> new IllegalStateException(
                "The application's personal data was crypto-shredded"));
    }

}
