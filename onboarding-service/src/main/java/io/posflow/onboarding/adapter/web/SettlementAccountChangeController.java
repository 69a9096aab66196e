package io.posflow.onboarding.adapter.web;

import io.posflow.contracts.reasons.Reason;
import io.posflow.onboarding.domain.merchant.AccountChangeConflictException;
import io.posflow.onboarding.domain.merchant.AccountChangeId;
import io.posflow.onboarding.domain.merchant.AccountChangeStatus;
import io.posflow.onboarding.domain.merchant.AnswerAccountChangeMicroDeposit;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.readmodel.state.AccountChangeView;
import io.posflow.onboarding.readmodel.state.AccountChangeViewRepository;
import io.posflow.onboarding.readmodel.state.MerchantView;
import io.posflow.onboarding.readmodel.state.MerchantViewRepository;
import io.posflow.onboarding.usecase.intake.AccountChangeForm;
import io.posflow.onboarding.usecase.intake.AccountChangeIntake;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;
import io.posflow.platform.problem.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** O10: a merchant moves its settlement account; K10: it confirms a corporate account's micro-deposit. */
@RestController
@RequestMapping("/api/v1/merchants/{merchantNo}/settlement-account-changes")
class SettlementAccountChangeController {

    static final String CONFLICT = "ACCOUNT_CHANGE_CONFLICT";

    private final AccountChangeIntake intake;
    private final MerchantViewRepository merchants;
    private final AccountChangeViewRepository changes;
    private final CommandGateway commands;
    private final Clock clock;

    SettlementAccountChangeController(AccountChangeIntake intake, MerchantViewRepository merchants,
                                      AccountChangeViewRepository changes, CommandGateway commands, Clock clock) {
        this.intake = intake;
        this.merchants = merchants;
        this.changes = changes;
        this.commands = commands;
        this.clock = clock;
    }

    /** 202 with the change's id and status; 422 with every problem; 409 while another change is open. */
    @PostMapping
    ResponseEntity<ChangeResponse> request(@PathVariable String merchantNo, @RequestBody AccountChangeForm form) {
        MerchantView merchant = merchants.findById(merchantNo).orElseThrow(MerchantNotFoundException::new);
        AccountChangeId changeId = AccountChangeId.of(UUID.randomUUID());
        List<FieldProblem> problems;
        try {
            problems = intake.request(merchant, changeId, form);
        } catch (AccountChangeConflictException e) {
            throw new ProblemException(HttpStatus.CONFLICT, CONFLICT, e.getMessage(), List.of(), Map.of());
        }
        if (!problems.isEmpty()) {
            List<String> codes = problems.stream().map(FieldProblem::code).distinct().toList();
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                    codes.size() == 1 ? codes.get(0) : GenericProblemCodes.INVALID_INPUT,
                    "The settlement account change has invalid fields.", problems, Map.of());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ChangeResponse.of(change(merchantNo, changeId.value())));
    }

    @GetMapping("/{changeId}")
    ChangeResponse get(@PathVariable String merchantNo, @PathVariable String changeId) {
        return ChangeResponse.of(change(merchantNo, changeId));
    }

    /** K10: {@code {amountFen}} → 202; 409 when the change is not a corporate account awaiting its answer. */
    @PostMapping("/{changeId}/micro-deposit")
    ResponseEntity<ChangeResponse> answer(@PathVariable String merchantNo, @PathVariable String changeId,
                                          @RequestBody MicroDepositAnswer answer) {
        AccountChangeView change = change(merchantNo, changeId);
        long amountFen = answer.validAmountFen();
        try {
            commands.sendAndWait(new AnswerAccountChangeMicroDeposit(new MerchantNo(merchantNo),
                    new AccountChangeId(change.changeId()), amountFen, clock.instant()));
        } catch (AccountChangeConflictException e) {
            throw new ProblemException(HttpStatus.CONFLICT, CONFLICT, e.getMessage(), List.of(),
                    Map.of("status", String.valueOf(change.status())));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ChangeResponse.of(change(merchantNo, changeId)));
    }

    private AccountChangeView change(String merchantNo, String changeId) {
        return changes.findById(changeId).filter(c -> c.merchantNo().equals(merchantNo))
                .orElseThrow(ChangeNotFoundException::new);
    }

    /**
     * @param effectiveFrom VERIFIED only: payouts go to the new account from this instant (O10 次日生效)
     * @param reasons       FAILED only
     */
    record ChangeResponse(String changeId, String merchantNo, AccountChangeStatus status, String accountType,
                          String account, Instant requestedAt, Instant effectiveFrom, List<Reason> reasons) {

        static ChangeResponse of(AccountChangeView v) {
            return new ChangeResponse(v.changeId(), v.merchantNo(), v.status(), v.accountType().name(),
                    v.accountMasked(), v.requestedAt(), v.effectiveFrom(), v.reasons());
        }
    }

    static class MerchantNotFoundException extends NotFoundException {

        MerchantNotFoundException() {
            super(GenericProblemCodes.NOT_FOUND, "No such merchant.");
        }
    }

    static class ChangeNotFoundException extends NotFoundException {

        ChangeNotFoundException() {
            super(GenericProblemCodes.NOT_FOUND, "No such settlement account change.");
        }
    }
}
