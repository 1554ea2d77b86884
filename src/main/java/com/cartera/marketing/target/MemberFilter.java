package com.cartera.marketing.target;

import java.util.Set;

import com.cartera.marketing.TargetStatus;

/**
 * What the members grid is narrowed to: statuses (none: every status) and a text found in the customer's name,
 * e-mail, phone or tax id (blank: no narrowing).
 */
public record MemberFilter(Set<TargetStatus> statuses, String text) {

    public static final MemberFilter ALL = new MemberFilter(Set.of(), null);

    public MemberFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
