package com.cartera.support;

import java.util.Collection;
import java.util.Map;

/**
 * For the customers' colour alerts: which customers have an open ticket at risk of breaching or breached, with the
 * reason to show (in the workspace's language, Spanish, as alert reasons are stored). Runs in the caller's
 * transaction; not secured, as the hourly colour job calls it with nobody signed in.
 */
public interface TicketSlaAlerts {

    /** The reason per customer among {@code customerIds} that has such a ticket; customers without one are absent. */
    Map<Long, String> redReasons(Collection<Long> customerIds);
}
