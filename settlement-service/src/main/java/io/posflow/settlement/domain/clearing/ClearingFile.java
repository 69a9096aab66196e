package io.posflow.settlement.domain.clearing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The switch's clearing file for one business date (S8). */
public record ClearingFile(LocalDate businessDate, List<ClearingItem> items) {

    public ClearingFile {
        Objects.requireNonNull(businessDate, "businessDate");
        items = List.copyOf(items);
    }
}
