package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign as other parts of Cartera read it.
 *
 * @param endsOn      null while no end date is set
 * @param budget      null where none was given
 * @param targetKind  the audience it aims at, null where none was chosen (then targetValue is null too)
 */
public record CampaignInfo(long id, String name, CampaignChannel channel, long sourceId, LocalDate startsOn,
                           LocalDate endsOn, BigDecimal budget, CampaignStatus status, UUID ownerId,
                           TargetKind targetKind, String targetValue) {

    /** Whether {@code day} falls within the campaign's dates (an open end runs on). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
