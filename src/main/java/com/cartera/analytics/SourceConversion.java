package com.cartera.analytics;

/**
 * Lead conversion of one recorded source in a period.
 *
 * @param source    the customer's recorded source ({@code WEBSITE}, {@code CAMPAIGN} ...), or null where none is recorded
 * @param leads     leads created in the period with that source
 * @param prospects of them, those who reached the prospect stage (or a later one) by the period's end
 * @param converted of them, those who became customers by the period's end
 * @param rate      converted ÷ leads
 */
public record SourceConversion(String source, long leads, long prospects, long converted, Kpi rate) {
}
