package io.posflow.settlement.config;

import io.posflow.settlement.domain.calendar.BusinessDayCalendar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the holiday data file (see {@code calendar/cn-2026-2027.yml}): {@code years} (year → {@code published}
 * or {@code provisional}), {@code days-off} ({@code from}/{@code to} inclusive, {@code name}) and
 * {@code make-up-working-days} ({@code date}, {@code name}). Anything malformed fails start-up: a wrong
 * calendar settles money on the wrong day.
 */
public final class HolidayCalendarFile {

    private HolidayCalendarFile() {
    }

    public static BusinessDayCalendar read(InputStream in, String description) throws IOException {
        Object root;
        try (in) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(description + " is not valid YAML", e);
        }
        Map<?, ?> data = map(root, description);

        Set<Integer> published = new HashSet<>();
        Set<Integer> listedYears = new HashSet<>();
        map(data.get("years"), description + ": years").forEach((year, status) -> {
            int y = Integer.parseInt(String.valueOf(year));
            listedYears.add(y);
            switch (String.valueOf(status)) {
                case "published" -> published.add(y);
                case "provisional" -> { }
                default -> throw new IllegalArgumentException(
                        description + ": year " + y + " is 'published' or 'provisional', not '" + status + "'");
            }
        });

        Set<LocalDate> daysOff = new HashSet<>();
        for (Object entry : list(data.get("days-off"), description + ": days-off")) {
            Map<?, ?> range = map(entry, description + ": days-off entry");
            LocalDate from = date(range.get("from"), description);
            LocalDate to = date(range.get("to"), description);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(description + ": days-off " + from + ".." + to + " is reversed");
            }
            from.datesUntil(to.plusDays(1)).forEach(daysOff::add);
        }
        Set<LocalDate> makeUp = new HashSet<>();
        for (Object entry : list(data.get("make-up-working-days"), description + ": make-up-working-days")) {
            makeUp.add(date(map(entry, description + ": make-up-working-days entry").get("date"), description));
        }
        for (LocalDate day : union(daysOff, makeUp)) {
            if (!listedYears.contains(day.getYear())) {
                throw new IllegalArgumentException(description + ": " + day + " belongs to a year not under 'years'");
            }
        }
        return new BusinessDayCalendar(daysOff, makeUp, published);
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        Set<LocalDate> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static LocalDate date(Object value, String description) {
        // SnakeYAML reads an unquoted yyyy-MM-dd as a timestamp at UTC midnight; a quoted one stays a string.
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof String s) {
            return LocalDate.parse(s);
        }
        throw new IllegalArgumentException(description + ": '" + value + "' is not a yyyy-MM-dd date");
    }

    private static Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(what + " is missing or not a mapping");
    }

    private static List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(what + " is not a list");
    }
}
