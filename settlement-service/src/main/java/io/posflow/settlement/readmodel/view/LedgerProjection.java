package io.posflow.settlement.readmodel.view;

import io.posflow.contracts.BusinessDay;
import io.posflow.settlement.domain.ledger.JournalEntry;
import io.posflow.settlement.domain.ledger.LedgerRules;
import io.posflow.settlement.domain.payable.ServiceFeeCharged;
import io.posflow.settlement.domain.payout.PayoutCompleted;
import io.posflow.settlement.domain.transaction.DepositCollected;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The double-entry ledger (S9), posted from settlement's own events. Each entry's id is its domain event's id,
 * so a replay of the processor writes nothing twice; an entry that does not balance throws and stops the
 * processor (its error handler propagates) rather than writing half a fact.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger";

    private final LedgerLineRepository lines;
    private final BusinessDay businessDay;

    public LedgerProjection(LedgerLineRepository lines, BusinessDay businessDay) {
        this.lines = lines;
        this.businessDay = businessDay;
    }

    @EventHandler
    void on(TransactionSettled event, @MessageIdentifier String eventId) {
        post(LedgerRules.settled(eventId, event));
    }

    @EventHandler
    void on(DepositCollected event, @MessageIdentifier String eventId) {
        post(LedgerRules.depositCollected(eventId, event));
    }

    @EventHandler
    void on(PayoutCompleted event, @MessageIdentifier String eventId) {
        post(LedgerRules.payoutCompleted(eventId, event, businessDay));
    }

    @EventHandler
    void on(ServiceFeeCharged event, @MessageIdentifier String eventId) {
        post(LedgerRules.serviceFeeCharged(eventId, event, businessDay));
    }

    private void post(JournalEntry entry) {
        if (lines.existsByEntryId(entry.id())) {
            return;
        }
        List<LedgerLine> rows = new ArrayList<>();
        for (int i = 0; i < entry.postings().size(); i++) {
            rows.add(new LedgerLine(entry.id(), i, entry.kind(), entry.merchantNo(), entry.accountingDate(),
                    entry.postings().get(i)));
        }
        lines.saveAll(rows);
    }
}
