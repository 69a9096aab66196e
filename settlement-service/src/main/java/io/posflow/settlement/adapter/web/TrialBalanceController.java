package io.posflow.settlement.adapter.web;

import io.posflow.settlement.domain.ledger.LedgerAccount;
import io.posflow.settlement.domain.ledger.Posting;
import io.posflow.settlement.readmodel.view.LedgerLineRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ops: the ledger's trial balance (S9) — debits and credits per account over every posting. Total debits equal
 * total credits, or something wrote half a fact.
 */
@RestController
@RequestMapping("/api/v1/ops/ledger")
class TrialBalanceController {

    private final LedgerLineRepository lines;

    TrialBalanceController(LedgerLineRepository lines) {
        this.lines = lines;
    }

    @GetMapping("/trial-balance")
    TrialBalance trialBalance() {
        Map<LedgerAccount, long[]> byAccount = new EnumMap<>(LedgerAccount.class);
        for (LedgerAccount account : LedgerAccount.values()) {
            byAccount.put(account, new long[2]);
        }
        for (LedgerLineRepository.AccountSideTotal total : lines.totalsByAccountAndSide()) {
            byAccount.get(total.getAccount())[total.getSide() == Posting.Side.DEBIT ? 0 : 1] += total.getFen();
        }
        List<TrialBalance.Account> accounts = new ArrayList<>();
        long debits = 0;
        long credits = 0;
        for (Map.Entry<LedgerAccount, long[]> e : byAccount.entrySet()) {
            long debit = e.getValue()[0];
            long credit = e.getValue()[1];
            accounts.add(new TrialBalance.Account(e.getKey(), debit, credit, debit - credit));
            debits = Math.addExact(debits, debit);
            credits = Math.addExact(credits, credit);
        }
        return new TrialBalance(accounts, debits, credits, debits == credits);
    }

    /**
     * @param balanceFen debit − credit: positive for clearing (money owed to the acquirer), negative for the
     *                   payable, liability and revenue accounts
     */
    record TrialBalance(List<Account> accounts, long debitFen, long creditFen, boolean balanced) {
        record Account(LedgerAccount account, long debitFen, long creditFen, long balanceFen) {
        }
    }
}
