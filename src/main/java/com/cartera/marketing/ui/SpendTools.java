package com.cartera.marketing.ui;

import com.cartera.marketing.Campaigns;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SpendLedger;
import com.cartera.marketing.SpendService;
import org.springframework.stereotype.Component;

/** What the spend screens work with: booking, the ledger, and the campaigns and sources an entry may name. */
@Component
record SpendTools(SpendService spend, SpendLedger ledger, Campaigns campaigns, MarketingSources sources) {
}
