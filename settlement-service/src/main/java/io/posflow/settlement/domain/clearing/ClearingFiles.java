package io.posflow.settlement.domain.clearing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The port to the card switch's clearing files (S8). Empty while the switch has not delivered the file for
 * that date: the run then waits rather than pay blind.
 */
public interface ClearingFiles {

    Optional<ClearingFile> fileFor(LocalDate businessDate);
}
