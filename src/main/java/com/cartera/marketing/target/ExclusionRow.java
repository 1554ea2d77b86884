package com.cartera.marketing.target;

import com.cartera.marketing.ExclusionReason;

/** A customer of a list's selection left out of it, with the reason and their details as they are now. */
public record ExclusionRow(long customerId, String name, String email, String phone, ExclusionReason reason) {
}
