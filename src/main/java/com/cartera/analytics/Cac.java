package com.cartera.analytics;

import java.math.BigDecimal;

/**
 * Customer acquisition cost and lead conversion of a period (DESIGN §5), for the whole workspace. A ratio is null
 * when its denominator is empty (spend without new customers has no CAC: never shown as 0 or ∞).
 *
 * @param marketingSpend      spend counted as marketing in the period
 * @param salesSpend          spend counted as sales in the period
 * @param newCustomers        customers acquired in the period
 * @param cac                 (marketing + sales spend) ÷ new customers
 * @param nextNewCustomers    customers acquired in the next period of the same length, up to today
 * @param laggedCac           the period's spend ÷ customers acquired in the next period; null before it starts
 * @param leads               leads created in the period
 * @param prospects           of them, those who reached the prospect stage by {@code convertedBy}
 * @param converted           of them, those who became customers before {@code convertedBy}
 * @param conversionRate      converted ÷ leads
 * @param averageDaysToConvert days from creation to becoming a customer, averaged over the converted leads
 */
public record Cac(BigDecimal marketingSpend, BigDecimal salesSpend, long newCustomers, BigDecimal cac,
                  long nextNewCustomers, BigDecimal laggedCac, long leads, long prospects, long converted,
                  BigDecimal conversionRate, BigDecimal averageDaysToConvert) {

    public BigDecimal spend() {
        return marketingSpend.add(salesSpend);
    }
}
