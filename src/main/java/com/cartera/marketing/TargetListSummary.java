package com.cartera.marketing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A campaign's target list as other parts of Cartera read it.
 *
 * @param label    the selection it was built from, in the words of the moment it was built
 * @param frozenAt when the selection was taken
 * @param members  customers on the list (consent and a way to reach them)
 * @param excluded customers of the selection left out, for want of consent or of an address
 * @param byStatus members per status; every status is present
 */
public record TargetListSummary(long id, long campaignId, String name, String label, Instant frozenAt, int members,
                                int excluded, Map<TargetStatus, Integer> byStatus) {

    public TargetListSummary {
        var all = new EnumMap<TargetStatus, Integer>(TargetStatus.class);
        for (TargetStatus status : TargetStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0));
        }
        byStatus = Map.copyOf(all);
    }

    /** How many members have {@code status}. */
    public int count(TargetStatus status) {
        return byStatus.get(status);
    }
}
