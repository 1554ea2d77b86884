package com.cartera.analytics;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * CAC and lead conversion of one lead source in a period: spend of the source ÷ new customers first attributed to
 * it (DESIGN §5). CAC is 0 for a source with customers and no spend, null for one without new customers.
 *
 * @param sourceId       the source in marketing's catalogue; null for the customers with no attribution
 * @param code           the built-in source's code (its name is translated), null otherwise
 * @param name           the workspace's own name, null for a built-in source nobody renamed
 * @param spend          marketing + sales spend of the source in the period
 * @param newCustomers   customers acquired in the period whose first touch is the source
 * @param laggedCac      the period's spend ÷ the source's customers acquired in the next period
 * @param leads          leads created in the period first attributed to the source
 * @param prospects      of them, those who reached the prospect stage by the date conversions are counted to
 * @param converted      of them, those who became customers by that date
 * @param conversionRate converted ÷ leads
 */
public record SourceCac(Long sourceId, String code, String name, BigDecimal spend, long newCustomers,
                        BigDecimal cac, long nextNewCustomers, BigDecimal laggedCac, long leads, long prospects,
                        long converted, BigDecimal conversionRate) {

    /** The name people see; {@code translate} maps a key such as {@code marketing-source.WEB} to text. */
    public String label(UnaryOperator<String> translate) {
        if (sourceId == null) {
            return translate.apply("dashboard.source.none");
        }
        return name != null ? name : translate.apply("marketing-source." + code);
    }
}
