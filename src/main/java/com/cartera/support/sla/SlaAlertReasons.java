package com.cartera.support.sla;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cartera.support.SlaState;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketSlaAlerts;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TicketSlaAlerts}: the open tickets of the customers asked for with their clocks in one query, evaluated
 * now; a breached ticket is named before one at risk, then the one due first.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SlaAlertReasons implements TicketSlaAlerts {

    private record OpenTicket(long customerId, String subject, SlaRow clock) {
    }

    private final TenantSql sql;
    private final SlaSettingsStore settings;
    private final Clock clock;

    SlaAlertReasons(TenantSql sql, SlaSettingsStore settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Map<Long, String> redReasons(Collection<Long> customerIds) {
        Map<Long, String> reasons = new HashMap<>();
        if (customerIds.isEmpty()) {
            return reasons;
        }
        var rowMapper = new DataClassRowMapper<>(SlaRow.class);
        List<OpenTicket> open = sql.client().sql("select t.customer_id, t.subject, "
                        + TicketSlaStore.COLUMNS.replace("ticket_id,", "s.ticket_id,")
                        + " from ticket t join ticket_sla s on s.ticket_id = t.id"
                        + " where t.customer_id = any(cast(:ids as bigint[])) and t.status in ('NEW', 'OPEN', 'PENDING')"
                        + " order by t.customer_id, s.first_response_due, t.id")
                .param("ids", customerIds.toArray(Long[]::new))
                .query((rs, row) -> new OpenTicket(rs.getLong("customer_id"), rs.getString("subject"),
                        rowMapper.mapRow(rs, row)))
                .list();
        if (open.isEmpty()) {
            return reasons;
        }
        Map<Long, TicketSla> states = SlaReads.evaluate(open.stream().map(OpenTicket::clock).toList(), settings,
                clock.instant());
        Map<Long, SlaState> worst = new HashMap<>();
        for (OpenTicket ticket : open) {
            SlaState state = states.get(ticket.clock().ticketId()).state();
            SlaState before = worst.get(ticket.customerId());
            boolean named = state == SlaState.BREACHED && before != SlaState.BREACHED
                    || state == SlaState.AT_RISK && before == null;
            if (named) {
                worst.put(ticket.customerId(), state);
                reasons.put(ticket.customerId(), (state == SlaState.BREACHED ? "SLA incumplido en el ticket #%d: %s"
                        : "Ticket #%d en riesgo de incumplir el SLA: %s").formatted(ticket.clock().ticketId(),
                        ticket.subject()));
            }
        }
        return reasons;
    }
}
