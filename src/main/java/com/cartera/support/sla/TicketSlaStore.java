package com.cartera.support.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code ticket_sla} rows of the workspace in scope. Unsecured: its callers in support.sla check theirs. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class TicketSlaStore {

    static final String COLUMNS = "ticket_id, priority, opened_at, paused_seconds, paused_since, stopped_at,"
            + " first_response_at, first_response_due, first_response_warn_at, resolution_due, resolution_warn_at,"
            + " first_response_warned_at, first_response_breached_at, resolution_warned_at, resolution_breached_at";

    private final TenantSql sql;

    TicketSlaStore(TenantSql sql) {
        this.sql = sql;
    }

    public Optional<SlaRow> find(long ticketId) {
        return sql.client().sql("select " + COLUMNS + " from ticket_sla where ticket_id = :id")
                .param("id", ticketId)
                .query(SlaRow.class)
                .optional();
    }

    public List<SlaRow> findAll(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("select " + COLUMNS + " from ticket_sla where ticket_id = any(cast(:ids as bigint[]))")
                .param("ids", ticketIds.toArray(Long[]::new))
                .query(SlaRow.class)
                .list();
    }

    /** The clocks not stopped for good: those that settings changes move. */
    List<SlaRow> notStopped() {
        return sql.client().sql("select " + COLUMNS + " from ticket_sla where stopped_at is null")
                .query(SlaRow.class)
                .list();
    }

    void insert(SlaRow row) {
        sql.client().sql("""
                        insert into ticket_sla (ticket_id, priority, opened_at, first_response_due, first_response_warn_at,
                                                resolution_due, resolution_warn_at)
                        values (:id, :priority, :opened, :frDue, :frWarn, :resDue, :resWarn)
                        on conflict (ticket_id) do nothing""")
                .param("id", row.ticketId())
                .param("priority", row.priority().name())
                .param("opened", ts(row.openedAt()))
                .param("frDue", ts(row.firstResponseDue()))
                .param("frWarn", ts(row.firstResponseWarnAt()))
                .param("resDue", ts(row.resolutionDue()))
                .param("resWarn", ts(row.resolutionWarnAt()))
                .update();
    }

    /** Writes the clock and dues of {@code row} (not the job's marks). */
    void update(SlaRow row) {
        sql.client().sql("""
                        update ticket_sla set priority = :priority, paused_seconds = :paused, paused_since = :pausedSince,
                               stopped_at = :stopped, first_response_at = :firstResponseAt, first_response_due = :frDue,
                               first_response_warn_at = :frWarn, resolution_due = :resDue, resolution_warn_at = :resWarn
                        where ticket_id = :id""")
                .param("id", row.ticketId())
                .param("priority", row.priority().name())
                .param("paused", row.pausedSeconds())
                .param("pausedSince", ts(row.pausedSince()))
                .param("stopped", ts(row.stoppedAt()))
                .param("firstResponseAt", ts(row.firstResponseAt()))
                .param("frDue", ts(row.firstResponseDue()))
                .param("frWarn", ts(row.firstResponseWarnAt()))
                .param("resDue", ts(row.resolutionDue()))
                .param("resWarn", ts(row.resolutionWarnAt()))
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
