package com.cartera.support.csat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.CustomersMerged;
import com.cartera.tenancy.TenantSql;

/** When two customers are merged, the survivor gets the merged customer's surveys, as it gets their tickets. */
@Component
class SurveysFollowMerges {

    private final TenantSql sql;

    SurveysFollowMerges(TenantSql sql) {
        this.sql = sql;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomersMerged merged) {
        sql.client().sql("update csat_survey set customer_id = :survivor where customer_id = :merged")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId())
                .update();
    }
}
