package com.cartera.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support home's figures: the person's open tickets, the unassigned ones and those breaching their service
 * level soon (each a short list and a capped count), first-response and resolution times (median and p90, calendar time), tickets by category, and the
 * backlog over time. A period is the half-open range of days [from, to) in the workspace's zone.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT})
public class SupportFigures {

    /** Beyond this many days the backlog is shown at the end of each week instead of each day. */
    static final int DAILY_BACKLOG_DAYS = 62;

    /** The first tickets of a list and how many there are in all. */
    public record TicketList(QueueCount count, List<TicketQueueRow> first) {
    }

    /**
     * Median and 90th percentile of a span, over {@code tickets} tickets; the spans are null when there are none.
     */
    public record TimeFigures(long tickets, Duration median, Duration p90) {
    }

    /** Tickets opened in the period in one category ({@code categoryId} null: without category). */
    public record CategoryCount(Long categoryId, String name, long tickets) {
    }

    /** The tickets open at the end of {@code day}. */
    public record BacklogPoint(LocalDate day, long open) {
    }

    private final TicketQueue queue;
    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    SupportFigures(TicketQueue queue, TenantSql sql, WorkspaceCalendar calendar) {
        this.queue = queue;
        this.sql = sql;
        this.calendar = calendar;
    }

    /** The signed-in person's open tickets, most urgent first. */
    public TicketList myOpen(int shown) {
        return list(TicketFilter.NONE.withStatuses(Set.of(), true).withAssignees(Set.of(), false, true), shown);
    }

    /** Open tickets nobody is assigned to, most urgent first. */
    public TicketList unassigned(int shown) {
        return list(TicketFilter.NONE.withStatuses(Set.of(), true).withAssignees(Set.of(), true, false), shown);
    }

    /** Open tickets whose running service-level target is at risk or missed, most urgent first. */
    public TicketList breaching(int shown) {
        return list(TicketFilter.NONE.withStatuses(Set.of(), true).withBreaching(true), shown);
    }

    private TicketList list(TicketFilter filter, int shown) {
        return new TicketList(queue.countUpTo(filter, TicketQueue.COUNT_LIMIT),
                queue.page(filter, new TicketSort(TicketSort.Column.PRIORITY, true), 0, shown));
    }

    /** Time from opening to the first response, over the tickets first answered in the period. */
    public TimeFigures firstResponse(LocalDate from, LocalDate to) {
        return times("first_response_at - opened_at", "first_response_at is not null and first_response_at",
                from, to);
    }

    /** Time from opening to resolution (or closing, when closed unresolved), over those resolved in the period. */
    public TimeFigures resolution(LocalDate from, LocalDate to) {
        return times("coalesce(resolved_at, closed_at) - opened_at",
                "status in ('RESOLVED', 'CLOSED') and coalesce(resolved_at, closed_at)", from, to);
    }

    private TimeFigures times(String span, String instant, LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        return sql.client().sql("""
                        select count(*) as tickets,
                               percentile_cont(0.5) within group (order by extract(epoch from %1$s)) as median,
                               percentile_cont(0.9) within group (order by extract(epoch from %1$s)) as p90
                        from ticket where %2$s >= :from and %2$s < :to""".formatted(span, instant))
                .param("from", start(from, zone))
                .param("to", start(to, zone))
                .query((rs, n) -> new TimeFigures(rs.getLong("tickets"), seconds(rs.getObject("median")),
                        seconds(rs.getObject("p90"))))
                .single();
    }

    /** Tickets opened in the period by category, most first. */
    public List<CategoryCount> byCategory(LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        return sql.client().sql("""
                        select t.category_id, tc.name, count(*) as tickets
                        from ticket t left join ticket_category tc on tc.id = t.category_id
                        where t.opened_at >= :from and t.opened_at < :to
                        group by t.category_id, tc.name order by tickets desc, tc.name""")
                .param("from", start(from, zone))
                .param("to", start(to, zone))
                .query((rs, n) -> new CategoryCount(rs.getObject("category_id", Long.class), rs.getString("name"),
                        rs.getLong("tickets")))
                .list();
    }

    /**
     * The open tickets at the end of each day of the period up to today (each week's last day when the period is
     * longer than {@value #DAILY_BACKLOG_DAYS} days): those open now, minus those opened since, plus those
     * resolved or closed since — three indexed reads instead of a pass over every ticket per day.
     */
    public List<BacklogPoint> backlog(LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        LocalDate last = to.minusDays(1).isAfter(calendar.today()) ? calendar.today() : to.minusDays(1);
        if (last.isBefore(from)) {
            return List.of();
        }
        long openNow = sql.client().sql("select count(*) from ticket t where " + TicketQueueSql.OPEN)
                .query(Long.class).single();
        Map<LocalDate, Long> opened = perDay("""
                select (opened_at at time zone :zone)::date as day, count(*) as tickets
                from ticket where opened_at >= :since group by 1""", from, zone);
        Map<LocalDate, Long> ended = perDay("""
                select (coalesce(resolved_at, closed_at) at time zone :zone)::date as day, count(*) as tickets
                from ticket where status in ('RESOLVED', 'CLOSED') and coalesce(resolved_at, closed_at) >= :since
                group by 1""", from, zone);
        // Walk back from today: the backlog at the end of day d is the one at the end of d + 1, minus what ended
        // on d + 1, plus what was opened on d + 1.
        LocalDate today = calendar.today();
        long open = openNow;
        for (LocalDate day = today; day.isAfter(last); day = day.minusDays(1)) {
            open = open - opened.getOrDefault(day, 0L) + ended.getOrDefault(day, 0L);
        }
        boolean weekly = last.toEpochDay() - from.toEpochDay() >= DAILY_BACKLOG_DAYS;
        List<BacklogPoint> points = new ArrayList<>();
        for (LocalDate day = last; !day.isBefore(from); day = day.minusDays(1)) {
            if (!weekly || (last.toEpochDay() - day.toEpochDay()) % 7 == 0) {
                points.addFirst(new BacklogPoint(day, open));
            }
            open = open - opened.getOrDefault(day, 0L) + ended.getOrDefault(day, 0L);
        }
        return points;
    }

    private Map<LocalDate, Long> perDay(String query, LocalDate from, ZoneId zone) {
        Map<LocalDate, Long> counts = new HashMap<>();
        sql.client().sql(query)
                .param("zone", zone.getId())
                .param("since", start(from, zone))
                .query((rs, n) -> counts.put(rs.getObject("day", LocalDate.class), rs.getLong("tickets")))
                .list();
        return counts;
    }

    private static OffsetDateTime start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }
}
