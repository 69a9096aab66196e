package io.posflow.onboarding.web;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.onboarding.application.ApplicationDetails;
import io.posflow.onboarding.merchant.BusinessAddress;
import io.posflow.onboarding.merchant.Mcc;
import io.posflow.onboarding.merchant.SettlementAccount;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the shape of a submitted application and turns it into {@link ApplicationDetails}, sealing
 * every personal datum on the way in: nothing behind the web layer sees a clear name, ID number, phone
 * or card number.
 */
@Component
class ApplicationRequests {

    private final Validator validator;
    private final SealedValueCodec sealing;

    ApplicationRequests(Validator validator, SealedValueCodec sealing) {
        this.validator = validator;
        this.sealing = sealing;
    }

    /** Every shape problem at once, by dotted field path; empty when the request can be submitted. */
    List<FieldProblem> problems(SubmitApplicationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<SubmitApplicationRequest> v : validator.validate(request)) {
            problems.add(invalid(v.getPropertyPath().toString(), v.getMessage()));
        }
        if ("AGENT".equals(request.channel()) && request.agent() == null) {
            problems.add(invalid("agent", "is required for the AGENT channel"));
        }
        boolean licensed = "INDIVIDUAL_BUSINESS".equals(request.applicantType())
                || "ENTERPRISE".equals(request.applicantType());
        if (licensed && request.businessLicence() == null) {
            problems.add(invalid("businessLicence", "is required for INDIVIDUAL_BUSINESS and ENTERPRISE"));
        }
        SubmitApplicationRequest.Account account = request.settlementAccount();
        if (account != null) {
            boolean corporate = AccountType.CORPORATE.name().equals(account.accountType());
            if (!corporate && isBlank(account.reservedPhone())) {
                problems.add(invalid("settlementAccount.reservedPhone", "is required for a personal card"));
            }
            if (corporate && request.applicantType() != null && !"ENTERPRISE".equals(request.applicantType())) {
                problems.add(invalid("settlementAccount.accountType", "CORPORATE is for ENTERPRISE applicants only"));
            }
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems;
    }

    /** The sealed details of a request that has no {@link #problems(SubmitApplicationRequest) problems}. */
    ApplicationDetails details(SubmitApplicationRequest r) {
        SubmitApplicationRequest.Applicant a = r.applicant();
        SubmitApplicationRequest.Licence licence = r.businessLicence();
        return new ApplicationDetails(
                Channel.valueOf(r.channel()),
                ApplicantType.valueOf(r.applicantType()),
                r.merchantName(),
                new Mcc(r.mcc()),
                new BusinessAddress(r.businessAddress().province(), r.businessAddress().city(),
                        r.businessAddress().district(), r.businessAddress().street()),
                DeviceModel.valueOf(r.deviceModel()),
                r.settlementSpeed() == null ? SettlementSpeed.T1 : SettlementSpeed.valueOf(r.settlementSpeed()),
                r.terminalSerialNumber(),
                new ApplicationDetails.Applicant(seal(a.name(), Mask.NAME), seal(a.idNumber(), Mask.ID_NUMBER),
                        a.idValidUntil(), seal(a.phone(), Mask.PHONE)),
                account(r.settlementAccount()),
                licence == null ? null : new ApplicationDetails.BusinessLicence(licence.uscc(), licence.validUntil(),
                        seal(licence.legalRepresentative(), Mask.NAME)),
                r.materials().stream().map(m -> new ApplicationDetails.MaterialReference(
                        MaterialKind.valueOf(m.kind()), m.documentId())).toList(),
                seal(r.agreement().signedName(), Mask.NAME),
                r.agent() == null ? null : new ApplicationDetails.Agent(r.agent().agentId(),
                        r.agent().certificateNo()));
    }

    private SettlementAccount account(SubmitApplicationRequest.Account s) {
        AccountType type = s.accountType() == null ? AccountType.PERSONAL_CARD : AccountType.valueOf(s.accountType());
        return new SettlementAccount(type, seal(s.holderName(), Mask.NAME), seal(s.cardNumber(), Mask.CARD_NUMBER),
                s.bankName(), s.branchName(),
                isBlank(s.reservedPhone()) ? null : seal(s.reservedPhone(), Mask.PHONE));
    }

    private SealedValue seal(String clear, Mask mask) {
        return sealing.seal(clear, mask);
    }

    private static FieldProblem invalid(String field, String message) {
        return new FieldProblem(field, GenericProblemCodes.INVALID_INPUT, message);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
