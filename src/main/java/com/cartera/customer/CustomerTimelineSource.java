package com.cartera.customer;

import java.util.List;

/**
 * Contributes entries to a customer's timeline on the 360 page (purchases, interactions, and, as they
 * land, opportunities and tickets). Implemented by the module that owns the events; each is a Spring bean.
 */
public interface CustomerTimelineSource {

    /** The customer's latest entries from this source, newest first, at most {@code limit}. */
    List<TimelineEntry> latest(long customerId, int limit);
}
