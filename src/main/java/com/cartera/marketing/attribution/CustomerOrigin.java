package com.cartera.marketing.attribution;

import java.time.Instant;
import java.util.List;

import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.SourceInfo;

/**
 * Where a customer came from, as the customer 360 page shows it.
 *
 * @param firstSource   null when none is known
 * @param firstCampaign null when the first touch was no campaign
 * @param touchCampaign the last campaign that reached them while a lead, null when none
 * @param referredBy    who referred them, null when nobody
 * @param referred      whom they referred, oldest first
 */
record CustomerOrigin(long customerId, SourceInfo firstSource, CampaignInfo firstCampaign, Instant firstTouchAt,
                      CampaignInfo touchCampaign, Instant touchAt, Person referredBy, List<Person> referred) {

    /** A customer named on the page. */
    record Person(long id, String name) {
    }
}
