package com.cartera.marketing.target.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.marketing.TargetStatus;
import com.cartera.marketing.target.Audiences;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A campaign's target lists and, for marketing and admin, a new one: built from a shared saved view, an RFM
 * segment, a value tier or a tag, after seeing how many it would hold and leave out.
 */
@Route("marketing/campaigns/:id/lists")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class CampaignListsView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final H2 title = new H2();
    final Anchor campaignLink = new Anchor();
    final Paragraph reachRule = new Paragraph();
    final Grid<TargetListSummary> lists = new Grid<>();
    NewListForm newList;

    private final Campaigns campaigns;
    private final TargetLists targetLists;
    private final Audiences audiences;
    private final CurrentUser currentUser;
    private final DateTimeFormatter frozen;
    private CampaignInfo campaign;

    public CampaignListsView(Campaigns campaigns, TargetLists targetLists, Audiences audiences,
                             CurrentUser currentUser, WorkspaceCalendar calendar) {
        this.campaigns = campaigns;
        this.targetLists = targetLists;
        this.audiences = audiences;
        this.currentUser = currentUser;
        ZoneId zone = calendar.zone();
        frozen = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        addClassName("campaign-lists-view");
        setMaxWidth("80rem");
        lists.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        lists.addColumn(TargetListSummary::name).setHeader(getTranslation("marketing.list.column.name"))
                .setFlexGrow(2).setAutoWidth(true);
        lists.addColumn(TargetListSummary::label).setHeader(getTranslation("marketing.list.column.selection"))
                .setFlexGrow(2);
        lists.addColumn(list -> frozen.format(list.frozenAt()))
                .setHeader(getTranslation("marketing.list.column.frozen")).setAutoWidth(true);
        lists.addColumn(TargetListSummary::members).setHeader(getTranslation("marketing.list.column.members"))
                .setAutoWidth(true);
        lists.addColumn(TargetListSummary::excluded).setHeader(getTranslation("marketing.list.column.excluded"))
                .setAutoWidth(true);
        for (TargetStatus status : new TargetStatus[] {TargetStatus.CONTACTED, TargetStatus.RESPONDED,
                TargetStatus.CONVERTED}) {
            lists.addColumn(list -> list.count(status))
                    .setHeader(getTranslation("marketing.list.status." + status)).setAutoWidth(true);
        }
        lists.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate("marketing/lists/" + event.getItem().id())));
        lists.setAllRowsVisible(true);
        lists.setEmptyStateText(getTranslation("marketing.list.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CampaignInfo> found = event.getRouteParameters().get("id").flatMap(TargetListView::parse)
                .flatMap(campaigns::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("marketing.list.campaign.unknown"));
            event.forwardTo("");
            return;
        }
        campaign = found.get();
        removeAll();
        title.setText(heading());
        campaignLink.setText(getTranslation("marketing.list.back-to-campaign", campaign.name()));
        campaignLink.setHref("marketing/campaigns/" + campaign.id());
        reachRule.setText(getTranslation(campaign.channel() == CampaignChannel.EMAIL
                ? "marketing.list.reach.email" : "marketing.list.reach.any"));
        add(title, campaignLink, reachRule);
        if (ListWriters.mayChange(currentUser)) {
            newList = new NewListForm(campaign, audiences, targetLists, this::built);
            add(new H3(getTranslation("marketing.list.new.title")), newList);
        }
        add(new H3(getTranslation("marketing.list.lists")), lists);
        lists.setItems(targetLists.forCampaign(campaign.id()));
    }

    private void built(TargetListSummary summary) {
        Notifications.success(getTranslation("marketing.list.built", summary.name(), summary.members(),
                summary.excluded()));
        lists.setItems(targetLists.forCampaign(campaign.id()));
    }

    @Override
    public String heading() {
        return campaign == null ? getTranslation("marketing.list.lists")
                : getTranslation("marketing.list.campaign-title", campaign.name());
    }
}
