package io.posflow.settlement.readmodel.view;

import io.posflow.settlement.domain.ledger.LedgerAccount;
import io.posflow.settlement.domain.ledger.Posting;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface LedgerLineRepository extends JpaRepository<LedgerLine, String> {

    boolean existsByEntryId(String entryId);

    List<LedgerLine> findByMerchantNoAndAccountingDate(String merchantNo, LocalDate accountingDate);

    /** Debits and credits per account over the whole ledger: the trial balance. */
    @Query("select l.account as account, l.side as side, sum(l.amountFen) as fen from LedgerLine l "
            + "group by l.account, l.side")
    List<AccountSideTotal> totalsByAccountAndSide();

    interface AccountSideTotal {
        LedgerAccount getAccount();

        Posting.Side getSide();

        Long getFen();
    }
}
