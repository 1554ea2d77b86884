package com.cartera.marketing.target;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps a list's member and exclusion counts true after rows moved or went (merges, erasure). */
final class TargetListCounts {

    private TargetListCounts() {
    }

    /** Recounts the lists on which {@code customerId} is a member or an exclusion. */
    static void recount(JdbcClient client, long customerId) {
        client.sql("""
                        update target_list l
                        set members = (select count(*) from target_list_member m where m.list_id = l.id),
                            excluded = (select count(*) from target_list_exclusion e where e.list_id = l.id),
                            version = l.version + 1
                        where l.id in (select list_id from target_list_member where customer_id = :customer
                                       union select list_id from target_list_exclusion where customer_id = :customer)""")
                .param("customer", customerId).update();
    }

    /** Recounts the lists given by id. */
    static void recountLists(JdbcClient client, java.util.Collection<Long> listIds) {
        if (listIds.isEmpty()) {
            return;
        }
        client.sql("""
                        update target_list l
                        set members = (select count(*) from target_list_member m where m.list_id = l.id),
                            excluded = (select count(*) from target_list_exclusion e where e.list_id = l.id),
                            version = l.version + 1
                        where l.id = any(:ids)""")
                .param("ids", new org.springframework.jdbc.support.SqlArrayValue("bigint", listIds.toArray()))
                .update();
    }
}
