package com.cartera.support;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import com.cartera.customer.CustomersMerged;
import com.cartera.security.CurrentUser;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two customers are merged, the survivor gets the merged customer's tickets, within the merge's transaction;
 * each moved ticket keeps the move in its history.
 */
@Component
class TicketsFollowMerges {

    private final TenantSql sql;
    private final CurrentUser currentUser;
    private final Clock clock;

    TicketsFollowMerges(TenantSql sql, CurrentUser currentUser, Clock clock) {
        this.sql = sql;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        UUID actor = currentUser.get().map(SignedInUser::userId).orElse(null);
        var client = sql.client();
        client.sql("""
                        insert into ticket_change (ticket_id, changed_at, changed_by, field, old_value, new_value)
                        select id, :at, :by, 'CUSTOMER', cast(:merged as text), cast(:survivor as text)
                        from ticket where customer_id = :merged""")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("by", actor)
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId())
                .update();
        client.sql("update ticket set customer_id = :survivor, version = version + 1 where customer_id = :merged")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId())
                .update();
    }
}
