package com.cartera.analytics;

/**
 * The customer counts of {@link PortfolioKpis} that a dashboard can open as a list of customers: for a period,
 * {@link PortfolioAnalytics#customersBehind} lists exactly the customers each one counts.
 */
public enum KpiCount {
    /** Active on the day before the period starts (S). */
    ACTIVE_AT_START,
    /** Active on the period's last day (E). */
    ACTIVE_AT_END,
    /** First became active during the period (acquired). */
    NEW,
    /** Became active again during the period after having been lost. */
    REACTIVATED,
    /** Lost during the period, whoever they were. */
    LOST,
    /** Customers of S lost during the period: the numerator of logo churn. */
    LOST_FROM_START,
    /** Active at the start and still in the same stretch of activity at the end: the numerator of retention. */
    RETAINED,
    /** Acquired and lost inside the period: in neither S nor E, reported apart. */
    ACQUIRED_AND_LOST
}
