package com.cartera.support;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
 * was sent: its answer, whenever it comes, counts there, so the response rate of a period only grows. Management,
 * support and admin read every figure; a salesperson reads the figures of their own customers.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SUPPORT})
public class CsatFigures {

    private static final String COUNTS = """
            count(*) as sent, count(s.rating) as answered, count(*) filter (where s.rating >= 4) as satisfied""";

    private record GroupRow(String key, String name, long sent, long answered, long satisfied) {
    }

    private record MonthRow(LocalDateTime month, long sent, long answered, long satisfied) {
    }

    private record RatingCount(int rating, long answers) {
    }

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;
    private final CustomerAssignments assignments;
    private final CurrentUser currentUser;

    CsatFigures(TenantSql sql, WorkspaceCalendar calendar, CustomerAssignments assignments, CurrentUser currentUser) {
        this.sql = sql;
        this.calendar = calendar;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** The whole workspace's CSAT of the surveys sent in [from, to). */
    public Csat of(LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        return sql.client().sql("select " + COUNTS + " from csat_survey s where s.sent_at >= :from and s.sent_at < :to")
                .param("from", start(from, zone))
                .param("to", start(to, zone))
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
        String select = switch (grouping) {
            case AGENT -> "select cast(s.agent_id as varchar) as key, cast(null as varchar) as name, ";
            case TEAM -> "select cast(s.team_id as varchar) as key, min(t.name) as name, ";
            case CATEGORY -> "select cast(s.category_id as varchar) as key, min(c.name) as name, ";
            case CUSTOMER -> "select cast(s.customer_id as varchar) as key, cast(null as varchar) as name, ";
        };
        String column = switch (grouping) {
            case AGENT -> "s.agent_id";
            case TEAM -> "s.team_id";
            case CATEGORY -> "s.category_id";
            case CUSTOMER -> "s.customer_id";
        };
        ZoneId zone = calendar.zone();
        return sql.client().sql(select + COUNTS + """
                         from csat_survey s
                        left join support_team t on t.id = s.team_id
                        left join ticket_category c on c.id = s.category_id
                        where s.sent_at >= :from and s.sent_at < :to
                        group by\s""" + column + " order by sent desc, key")
                .param("from", start(from, zone))
                .param("to", start(to, zone))
                .query(GroupRow.class).stream()
                .map(row -> new CsatGroup(row.key(), row.name(), new Csat(row.sent(), row.answered(), row.satisfied())))
                .toList();
    }

    /** CSAT month by month over the months [from, to) touches, months without surveys included. */
    public List<CsatMonth> trend(LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        Map<YearMonth, Csat> byMonth = new HashMap<>();
        sql.client().sql("select date_trunc('month', s.sent_at at time zone :zone) as month, " + COUNTS + """
                         from csat_survey s
                        where s.sent_at >= :from and s.sent_at < :to group by 1""")
                .param("zone", zone.getId())
                .param("from", start(from, zone))
                .param("to", start(to, zone))
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
        ZoneId zone = calendar.zone();
        long[] counts = new long[5];
        sql.client().sql("""
                        select rating, count(*) as answers from csat_survey
                        where sent_at >= :from and sent_at < :to and rating is not null group by rating""")
                .param("from", start(from, zone))
                .param("to", start(to, zone))
                .query(RatingCount.class).stream()
                .forEach(row -> counts[row.rating() - 1] = row.answers());
        return new RatingDistribution(Arrays.stream(counts).boxed().toList());
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
