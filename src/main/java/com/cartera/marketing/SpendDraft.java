package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A spend entry as a form or an import row fills it in: on a campaign (its source is then the campaign's, and
 * {@code sourceId} is ignored) or on a source alone.
 */
public record SpendDraft(LocalDate spentOn, BigDecimal amount, SpendCategory category, SpendKind countsAs,
                         Long campaignId, Long sourceId, String description) {
}
