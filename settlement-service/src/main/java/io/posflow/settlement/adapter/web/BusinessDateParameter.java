package io.posflow.settlement.adapter.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A {@code date=yyyy-MM-dd} request parameter, parsed here rather than bound so a missing one is a 400 too. */
final class BusinessDateParameter {

    private BusinessDateParameter() {
    }

    static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            throw new MalformedBusinessDateException();
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new MalformedBusinessDateException();
        }
    }
}
