package com.cartera.support;

/**
 * How many tickets match a queue's filter, counted no further than a limit so that counting stays fast on a desk
 * of a million tickets: show "{@code value}" when exact, "more than {@code value}" when {@code more}.
 */
public record QueueCount(long value, boolean more) {
}
