package io.posflow.settlement.config;

import io.posflow.settlement.domain.calendar.DailyRunTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * When the daily T+1 run starts (S2), {@code posflow.settlement.run.*}.
 *
 * @param at   local time of day, {@code HH:mm}
 * @param zone the zone of {@code at}; business dates are Asia/Shanghai dates
 */
@ConfigurationProperties("posflow.settlement.run")
public record SettlementRunProperties(@DefaultValue("02:00") String at,
                                      @DefaultValue("Asia/Shanghai") ZoneId zone) {

    public SettlementRunProperties {
        try {
            LocalTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("posflow.settlement.run.at is a local time, HH:mm", e);
        }
    }

    DailyRunTime runTime() {
        return new DailyRunTime(LocalTime.parse(at), zone);
    }
}
