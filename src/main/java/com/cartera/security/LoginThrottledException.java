package com.cartera.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins: the attempt was refused without checking the password, for {@link #retryAfter()}. */
public class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
