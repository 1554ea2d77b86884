package com.cartera.support.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.security.Role;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketSlas;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TicketSlas}: the clock rows of the tickets asked for in one query, evaluated against the settings. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
class SlaReads implements TicketSlas {

    private final TicketSlaStore clocks;
    private final SlaSettingsStore settings;
    private final Clock clock;

    SlaReads(TicketSlaStore clocks, SlaSettingsStore settings, Clock clock) {
        this.clocks = clocks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<TicketSla> of(long ticketId) {
        return Optional.ofNullable(of(List.of(ticketId)).get(ticketId));
    }

    @Override
    public Map<Long, TicketSla> of(Collection<Long> ticketIds) {
        return evaluate(clocks.findAll(ticketIds), settings, clock.instant());
    }

    /** Evaluates the rows at {@code now}, in their order; reads the settings once. */
    static Map<Long, TicketSla> evaluate(List<SlaRow> rows, SlaSettingsStore settings, Instant now) {
        Map<Long, TicketSla> byTicket = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return byTicket;
        }
        var businessClock = settings.businessClock();
        var targets = settings.targets();
        rows.forEach(row -> byTicket.put(row.ticketId(),
                SlaRules.evaluate(row, targets.get(row.priority()), businessClock, now)));
        return byTicket;
    }
}
