package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign's fields as a form fills them in.
 *
 * @param endsOn      null for an open end
 * @param budget      null where none is set
 * @param ownerId     null for nobody; else a member with the marketing, admin, sales or management role
 * @param targetKind  the audience's kind, null for none (targetValue is then ignored)
 * @param targetValue a shared saved view's or tag's id, an RFM segment's or value tier's name
 */
public record CampaignDraft(String name, CampaignChannel channel, long sourceId, LocalDate startsOn,
                            LocalDate endsOn, BigDecimal budget, String goal, UUID ownerId, TargetKind targetKind,
                            String targetValue) {
}
