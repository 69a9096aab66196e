package io.posflow.settlement.domain.ledger;


import io.posflow.contracts.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One business fact in the double-entry ledger (S9): its postings balance — debits equal credits — or the
 * entry cannot exist. Zero-amount postings are dropped (a fee of 0 fen posts nothing).
 *
 * @param id             the domain event's id: the entry is written once however often the event is replayed
 * @param kind           what happened, e.g. {@code SALE_SETTLED}
 * @param merchantNo     the merchant whose accounts move
 * @param accountingDate the date the entry belongs to on the merchant's statement
 */
public record JournalEntry(String id, EntryKind kind, String merchantNo, LocalDate accountingDate,
                           List<Posting> postings) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(accountingDate, "accountingDate");
        postings = postings.stream().filter(p -> p.amount().fen() != 0).toList();
        Money sum = postings.stream().map(Posting::signed).reduce(Money.ZERO, Money::plus);
        if (sum.fen() != 0) {
            throw new UnbalancedEntryException(id, kind, sum);
        }
    }

    public Money debits() {
        return total(Posting.Side.DEBIT);
    }

    public Money credits() {
        return total(Posting.Side.CREDIT);
    }

    private Money total(Posting.Side side) {
        return postings.stream().filter(p -> p.side() == side).map(Posting::amount).reduce(Money.ZERO, Money::plus);
    }
}
