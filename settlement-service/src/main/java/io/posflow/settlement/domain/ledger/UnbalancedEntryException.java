package io.posflow.settlement.domain.ledger;

import io.posflow.contracts.money.Money;


/** A journal entry whose debits and credits differ: a programming error, never written (S9). */
public class UnbalancedEntryException extends IllegalArgumentException {

    public UnbalancedEntryException(String id, EntryKind kind, Money debitsMinusCredits) {
        super("Journal entry " + id + " (" + kind + ") does not balance: debits − credits = "
                + debitsMinusCredits.fen() + " fen");
    }
}
