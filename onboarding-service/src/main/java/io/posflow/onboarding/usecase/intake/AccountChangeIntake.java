package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.onboarding.domain.merchant.AccountChangeId;
import io.posflow.onboarding.domain.merchant.AccountChangeMaterial;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.merchant.RequestSettlementAccountChange;
import io.posflow.onboarding.domain.merchant.SettlementAccount;
import io.posflow.onboarding.readmodel.state.MerchantView;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.platform.problem.FieldProblem;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a settlement account change (O10) enters: the synchronous checks against the merchant's current
 * account, sealing, then the command. Nothing behind it sees a clear name, card number or phone.
 */
public class AccountChangeIntake {

    private final AccountChangeChecks checks;
    private final SubjectSealing sealing;
    private final Function<String, Optional<StoredDocument>> documents;
    private final CommandGateway commands;
    private final InboundDispatcher inbound;
    private final Clock clock;

    public AccountChangeIntake(AccountChangeChecks checks, SubjectSealing sealing,
                               Function<String, Optional<StoredDocument>> documents, CommandGateway commands,
                               InboundDispatcher inbound, Clock clock) {
        this.checks = checks;
        this.sealing = sealing;
        this.documents = documents;
        this.commands = commands;
        this.inbound = inbound;
        this.clock = clock;
    }

    /**
     * @return the problems that refuse the change, empty when it was requested
     * @throws io.posflow.onboarding.domain.merchant.AccountChangeConflictException when another change is open
     */
    public List<FieldProblem> request(MerchantView merchant, AccountChangeId changeId, AccountChangeForm form) {
        String holder = sealing.reveal(merchant.holder()).orElseThrow(() -> new IllegalStateException(
                "The merchant's personal data was crypto-shredded"));
        List<FieldProblem> problems = checks.problems(form, merchant.applicantType(), holder);
        if (!problems.isEmpty()) {
            return problems;
        }
        ApplicationForm.Account a = form.settlementAccount();
        // architecture §4: the merchant's data belongs to the data subject of its application (ADR 17).
        SubjectSealing.Sealer sealer = sealing.forSubject(merchant.applicationId());
        SettlementAccount account = new SettlementAccount(
                a.isCorporate() ? AccountType.CORPORATE : AccountType.PERSONAL_CARD,
                sealer.seal(a.holderName().strip(), Mask.NAME), sealer.seal(a.cardNumber().strip(), Mask.CARD_NUMBER),
                a.bankName(), a.branchName(),
                a.isCorporate() || a.reservedPhone() == null ? null : sealer.seal(a.reservedPhone(), Mask.PHONE));
        List<AccountChangeMaterial> materials = form.materials().stream().map(m -> {
            StoredDocument document = documents.apply(m.documentId()).orElseThrow(() ->
                    new IllegalStateException("Document of material " + m.kind() + " vanished after the checks"));
            return new AccountChangeMaterial(MaterialKind.valueOf(m.kind()), m.documentId(), document.sha256(),
                    document.contentType(), document.originalFileName());
        }).toList();
        commands.sendAndWait(new RequestSettlementAccountChange(new MerchantNo(merchant.merchantNo()), changeId,
                account, materials, clock.instant()));
        // A KYC verdict may have overtaken the request: apply what waited for it.
        inbound.referenceArrived(KycVerdictReferences.accountChange(changeId));
        return List.of();
    }
}
