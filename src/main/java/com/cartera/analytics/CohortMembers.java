package com.cartera.analytics;

import java.time.YearMonth;
import java.util.List;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;

/**
 * The customers behind one cell of the cohort table (DESIGN §5): those whose first purchase was in the cohort's
 * month and who bought in the month {@code monthsSince} later, read from the same per-customer days the cohort
 * table is built from, so that their number is the cell's.
 */
@Component
class CohortMembers {

    private final TenantSql sql;

    CohortMembers(TenantSql sql) {
        this.sql = sql;
    }

    /** One page of the cell's customers, by id. */
    List<Long> customers(YearMonth cohort, int monthsSince, int offset, int limit) {
        YearMonth month = cohort.plusMonths(monthsSince);
        // Buyers of the month first (the day index), then each checked on its own days (the primary key).
        return sql.client().sql("""
                        select m.customer_id from analytics_customer_day m
                        where m.day >= :monthFrom and m.day < :monthTo
                          and not exists (select 1 from analytics_customer_day e
                                          where e.customer_id = m.customer_id and e.day < :cohortFrom)
                          and exists (select 1 from analytics_customer_day e
                                      where e.customer_id = m.customer_id and e.day >= :cohortFrom and e.day < :cohortTo)
                        group by m.customer_id order by m.customer_id offset :offset limit :limit""")
                .param("monthFrom", month.atDay(1)).param("monthTo", month.plusMonths(1).atDay(1))
                .param("cohortFrom", cohort.atDay(1)).param("cohortTo", cohort.plusMonths(1).atDay(1))
                .param("offset", offset).param("limit", limit)
                .query(Long.class).list();
    }
}
