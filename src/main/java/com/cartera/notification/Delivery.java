package com.cartera.notification;

/** How a person wants a kind of notification delivered. */
public enum Delivery {
    /** In the bell only. */
    APP,
    /** In the bell, and mailed at once. */
    EMAIL_NOW,
    /** In the bell, and in the next morning's mailed digest. */
    DIGEST,
    /** Not at all. */
    OFF
}
