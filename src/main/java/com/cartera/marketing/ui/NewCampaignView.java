package com.cartera.marketing.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.Campaign;
import com.cartera.marketing.CampaignService;
import com.cartera.marketing.CampaignTargets;
import com.cartera.marketing.MarketingRefusedException;
import com.cartera.marketing.MarketingSources;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A new campaign: its fields, then its own page. */
@Route("marketing/campaigns/new")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class NewCampaignView extends VerticalLayout implements HasHeading {

    final CampaignForm form;
    final Button create = new Button();

    private final CampaignService campaigns;

    public NewCampaignView(CampaignService campaigns, MarketingSources sources, CampaignTargets targets,
                           TeamDirectory team, WorkspaceCalendar calendar) {
        this.campaigns = campaigns;
        addClassName("new-campaign-view");
        setMaxWidth("56rem");
        form = new CampaignForm(sources, targets, team, new MarketingFormat(this, null));
        form.startsOn.setValue(calendar.today());
        create.setText(getTranslation("marketing.campaign.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var cancel = new Button(getTranslation("marketing.cancel"),
                e -> UI.getCurrent().navigate(CampaignsView.class));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, new HorizontalLayout(create, cancel));
    }

    @Override
    public String heading() {
        return getTranslation("marketing.campaign.new-title");
    }

    private void create() {
        try {
            Campaign campaign = campaigns.create(form.read());
            Notifications.success(getTranslation("marketing.campaign.created", campaign.getName()));
            UI.getCurrent().navigate(CampaignView.class, CampaignView.route(campaign.getId()));
        } catch (MarketingRefusedException refused) {
            form.showRefusal(refused);
        }
    }
}
