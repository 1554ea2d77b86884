package com.cartera.customer;

import java.util.UUID;

/**
 * What the customer grid is narrowed to. Empty parts do not narrow.
 *
 * @param text  matched against name, e-mail, phone and tax id, ignoring case
 * @param stage one lifecycle stage
 * @param owner the owning team member's user id
 */
public record CustomerFilter(String text, LifecycleStage stage, UUID owner) {

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null);
}
