package com.cartera.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cartera.customer.ErasureCount;

/** What erasing one person's data did, area by area. */
public record ErasureReport(long customerId, List<Long> customerIds, List<ErasureCount> counts) {

    public ErasureReport {
        customerIds = List.copyOf(customerIds);
        counts = List.copyOf(counts);
    }

    public int anonymised() {
        return counts.stream().mapToInt(ErasureCount::anonymised).sum();
    }

    public int deleted() {
        return counts.stream().mapToInt(ErasureCount::deleted).sum();
    }

    /** For the audit trail: the customers erased and, per area, rows anonymised and deleted. No personal data. */
    Map<String, Object> auditDetails(String trigger) {
        var details = new LinkedHashMap<String, Object>();
        details.put("trigger", trigger);
        details.put("customers", customerIds);
        for (ErasureCount count : counts) {
            details.put(count.area(), Map.of("anonymised", count.anonymised(), "deleted", count.deleted()));
        }
        return details;
    }
}
