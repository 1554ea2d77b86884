package com.cartera.support;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.CustomerAssignments;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;

/**
 * CSAT and response rate ({@link Csat}, DESIGN §5) of the workspace's satisfaction surveys. A period is the
 * half-open interval of days [from, to) in the workspace's time zone, and a survey belongs to the period in which it
 * was sent: its answer, whenever it comes, counts there, so the response rate of a period only grows. The workspace's,
 * agents', teams' and categories' figures are read from the daily CSAT figures ({@link SupportDays}); a customer's
 * from the surveys. Management, support and admin read every figure; a salesperson reads the figures of their own
 * customers.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SUPPORT})
public class CsatFigures {

    private static final String COUNTS = """
            count(*) as sent, count(s.rating) as answered, count(*) filter (where s.rating >= 4) as satisfied""";
    private static final String DAY_COUNTS = """
            coalesce(sum(d.sent), 0) as sent, coalesce(sum(d.answered), 0) as answered,
            coalesce(sum(d.satisfied), 0) as satisfied""";

    private record GroupRow(String key, String name, long sent, long answered, long satisfied) {
    }

    private record MonthRow(LocalDateTime month, long sent, long answered, long satisfied) {
    }

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;
    private final CustomerAssignments assignments;
    private final CurrentUser currentUser;
    private final SupportDays days;

    CsatFigures(TenantSql sql, WorkspaceCalendar calendar, CustomerAssignments assignments, CurrentUser currentUser,
                SupportDays days) {
        this.sql = sql;
        this.calendar = calendar;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.days = days;
    }

    /** The whole workspace's CSAT of the surveys sent in [from, to). */
    public Csat of(LocalDate from, LocalDate to) {
        days.keepIn(calendar.zone());
        return sql.client().sql("select " + DAY_COUNTS
                        + " from csat_day d where d.dimension = 'W' and d.day >= :from and d.day < :to")
                .param("from", from)
                .param("to", to)
                .query(Csat.class).single();
    }

    /**
     * CSAT of the customers {@code ownerId} owns now (null: the signed-in salesperson's), for the sales home. A
     * salesperson reads only their own; management and admin anyone's.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
    public Csat ofOwner(LocalDate from, LocalDate to, UUID ownerId) {
        List<Long> customers = assignments.ownedBy(ownerScope(ownerId));
        if (customers.isEmpty()) {
            return Csat.NONE;
        }
        ZoneId zone = calendar.zone();
        return sql.client().sql("select " + COUNTS + """
                         from csat_survey s
                        where s.sent_at >= :from and s.sent_at < :to and s.customer_id = any(:customers)""")
                .param("from", start(from, zone))
                .param("to", start(to, zone))
                .param("customers", new SqlArrayValue("bigint", customers.toArray()))
                .query(Csat.class).single();
    }

    /** CSAT per agent, team, category or customer, the largest groups first. */
    public List<CsatGroup> by(CsatGrouping grouping, LocalDate from, LocalDate to) {
        if (grouping == CsatGrouping.CUSTOMER) {
            return byCustomer(from, to);
        }
        String dimension = switch (grouping) {
            case AGENT -> "A";
            case TEAM -> "T";
            case CATEGORY -> "C";
            case CUSTOMER -> throw new IllegalStateException("Read from the surveys");
        };
        String name = switch (grouping) {
            case TEAM -> "(select t.name from support_team t where cast(t.id as varchar) = g.key)";
            case CATEGORY -> "(select c.name from ticket_category c where cast(c.id as varchar) = g.key)";
            default -> "cast(null as varchar)";
        };
        days.keepIn(calendar.zone());
        // Summed per group first, then named: a few rows per day instead of every survey.
        return sql.client().sql("select g.key, " + name + """
                         as name, g.sent, g.answered, g.satisfied
                        from (select d.key, """ + DAY_COUNTS + """
                               from csat_day d where d.dimension = :dimension and d.day >= :from and d.day < :to
                              group by d.key having sum(d.sent) > 0) g
                        order by g.sent desc, g.key""")
                .param("dimension", dimension)
                .param("from", from)
                .param("to", to)
                .query(GroupRow.class).stream()
                .map(row -> new CsatGroup(row.key(), row.name(), new Csat(row.sent(), row.answered(), row.satisfied())))
                .toList();
    }

    private List<CsatGroup> byCustomer(LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        return sql.client().sql("select cast(s.customer_id as varchar) as key, cast(null as varchar) as name, "
                        + COUNTS + """
                         from csat_survey s
                        where s.sent_at >= :from and s.sent_at < :to
                        group by s.customer_id order by sent desc, key""")
                .param("from", start(from, zone))
                .param("to", start(to, zone))
                .query(GroupRow.class).stream()
                .map(row -> new CsatGroup(row.key(), row.name(), new Csat(row.sent(), row.answered(), row.satisfied())))
                .toList();
    }

    /** CSAT month by month over the months [from, to) touches, months without surveys included. */
    public List<CsatMonth> trend(LocalDate from, LocalDate to) {
        days.keepIn(calendar.zone());
        Map<YearMonth, Csat> byMonth = new HashMap<>();
        sql.client().sql("select date_trunc('month', d.day::timestamp) as month, " + DAY_COUNTS + """
                         from csat_day d
                        where d.dimension = 'W' and d.day >= :from and d.day < :to group by 1""")
                .param("from", from)
                .param("to", to)
                .query(MonthRow.class).stream()
                .forEach(row -> byMonth.put(YearMonth.from(row.month()),
                        new Csat(row.sent(), row.answered(), row.satisfied())));
        var months = new ArrayList<CsatMonth>();
        for (YearMonth month = YearMonth.from(from); month.isBefore(YearMonth.from(to.minusDays(1)).plusMonths(1));
             month = month.plusMonths(1)) {
            months.add(new CsatMonth(month, byMonth.getOrDefault(month, Csat.NONE)));
        }
        return months;
    }

    /** How many answers to the surveys sent in [from, to) gave each rating. */
    public RatingDistribution distribution(LocalDate from, LocalDate to) {
        days.keepIn(calendar.zone());
        return sql.client().sql("""
                        select coalesce(sum(rated_1), 0) as r1, coalesce(sum(rated_2), 0) as r2,
                               coalesce(sum(rated_3), 0) as r3, coalesce(sum(rated_4), 0) as r4,
                               coalesce(sum(rated_5), 0) as r5
                        from csat_day where dimension = 'W' and day >= :from and day < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new RatingDistribution(List.of(rs.getLong("r1"), rs.getLong("r2"),
                        rs.getLong("r3"), rs.getLong("r4"), rs.getLong("r5"))))
                .single();
    }

    private UUID ownerScope(UUID ownerId) {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT)) {
            if (ownerId == null) {
                throw new IllegalArgumentException("Name the owner whose customers to read");
            }
            return ownerId;
        }
        if (ownerId == null || ownerId.equals(user.userId())) {
            return user.userId();
        }
        throw new AccessDeniedException("A salesperson reads the satisfaction of their own customers only");
    }

    private static Timestamp start(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
