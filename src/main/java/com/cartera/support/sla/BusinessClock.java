package com.cartera.support.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business time of one workspace: its working hours per weekday (split days allowed) in its zone, minus its
 * holidays. Pure: the hours, holidays and zone are passed in, instants in and out. Stretches are turned into
 * instants day by day in the zone, so a daylight-saving change shortens or lengthens only the stretches it falls in.
 */
public final class BusinessClock {

    /** A calendar with no business hour in a year of days is refused rather than searched forever. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;

    public BusinessClock(ZoneId zone, Collection<WorkingHours> workingHours, Collection<LocalDate> holidays) {
        if (workingHours.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs working hours on at least one day");
        }
        this.zone = zone;
        workingHours.forEach(stretch -> hours.computeIfAbsent(stretch.day(), day -> new ArrayList<>()).add(stretch));
        hours.values().forEach(day -> day.sort(Comparator.comparing(WorkingHours::start)));
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The instant {@code amount} of business time after {@code start}. Time outside business hours does not
     * count: from a Saturday, the clock starts on Monday's first hour. A zero amount gives the first business
     * moment at or after {@code start}; an amount that ends exactly at the end of a stretch gives that end.
     */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Negative business time: " + amount);
        }
        Duration left = amount;
        LocalDate day = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            for (Instant[] stretch : stretches(day)) {
                Instant from = start.isAfter(stretch[0]) ? start : stretch[0];
                if (!from.isBefore(stretch[1])) {
                    continue;
                }
                Duration available = Duration.between(from, stretch[1]);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No business hours within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    /** The business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] stretch : stretches(day)) {
                Instant start = from.isAfter(stretch[0]) ? from : stretch[0];
                Instant end = to.isBefore(stretch[1]) ? to : stretch[1];
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The day's business stretches as [start, end) instants; none on a holiday. */
    private List<Instant[]> stretches(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Instant[]> stretches = new ArrayList<>();
        for (WorkingHours stretch : hours.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant start = ZonedDateTime.of(day, stretch.start(), zone).toInstant();
            Instant end = stretch.endsAtMidnight() ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, stretch.end(), zone).toInstant();
            stretches.add(new Instant[]{start, end});
        }
        return stretches;
    }
}
