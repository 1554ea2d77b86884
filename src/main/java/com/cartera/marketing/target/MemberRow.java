package com.cartera.marketing.target;

import java.time.Instant;

import com.cartera.marketing.TargetStatus;

/**
 * A member of a target list with the customer's details as they are now.
 *
 * @param consent false once the customer withdrew marketing consent after the list was built: never exported
 * @param live    false once the customer was deleted
 */
public record MemberRow(long customerId, String name, String email, String phone, TargetStatus status,
                        Instant statusAt, boolean consent, boolean live) {
}
