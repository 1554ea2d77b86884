package com.cartera.notification;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about, with how it arrives unless the person chose otherwise. */
public enum NotificationKind {
    CUSTOMER_ASSIGNED(Delivery.EMAIL_NOW),
    OPPORTUNITY_ASSIGNED(Delivery.EMAIL_NOW),
    FOLLOW_UP_ASSIGNED(Delivery.EMAIL_NOW),
    MENTION(Delivery.APP),
    CUSTOMER_RED(Delivery.APP),
    IMPORT_FINISHED(Delivery.APP),
    TICKET_ASSIGNED(Delivery.EMAIL_NOW),
    /** A ticket's service-level target is about to be missed: mailed at once, there is little time left. */
    TICKET_SLA_AT_RISK(Delivery.EMAIL_NOW),
    TICKET_SLA_BREACHED(Delivery.EMAIL_NOW),
    /** Today's and overdue follow-ups: only ever mailed in the digest, so the choice is the digest or nothing. */
    FOLLOW_UP_REMINDER(Delivery.DIGEST);

    private final Delivery defaultDelivery;

    NotificationKind(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** The deliveries a person may choose for this kind. */
    public Set<Delivery> choices() {
        return this == FOLLOW_UP_REMINDER ? EnumSet.of(Delivery.DIGEST, Delivery.OFF) : EnumSet.allOf(Delivery.class);
    }

    /**
     * How a notification of this kind arrives for a person who stored {@code chosen} (null: nothing stored); a
     * stored choice this kind does not offer counts as the default.
     */
    public Delivery resolve(Delivery chosen) {
        return chosen != null && choices().contains(chosen) ? chosen : defaultDelivery;
    }
}
