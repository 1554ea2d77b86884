package com.cartera.support;

import java.time.YearMonth;

/** CSAT of the surveys sent in one month of the workspace's calendar. */
public record CsatMonth(YearMonth month, Csat csat) {
}
