package com.cartera.support.csat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.support.Csat;
import com.cartera.tenancy.TenantSql;

/**
 * One customer's satisfaction for the 360 page: the last rating, CSAT over the last 12 months (the surveys sent in
 * [today − 12 months + 1 day, tomorrow) in the workspace's zone) and the incidents still open. Whoever may open the
 * customer's page reads it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerSatisfaction {

    /** What the page shows; {@code last} empty while no survey of the customer has an answer. */
    public record Summary(Optional<Survey> last, Csat lastTwelveMonths, long openIncidents, LocalDate from,
                          LocalDate to) {
    }

    private static final String SURVEY = """
            select s.id, s.ticket_id, t.subject as ticket_subject, s.customer_id, s.agent_id, s.sent_at, s.expires_at,
                   s.language, s.answered_at, s.rating, s.comment, s.source
            from csat_survey s join ticket t on t.id = s.ticket_id
            where s.customer_id = :customer and s.answered_at is not null
            order by s.answered_at desc, s.id desc limit :limit""";

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    CustomerSatisfaction(TenantSql sql, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.calendar = calendar;
    }

    public Summary of(long customerId) {
        ZoneId zone = calendar.zone();
        LocalDate to = calendar.today().plusDays(1);
        LocalDate from = to.minusMonths(12);
        Csat csat = sql.client().sql("""
                        select count(*) as sent, count(rating) as answered, count(*) filter (where rating >= 4) as satisfied
                        from csat_survey where customer_id = :customer and sent_at >= :from and sent_at < :to""")
                .param("customer", customerId)
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .query(Csat.class).single();
        long openIncidents = sql.client().sql("""
                        select count(*) from ticket
                        where customer_id = :customer and type = 'INCIDENT' and status in ('NEW', 'OPEN', 'PENDING')""")
                .param("customer", customerId)
                .query(Long.class).single();
        return new Summary(answered(customerId, 1).stream().findFirst(), csat, openIncidents, from, to);
    }

    /** The customer's latest answers, newest first. */
    public List<Survey> answered(long customerId, int limit) {
        return sql.client().sql(SURVEY).param("customer", customerId).param("limit", limit)
                .query(Survey.class).list();
    }
}
