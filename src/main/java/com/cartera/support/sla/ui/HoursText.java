package com.cartera.support.sla.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cartera.support.sla.WorkingHours;

/**
 * A day's business hours as typed on the settings page: stretches like {@code 09:00-14:00, 16:00-19:00}; empty for
 * a closed day; {@code 24:00} (or {@code 00:00}) as an end means midnight.
 */
final class HoursText {

    private HoursText() {
    }

    static String format(List<WorkingHours> stretches) {
        return stretches.stream()
                .map(stretch -> stretch.start() + "-" + (stretch.endsAtMidnight() ? "24:00" : stretch.end().toString()))
                .collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException when the text is not a list of stretches */
    static List<WorkingHours> parse(DayOfWeek day, String text) {
        List<WorkingHours> stretches = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stretches;
        }
        for (String part : text.split("[,;]")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException(part);
            }
            stretches.add(new WorkingHours(day, time(ends[0]), time(ends[1])));
        }
        return stretches;
    }

    private static LocalTime time(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT).replace('.', ':').replace("h", "");
        if (value.equals("24:00") || value.equals("24")) {
            return LocalTime.MIDNIGHT;
        }
        if (!value.contains(":")) {
            value = value + ":00";
        }
        if (value.indexOf(':') == 1) {
            value = "0" + value;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
