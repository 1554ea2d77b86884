package com.cartera.customer;

/**
 * How many customers match a filter, counted no further than a limit so that counting stays fast on a
 * portfolio of a million: show "{@code value}" when exact, "more than {@code value}" when {@code more}.
 *
 * @param value the exact number of matches, or the limit when more match
 * @param more  more than {@code value} customers match
 */
public record CustomerCount(long value, boolean more) {
}
