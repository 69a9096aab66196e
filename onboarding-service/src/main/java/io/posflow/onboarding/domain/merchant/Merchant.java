package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A merchant (商户), identified by its merchant number (O9), and the account it is paid to. O10: the account
 * changes only after kyc-service verified the new one, one change at a time.
 */
@Aggregate
public class Merchant {

    @AggregateIdentifier
    private MerchantNo merchantNo;
    private String applicationId;
    private ApplicantType applicantType;
    private SettlementAccount settlementAccount;
    private final Map<AccountChangeId, Change> changes = new HashMap<>();

    protected Merchant() {
        // for Axon
    }

    /** Create-if-missing makes onboarding idempotent: the approval's handler may run again after a replay. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OnboardMerchant command) {
        if (merchantNo != null) {
            return;
        }
        apply(new MerchantOnboarded(command.merchantNo(), command.applicationId(), command.applicantType(),
                command.merchantName(), command.mcc(), command.deviceModel(), command.settlementSpeed(),
                command.terminalSerialNumber(), command.phone(), command.settlementAccount(),
                command.businessAddress(), command.onboardedAt()));
    }

    /**
     * O10: one open change at a time; a PERSONAL or INDIVIDUAL_BUSINESS merchant moves to another personal
     * card, an ENTERPRISE to another corporate account. The same change requested again changes nothing.
     */
    @CommandHandler
    void handle(RequestSettlementAccountChange command) {
        if (changes.containsKey(command.changeId())) {
            return;
        }
        changes.values().stream().filter(c -> c.status.isOpen()).findAny().ifPresent(open -> {
            throw new AccountChangeConflictException("Another settlement account change is being verified");
        });
        AccountType expected = applicantType == ApplicantType.ENTERPRISE ? AccountType.CORPORATE
                : AccountType.PERSONAL_CARD;
        if (command.settlementAccount().accountType() != expected) {
            throw new IllegalArgumentException(applicantType + " merchants settle to a " + expected + " account");
        }
        apply(new SettlementAccountChangeRequested(merchantNo, command.changeId(), applicationId, applicantType,
                command.settlementAccount(), command.materials(), command.requestedAt()));
    }

    /** O10 次日生效: effective from the next Asia/Shanghai midnight after the verdict is recorded. */
    @CommandHandler
    void handle(VerifySettlementAccountChange command, BusinessDay businessDay) {
        Change change = change(command.changeId());
        if (!change.status.isOpen()) {
            return; // the verdict delivered again
        }
        apply(new SettlementAccountChangeVerified(merchantNo, command.changeId(), change.account, command.verifiedAt(),
                businessDay.nextStartAfter(command.verifiedAt())));
    }

    @CommandHandler
    void handle(FailSettlementAccountChange command) {
        if (!change(command.changeId()).status.isOpen()) {
            return;
        }
        apply(new SettlementAccountChangeFailed(merchantNo, command.changeId(), command.reasons(), command.failedAt()));
    }

    /** K10: only a corporate account still being verified takes an answer; kyc-service compares it. */
    @CommandHandler
    void handle(AnswerAccountChangeMicroDeposit command) {
        Change change = changes.get(command.changeId());
        if (change == null || change.status != AccountChangeStatus.AWAITING_MICRO_DEPOSIT) {
            throw new AccountChangeConflictException("The change is not awaiting a micro-deposit answer");
        }
        apply(new AccountChangeMicroDepositAnswered(merchantNo, command.changeId(), command.amountFen(),
                command.answeredAt()));
    }

    private Change change(AccountChangeId changeId) {
        Change change = changes.get(changeId);
        if (change == null) {
            throw new IllegalStateException("Merchant " + merchantNo + " has no account change " + changeId);
        }
        return change;
    }

    @EventSourcingHandler
    void on(MerchantOnboarded event) {
        this.merchantNo = event.merchantNo();
        this.applicationId = event.applicationId();
        this.applicantType = event.applicantType();
        this.settlementAccount = event.settlementAccount();
    }

    @EventSourcingHandler
    void on(SettlementAccountChangeRequested event) {
        changes.put(event.changeId(), new Change(event.settlementAccount(),
                event.settlementAccount().accountType() == AccountType.CORPORATE
                        ? AccountChangeStatus.AWAITING_MICRO_DEPOSIT : AccountChangeStatus.VERIFYING));
    }

    @EventSourcingHandler
    void on(SettlementAccountChangeVerified event) {
        changes.computeIfPresent(event.changeId(), (id, c) -> c.with(AccountChangeStatus.VERIFIED));
        this.settlementAccount = event.settlementAccount();
    }

    @EventSourcingHandler
    void on(SettlementAccountChangeFailed event) {
        changes.computeIfPresent(event.changeId(), (id, c) -> c.with(AccountChangeStatus.FAILED));
    }

    private record Change(SettlementAccount account, AccountChangeStatus status) {

        Change with(AccountChangeStatus newStatus) {
            return new Change(account, newStatus);
        }
    }
}
