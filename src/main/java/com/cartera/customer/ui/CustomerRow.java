package com.cartera.customer.ui;

import java.util.List;

import com.cartera.customer.AlertColour;
import com.cartera.customer.ChurnRiskLevel;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.ValueTier;

/**
 * A customer as the portfolio grid shows it: what its columns display, already formatted where the text does
 * not depend on a translation. The grid keeps the rows in view between requests, so a row holds no entity,
 * no lazy collection and nothing the grid does not show.
 *
 * @param restorable in the bin, whether the signed-in person may take the customer out of it
 * @param churnScore churn risk (0 to 100) as analytics last estimated it, null without an estimate
 * @param paymentRisk payment risk as finance last judged it, null without one
 */
record CustomerRow(long id, String name, CustomerKind kind, AlertColour alertColour, String alertReason,
                   LifecycleStage stage, ValueTier tier, String owner, String email, String phone, String city,
                   String region, String sector, String lastPurchase, String clv, int purchases, String created,
                   boolean restorable, List<TagChip> tags, Short churnScore, ChurnRiskLevel churnLevel,
                   PaymentRisk paymentRisk) {

    /** A tag on a row: its name and colour. */
    record TagChip(String name, String colour) {
    }
}
