package com.cartera.marketing;

/** Why a customer of a target list's selection was left out of it. */
public enum ExclusionReason {
    /** No marketing consent on record. */
    NO_CONSENT,
    /** Consent, but no e-mail address or phone number to reach them by. */
    NO_ADDRESS
}
