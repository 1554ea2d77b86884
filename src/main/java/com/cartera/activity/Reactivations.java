package com.cartera.activity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.cartera.customer.CustomerChurnRisk.AtRisk;

/**
 * Which customers at high churn risk get a reactivation follow-up proposed to their owner: those without an open
 * follow-up (someone is already on it otherwise). Pure: the risks and the open follow-ups are passed in.
 */
final class Reactivations {

    private Reactivations() {
    }

    static List<AtRisk> toPropose(Collection<AtRisk> highRisks, Set<Long> withOpenFollowUp) {
        return highRisks.stream().filter(risk -> !withOpenFollowUp.contains(risk.customerId())).toList();
    }
}
