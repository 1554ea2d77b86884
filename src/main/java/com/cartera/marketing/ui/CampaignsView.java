package com.cartera.marketing.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.CampaignFilter;
import com.cartera.marketing.CampaignList;
import com.cartera.marketing.CampaignStatus;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceInfo;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The workspace's campaigns, newest start first, fetched page by page: status, channel, source, dates, owner,
 * budget and what was spent so far, filtered by status, channel, source and name.
 */
@Route("marketing/campaigns")
@Menu(title = "marketing.campaigns.menu", order = 26, icon = "vaadin:megaphone")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class CampaignsView extends VerticalLayout implements HasHeading {

    final ComboBox<CampaignStatus> status = new ComboBox<>();
    final ComboBox<CampaignChannel> channel = new ComboBox<>();
    final ComboBox<SourceInfo> source = new ComboBox<>();
    final TextField text = new TextField();
    final Button newCampaign = new Button();
    final Grid<CampaignList.Row> grid = new Grid<>();

    private final CampaignList campaigns;

    public CampaignsView(CampaignList campaigns, MarketingSources sources, TeamDirectory team,
                         WorkspaceSettingsService settings, CurrentUser currentUser) {
        this.campaigns = campaigns;
        var format = new MarketingFormat(this, settings.current().getCurrency());
        addClassName("campaigns-view");
        setSizeFull();

        status.setLabel(getTranslation("marketing.campaign.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(value -> format.label("marketing.campaign.status", value));
        channel.setLabel(getTranslation("marketing.campaign.channel"));
        channel.setItems(CampaignChannel.values());
        channel.setItemLabelGenerator(value -> format.label("marketing.campaign.channel", value));
        var catalogue = sources.all();
        source.setLabel(getTranslation("marketing.campaign.source"));
        source.setItems(catalogue);
        source.setItemLabelGenerator(format::source);
        text.setLabel(getTranslation("marketing.campaigns.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        for (var filter : Arrays.asList(status, channel, source)) {
            filter.setClearButtonVisible(true);
            // Two filters a row on a phone, one row on a wide screen.
            filter.getStyle().set("flex", "1 1 9em").set("min-width", "0").set("max-width", "14em");
            filter.addValueChangeListener(e -> refresh());
        }
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        newCampaign.setText(getTranslation("marketing.campaigns.new"));
        newCampaign.setIcon(VaadinIcon.PLUS.create());
        newCampaign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCampaign.addClickListener(e -> UI.getCurrent().navigate(NewCampaignView.class));
        SignedInRoles roles = new SignedInRoles(currentUser);
        newCampaign.setVisible(roles.writes());
        var filters = new FlexLayout(status, channel, source, text, newCampaign);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        Map<Long, String> sourceNames = format.sourceNames(catalogue);
        Map<UUID, String> owners = team.allMembers().stream()
                .collect(Collectors.toMap(TeamMember::getUserId, TeamMember::getDisplayName));
        grid.addClassName("campaigns");
        grid.addColumn(CampaignList.Row::name).setHeader(getTranslation("marketing.campaign.name")).setKey("name")
                .setFlexGrow(2).setFrozen(true).setWidth("14em");
        grid.addColumn(row -> format.label("marketing.campaign.status", row.status()))
                .setHeader(getTranslation("marketing.campaign.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(row -> format.label("marketing.campaign.channel", row.channel()))
                .setHeader(getTranslation("marketing.campaign.channel")).setKey("channel").setAutoWidth(true);
        grid.addColumn(row -> sourceNames.getOrDefault(row.sourceId(), ""))
                .setHeader(getTranslation("marketing.campaign.source")).setKey("source").setAutoWidth(true);
        grid.addColumn(row -> format.date(row.startsOn()) + " – " + format.date(row.endsOn()))
                .setHeader(getTranslation("marketing.campaigns.dates")).setKey("dates").setAutoWidth(true);
        grid.addColumn(row -> row.ownerId() == null ? "" : owners.getOrDefault(row.ownerId(), ""))
                .setHeader(getTranslation("marketing.campaign.owner")).setKey("owner").setAutoWidth(true);
        grid.addColumn(row -> format.money(row.budget())).setHeader(getTranslation("marketing.campaign.budget"))
                .setKey("budget").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> format.money(row.spent())).setHeader(getTranslation("marketing.campaigns.spent"))
                .setKey("spent").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.budgetUsed() == null ? "" : row.budgetUsed() + " %")
                .setHeader(getTranslation("marketing.campaigns.budget-used")).setKey("budgetUsed")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("marketing.campaigns.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CampaignView.class, CampaignView.route(e.getItem().id())));
        grid.setSizeFull();
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String heading() {
        return getTranslation("marketing.campaigns.title");
    }

    private void refresh() {
        var filter = new CampaignFilter(status.getValue(), channel.getValue(),
                source.getValue() == null ? null : source.getValue().id(), text.getValue());
        grid.setItems(query -> campaigns.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> campaigns.count(filter));
    }
}
