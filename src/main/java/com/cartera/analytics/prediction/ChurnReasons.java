package com.cartera.analytics.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.cartera.analytics.prediction.ChurnRisk.Code;
import com.cartera.analytics.prediction.ChurnRisk.Reason;

/** How churn reasons are stored: {@code CODE:n,n;CODE:n}, codes and numbers only, translated when shown. */
public final class ChurnReasons {

    private ChurnReasons() {
    }

    static String encode(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> reason.code().name() + ":" + reason.values().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    static List<Reason> decode(String stored) {
        var reasons = new ArrayList<Reason>();
        if (stored == null || stored.isEmpty()) {
            return reasons;
        }
        for (String part : stored.split(";")) {
            String[] codeAndValues = part.split(":", 2);
            List<Long> values = codeAndValues.length < 2 || codeAndValues[1].isEmpty() ? List.of()
                    : Arrays.stream(codeAndValues[1].split(",")).map(Long::valueOf).toList();
            reasons.add(new Reason(Code.valueOf(codeAndValues[0]), values));
        }
        return reasons;
    }
}
