package com.cartera.support.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.support.TicketPriority;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's business hours, holidays and targets: the desk and management read them, admins change them.
 * A change moves the dues of every ticket whose clock still runs or is paused, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT})
public class SlaSettingsService {

    static final int MAX_HOLIDAY_NAME = 80;

    private final SlaSettingsStore store;
    private final TicketSlaStore clocks;

    SlaSettingsService(SlaSettingsStore store, TicketSlaStore clocks) {
        this.store = store;
        this.clocks = clocks;
    }

    public SlaSettings settings() {
        return store.settings();
    }

    /**
     * Replaces the settings with {@code settings}; targets carry the version they were read at.
     *
     * @throws FieldRejectedException                  naming the field: {@code hours.<DAY>}, {@code hours},
     *                                                 {@code holiday.<date>}, {@code target.<PRIORITY>}
     * @throws ObjectOptimisticLockingFailureException when someone else changed a priority's targets meanwhile
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public SlaSettings save(SlaSettings settings) {
        validate(settings);
        store.replaceHours(settings.hours());
        store.replaceHolidays(settings.holidays());
        for (SlaTarget target : settings.targets()) {
            if (!store.updateTarget(target)) {
                throw new ObjectOptimisticLockingFailureException(SlaTarget.class, target.priority());
            }
        }
        var businessClock = store.businessClock();
        Map<TicketPriority, SlaTarget> targets = store.targets();
        clocks.notStopped().forEach(row -> clocks.update(SlaRules.recomputed(row, businessClock,
                targets.get(row.priority()))));
        return store.settings();
    }

    static void validate(SlaSettings settings) {
        if (settings.hours().isEmpty()) {
            throw new FieldRejectedException("hours", "support.sla.error.no-hours");
        }
        List<WorkingHours> hours = settings.hours();
        for (int i = 0; i < hours.size(); i++) {
            for (int j = i + 1; j < hours.size(); j++) {
                if (hours.get(i).overlaps(hours.get(j))) {
                    throw new FieldRejectedException("hours." + hours.get(i).day(), "support.sla.error.overlap");
                }
            }
        }
        Set<LocalDate> days = new HashSet<>();
        for (Holiday holiday : settings.holidays()) {
            if (holiday.day() == null) {
                throw new FieldRejectedException("holiday", "support.sla.error.holiday-date");
            }
            if (holiday.name() == null || holiday.name().isBlank() || holiday.name().strip().length() > MAX_HOLIDAY_NAME) {
                throw new FieldRejectedException("holiday." + holiday.day(), "support.sla.error.holiday-name");
            }
            if (!days.add(holiday.day())) {
                throw new FieldRejectedException("holiday." + holiday.day(), "support.sla.error.holiday-twice");
            }
        }
        Set<TicketPriority> priorities = new HashSet<>();
        for (SlaTarget target : settings.targets()) {
            String field = "target." + target.priority();
            if (target.firstResponseMinutes() < 1 || target.firstResponseMinutes() > SlaTarget.MAX_MINUTES
                    || target.resolutionMinutes() < 1 || target.resolutionMinutes() > SlaTarget.MAX_MINUTES) {
                throw new FieldRejectedException(field, "support.sla.error.target-range");
            }
            if (target.firstResponseMinutes() > target.resolutionMinutes()) {
                throw new FieldRejectedException(field, "support.sla.error.response-after-resolution");
            }
            if (target.warnPercent() < 1 || target.warnPercent() > 99) {
                throw new FieldRejectedException(field, "support.sla.error.warn-range");
            }
            priorities.add(target.priority());
        }
        if (priorities.size() != TicketPriority.values().length || settings.targets().size() != priorities.size()) {
            throw new FieldRejectedException("targets", "support.sla.error.targets");
        }
    }

    /** The weekdays in ISO order, for forms. */
    public static List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }
}
