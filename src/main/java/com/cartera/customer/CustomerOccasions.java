package com.cartera.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moments worth a call: birthdays coming up and customers who just became active. Not secured: the daily
 * suggestion job calls it with nobody signed in; the calling module checks its own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerOccasions {

    /** A live customer's occasion on {@code date}, and whose customer it is (null: nobody's). */
    public record Occasion(long customerId, UUID ownerId, LocalDate date) {
    }

    /** A customer's birthday on the day it falls, with the customer's name (for a calendar). */
    public record NamedBirthday(long customerId, String name, LocalDate date) {
    }

    private record BirthdayRow(long id, UUID ownerId, String name, int monthDay) {
    }

    private record ActivationRow(long id, UUID ownerId, OffsetDateTime changedAt) {
    }

    private final TenantSql sql;

    CustomerOccasions(TenantSql sql) {
        this.sql = sql;
    }

    /**
     * Live customers (not lost) whose birthday falls between {@code from} and {@code to}, both included, each
     * with the day it falls on; someone born on 29 February celebrates on the 28th in other years.
     */
    public List<Occasion> birthdaysBetween(LocalDate from, LocalDate to) {
        Map<Integer, LocalDate> dayByKey = birthdayKeys(from, to);
        return birthdays(dayByKey, null).stream()
                .map(row -> new Occasion(row.id(), row.ownerId(), dayByKey.get(row.monthDay())))
                .toList();
    }

    /** As {@link #birthdaysBetween}, only the customers of {@code owner}, with their names, in one query. */
    public List<NamedBirthday> birthdaysOf(UUID owner, LocalDate from, LocalDate to) {
        Map<Integer, LocalDate> dayByKey = birthdayKeys(from, to);
        return birthdays(dayByKey, owner).stream()
                .map(row -> new NamedBirthday(row.id(), row.name(), dayByKey.get(row.monthDay())))
                .toList();
    }

    private static Map<Integer, LocalDate> birthdayKeys(LocalDate from, LocalDate to) {
        Map<Integer, LocalDate> dayByKey = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            dayByKey.put(day.getMonthValue() * 100 + day.getDayOfMonth(), day);
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                dayByKey.put(229, day);
            }
        }
        return dayByKey;
    }

    /** Live customers (not lost) born on one of the days' keys; of one owner, or of anyone when owner is null. */
    private List<BirthdayRow> birthdays(Map<Integer, LocalDate> dayByKey, UUID owner) {
        return sql.client().sql("""
                        select id, owner_id, name,
                               cast(extract(month from birthday) * 100 + extract(day from birthday) as integer) as month_day
                        from customer
                        where birthday is not null and deleted_at is null and lifecycle_stage <> 'LOST'
                          and (cast(:owner as uuid) is null or owner_id = cast(:owner as uuid))
                          and extract(month from birthday) * 100 + extract(day from birthday) = any(cast(:keys as integer[]))""")
                .param("keys", dayByKey.keySet().toArray(Integer[]::new))
                .param("owner", owner == null ? null : owner.toString())
                .query(BirthdayRow.class)
                .list();
    }

    /**
     * Live customers, active now, converted from lead or prospect to active at or after {@code since}, on the
     * day (in {@code zone}) they were. Customers created or imported as active are not conversions.
     */
    public List<Occasion> activatedSince(Instant since, ZoneId zone) {
        return sql.client().sql("""
                        select distinct on (c.id) c.id, c.owner_id, lc.changed_at
                        from lifecycle_change lc join customer c on c.id = lc.customer_id
                        where lc.to_stage = 'ACTIVE' and lc.from_stage in ('LEAD', 'PROSPECT') and lc.changed_at >= :since
                          and c.deleted_at is null and c.lifecycle_stage = 'ACTIVE'
                        order by c.id, lc.changed_at desc""")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query(ActivationRow.class)
                .list()
                .stream()
                .map(row -> new Occasion(row.id(), row.ownerId(), LocalDate.ofInstant(row.changedAt().toInstant(), zone)))
                .toList();
    }
}
