package com.cartera.marketing.target;

import com.cartera.customer.CustomersMerged;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two customers are merged, the survivor takes the merged customer's place on target lists, within the
 * merge's transaction. Where both were on a list, the survivor keeps its own row and the list's counts follow.
 */
@Component
class TargetListsFollowMerges {

    private final TenantSql sql;

    TargetListsFollowMerges(TenantSql sql) {
        this.sql = sql;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        var client = sql.client();
        // A member row beats an exclusion: a survivor on the list stays a member.
        client.sql("""
                        delete from target_list_exclusion e
                        where e.customer_id = :merged
                          and exists (select 1 from target_list_member m
                                      where m.list_id = e.list_id and m.customer_id = :survivor)""")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId()).update();
        client.sql("""
                        delete from target_list_exclusion e
                        where e.customer_id = :survivor
                          and exists (select 1 from target_list_member m
                                      where m.list_id = e.list_id and m.customer_id = :merged)""")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId()).update();
        client.sql("""
                        delete from target_list_member m
                        where m.customer_id = :merged
                          and exists (select 1 from target_list_member s
                                      where s.list_id = m.list_id and s.customer_id = :survivor)""")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId()).update();
        client.sql("""
                        delete from target_list_exclusion e
                        where e.customer_id = :merged
                          and exists (select 1 from target_list_exclusion s
                                      where s.list_id = e.list_id and s.customer_id = :survivor)""")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId()).update();
        client.sql("update target_list_member set customer_id = :survivor where customer_id = :merged")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId()).update();
        client.sql("update target_list_exclusion set customer_id = :survivor where customer_id = :merged")
                .param("merged", merged.mergedId()).param("survivor", merged.survivorId()).update();
        TargetListCounts.recount(client, merged.survivorId());
    }
}
