package io.posflow.onboarding.intake;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.onboarding.application.ApplicationDetails;
import io.posflow.onboarding.document.StoredDocument;
import io.posflow.onboarding.merchant.BusinessAddress;
import io.posflow.onboarding.merchant.Mcc;
import io.posflow.onboarding.merchant.SettlementAccount;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a checked {@link ApplicationForm} into sealed {@link ApplicationDetails}, and back for a
 * resubmission: nothing behind the intake sees a clear name, ID number, phone or card number.
 */
public final class ApplicationSealer {

    private final SealedValueCodec sealing;
    private final Function<String, Optional<StoredDocument>> documents;

    /** @param documents the uploaded documents by id: each material keeps what its upload recorded */
    public ApplicationSealer(SealedValueCodec sealing, Function<String, Optional<StoredDocument>> documents) {
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** @param partnerBank who vouched for a PARTNER_BANK application, else null */
    public ApplicationDetails seal(ApplicationForm f, PartnerBankAttestation partnerBank) {
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
                new ApplicationDetails.Applicant(seal(a.name().strip(), Mask.NAME),
                        seal(a.idNumber().strip(), Mask.ID_NUMBER), a.idValidUntil(), seal(a.phone(), Mask.PHONE)),
                account(f.settlementAccount()),
                licence == null ? null : new ApplicationDetails.BusinessLicence(licence.uscc(), licence.validUntil(),
                        seal(licence.legalRepresentative().strip(), Mask.NAME)),
                f.materials().stream().map(this::material).toList(),
                seal(f.agreement().signedName().strip(), Mask.NAME),
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

    private SettlementAccount account(ApplicationForm.Account s) {
        AccountType type = s.accountType() == null ? AccountType.PERSONAL_CARD : AccountType.valueOf(s.accountType());
        return new SettlementAccount(type, seal(s.holderName().strip(), Mask.NAME),
                seal(s.cardNumber().strip(), Mask.CARD_NUMBER), s.bankName(), s.branchName(),
                s.reservedPhone() == null || s.reservedPhone().isBlank() ? null : seal(s.reservedPhone(), Mask.PHONE));
    }

    private SealedValue seal(String clear, Mask mask) {
        return sealing.seal(clear, mask);
    }

    private String unseal(SealedValue sealed) {
        return sealing.unseal(sealed);
    }
}
