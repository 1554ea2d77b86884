package com.cartera.support.sla;

import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.support.TicketPriority;
import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level settings of the workspace in scope (V33's hours, holidays and targets). Unsecured: the settings
 * service checks its callers, the event listeners and the job run for the desk's own changes.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SlaSettingsStore {

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    SlaSettingsStore(TenantSql sql, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.calendar = calendar;
    }

    /** The workspace's business time in its zone. */
    public BusinessClock businessClock() {
        return new BusinessClock(calendar.zone(), hours(), holidays().stream().map(Holiday::day).toList());
    }

    public SlaSettings settings() {
        return new SlaSettings(hours(), holidays(), List.copyOf(targets().values()));
    }

    public List<WorkingHours> hours() {
        return sql.client().sql("select day_of_week, starts_at, ends_at from support_business_hours"
                        + " order by day_of_week, starts_at")
                .query((rs, row) -> new WorkingHours(DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
                .list();
    }

    public List<Holiday> holidays() {
        return sql.client().sql("select day, name from support_holiday order by day")
                .query((rs, row) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name")))
                .list();
    }

    /** Every priority's targets. */
    public Map<TicketPriority, SlaTarget> targets() {
        Map<TicketPriority, SlaTarget> targets = new EnumMap<>(TicketPriority.class);
        sql.client().sql("select priority, first_response_minutes, resolution_minutes, warn_percent, version"
                        + " from support_sla_target")
                .query(SlaTarget.class)
                .list()
                .forEach(target -> targets.put(target.priority(), target));
        return targets;
    }

    void replaceHours(List<WorkingHours> hours) {
        sql.client().sql("delete from support_business_hours").update();
        for (WorkingHours stretch : hours) {
            sql.client().sql("insert into support_business_hours (day_of_week, starts_at, ends_at)"
                            + " values (:day, :start, :end)")
                    .param("day", stretch.day().getValue())
                    .param("start", Time.valueOf(stretch.start()))
                    .param("end", Time.valueOf(stretch.end()))
                    .update();
        }
    }

    void replaceHolidays(List<Holiday> holidays) {
        sql.client().sql("delete from support_holiday").update();
        for (Holiday holiday : holidays) {
            sql.client().sql("insert into support_holiday (day, name) values (:day, :name)")
                    .param("day", Date.valueOf(holiday.day()))
                    .param("name", holiday.name())
                    .update();
        }
    }

    /** Writes one priority's targets if nobody changed them since {@code target.version()}; says whether it did. */
    boolean updateTarget(SlaTarget target) {
        return sql.client().sql("""
                        update support_sla_target set first_response_minutes = :firstResponse,
                               resolution_minutes = :resolution, warn_percent = :warn, version = version + 1
                        where priority = :priority and version = :version""")
                .param("firstResponse", target.firstResponseMinutes())
                .param("resolution", target.resolutionMinutes())
                .param("warn", target.warnPercent())
                .param("priority", target.priority().name())
                .param("version", target.version())
                .update() == 1;
    }
}
