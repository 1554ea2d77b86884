package com.cartera.support;

import java.time.Duration;
import java.time.LocalDate;
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
 * level soon (each a short list and a capped count), first-response and resolution times (median and p90, calendar
 * time, to the minute below a day and within 1 % above), tickets by category, and the backlog over time. A period is
 * the half-open range of days [from, to) in the workspace's zone. The times, categories and backlog are read from the
 * daily support figures ({@link SupportDays}), never from the ticket history.
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
    private final SupportDays days;

    SupportFigures(TicketQueue queue, TenantSql sql, WorkspaceCalendar calendar, SupportDays days) {
        this.queue = queue;
        this.sql = sql;
        this.calendar = calendar;
        this.days = days;
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
        return times(SupportDays.FIRST_RESPONSE, from, to);
    }

    /** Time from opening to resolution (or closing, when closed unresolved), over those resolved in the period. */
    public TimeFigures resolution(LocalDate from, LocalDate to) {
        return times(SupportDays.RESOLUTION, from, to);
    }

    private TimeFigures times(String kind, LocalDate from, LocalDate to) {
        days.keepIn(calendar.zone());
        List<SpanBuckets.Bucket> buckets = sql.client().sql("""
                        select bucket, sum(tickets) as tickets from support_day_span
                        where kind = :kind and day >= :from and day < :to
                        group by bucket having sum(tickets) > 0 order by bucket""")
                .param("kind", kind)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new SpanBuckets.Bucket(rs.getInt("bucket"), rs.getLong("tickets")))
                .list();
        var spans = new SpanBuckets(buckets);
        return new TimeFigures(spans.tickets(), spans.percentile(0.5), spans.percentile(0.9));
    }

    /** Tickets opened in the period by category, most first. */
    public List<CategoryCount> byCategory(LocalDate from, LocalDate to) {
        days.keepIn(calendar.zone());
        return sql.client().sql("""
                        select d.category_id, tc.name, sum(d.opened) as tickets
                        from support_day d left join ticket_category tc on tc.id = d.category_id
                        where d.day >= :from and d.day < :to
                        group by d.category_id, tc.name having sum(d.opened) > 0
                        order by tickets desc, tc.name""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new CategoryCount(rs.getObject("category_id", Long.class), rs.getString("name"),
                        rs.getLong("tickets")))
                .list();
    }

    /**
     * The open tickets at the end of each day of the period up to today (each week's last day when the period is
     * longer than {@value #DAILY_BACKLOG_DAYS} days): the tickets opened up to that day minus those resolved or
     * closed up to it, as they stand now, summed from the daily figures.
     */
    public List<BacklogPoint> backlog(LocalDate from, LocalDate to) {
        LocalDate today = calendar.today();
        LocalDate last = to.minusDays(1).isAfter(today) ? today : to.minusDays(1);
        if (last.isBefore(from)) {
            return List.of();
        }
        days.keepIn(calendar.zone());
        long open = sql.client().sql("select coalesce(sum(opened - ended), 0) from support_day where day < :from")
                .param("from", from)
                .query(Long.class).single();
        Map<LocalDate, Long> change = new HashMap<>();
        sql.client().sql("""
                        select day, sum(opened - ended) as change from support_day
                        where day >= :from and day <= :last group by day""")
                .param("from", from)
                .param("last", last)
                .query((rs, n) -> change.put(rs.getObject("day", LocalDate.class), rs.getLong("change")))
                .list();
        boolean weekly = last.toEpochDay() - from.toEpochDay() >= DAILY_BACKLOG_DAYS;
        List<BacklogPoint> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            open += change.getOrDefault(day, 0L);
            if (!weekly || (last.toEpochDay() - day.toEpochDay()) % 7 == 0) {
                points.add(new BacklogPoint(day, open));
            }
        }
        return points;
    }
}
