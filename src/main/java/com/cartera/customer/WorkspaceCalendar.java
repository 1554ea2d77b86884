package com.cartera.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's calendar for every module that counts days (DESIGN §5): the zone its days and periods are read
 * in, today in that zone, and the activity window after which a customer with no purchase counts as lost. Anyone
 * in the workspace may read it, scheduled jobs included: it holds no personal data.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class WorkspaceCalendar {

    private final WorkspaceSettingsRepository settings;
    private final Clock clock;

    WorkspaceCalendar(WorkspaceSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public ZoneId zone() {
        return settings.current().zone();
    }

    /** Today's date in the workspace's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** Days without a purchase after which a customer counts as lost. */
    public int activityWindowDays() {
        return settings.current().getActivityWindowDays();
    }
}
