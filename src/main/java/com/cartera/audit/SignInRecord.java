package com.cartera.audit;

import java.time.Instant;

/** One sign-in attempt as the admin reads it. */
public record SignInRecord(Instant occurredAt, String email, String method, String outcome, String remoteAddress) {
}
