package com.cartera.analytics;

/**
 * What a refresh of the aggregate tables did.
 *
 * @param full      true when every customer was recomputed
 * @param customers customers recomputed
 * @param millis    time it took
 */
public record RefreshResult(boolean full, long customers, long millis) {
}
