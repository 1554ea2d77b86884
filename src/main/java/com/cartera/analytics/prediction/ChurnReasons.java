package com.cartera.analytics.prediction;

import java.util.List;

import com.cartera.analytics.prediction.ChurnRisk.Code;
import com.cartera.analytics.prediction.ChurnRisk.Reason;
import com.cartera.customer.CustomerChurnRisk;

/**
 * How churn reasons are stored: {@code CODE:n,n;CODE:n}, codes and numbers only, translated when shown; the same
 * text the customer module keeps with the risk it publishes.
 */
public final class ChurnReasons {

    private ChurnReasons() {
    }

    static String encode(List<Reason> reasons) {
        return CustomerChurnRisk.encode(published(reasons));
    }

    static List<Reason> decode(String stored) {
        return CustomerChurnRisk.decode(stored).stream()
                .map(reason -> new Reason(Code.valueOf(reason.code()), reason.values()))
                .toList();
    }

    /** The reasons as the customer module publishes them. */
    static List<CustomerChurnRisk.Reason> published(List<Reason> reasons) {
        return reasons.stream().map(reason -> new CustomerChurnRisk.Reason(reason.code().name(), reason.values()))
                .toList();
    }
}
