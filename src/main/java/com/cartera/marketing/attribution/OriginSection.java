package com.cartera.marketing.attribution;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.MarketingSources;
import com.cartera.security.CurrentUser;
import com.vaadin.flow.component.Component;

/** The "Origen" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class OriginSection implements CustomerSection {

    private final CustomerOriginService origins;
    private final MarketingSources sources;
    private final Campaigns campaigns;
    private final CurrentUser currentUser;
    private final WorkspaceCalendar calendar;

    OriginSection(CustomerOriginService origins, MarketingSources sources, Campaigns campaigns,
                  CurrentUser currentUser, WorkspaceCalendar calendar) {
        this.origins = origins;
        this.sources = sources;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @Override
    public String titleKey() {
        return "marketing.origin.tab";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Component create(Customer customer) {
        return new OriginPanel(customer.getId(), origins, sources, campaigns, currentUser, calendar.zone());
    }
}
