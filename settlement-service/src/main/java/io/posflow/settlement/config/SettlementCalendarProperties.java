package io.posflow.settlement.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S2 business-day calendar, {@code posflow.settlement.calendar.*}.
 *
 * @param data location of the holiday data (a Spring resource location, e.g. {@code classpath:...} or
 *             {@code file:...}); see {@link HolidayCalendarFile} for its format
 */
@ConfigurationProperties("posflow.settlement.calendar")
public record SettlementCalendarProperties(@DefaultValue("classpath:calendar/cn-2026-2027.yml") String data) {

    public SettlementCalendarProperties {
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("posflow.settlement.calendar.data names the holiday data file");
        }
    }
}
