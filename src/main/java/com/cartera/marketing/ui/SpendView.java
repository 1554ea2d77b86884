package com.cartera.marketing.ui;

import java.time.LocalDate;
import java.util.Arrays;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.SourceInfo;
import com.cartera.marketing.SpendCategory;
import com.cartera.marketing.SpendFilter;
import com.cartera.marketing.SpendKind;
import com.cartera.marketing.SpendLedger;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Marketing and sales spend: the entries of a period, fetched page by page and filtered by source, campaign,
 * category and kind, and the period's monthly totals per source and per kind. Entries are booked here by hand or
 * imported from a spreadsheet through the import wizard.
 */
@Route("marketing/spend")
@Menu(title = "marketing.spend.menu", order = 27, icon = "vaadin:money")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class SpendView extends VerticalLayout implements HasHeading {

    /** The wizard's address with spend chosen (importexport uses marketing, so no class to link to). */
    static final String IMPORT_ADDRESS = "import?kind=SPEND";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<SourceInfo> source = new ComboBox<>();
    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final ComboBox<SpendCategory> category = new ComboBox<>();
    final ComboBox<SpendKind> kind = new ComboBox<>();
    final Button add = new Button();
    final Anchor importLink = new Anchor();
    final Grid<SpendLedger.Row> entries = new Grid<>();
    final SpendTotalsGrid totals;
    SpendDialog dialog;

    private final SpendTools tools;
    private final MarketingFormat format;

    public SpendView(SpendTools tools, WorkspaceSettingsService settings, WorkspaceCalendar calendar,
                     CurrentUser currentUser) {
        this.tools = tools;
        this.format = new MarketingFormat(this, settings.current().getCurrency());
        boolean writes = new SignedInRoles(currentUser).writes();
        addClassName("spend-view");
        setWidthFull();
        var catalogue = tools.sources().all();

        LocalDate today = calendar.today();
        from.setLabel(getTranslation("marketing.spend.from"));
        from.setValue(today.withDayOfYear(1));
        to.setLabel(getTranslation("marketing.spend.to"));
        to.setValue(today.withDayOfYear(today.lengthOfYear()));
        source.setLabel(getTranslation("marketing.spend.source"));
        source.setItems(catalogue);
        source.setItemLabelGenerator(format::source);
        campaign.setLabel(getTranslation("marketing.spend.campaign"));
        campaign.setItems(tools.campaigns().all());
        campaign.setItemLabelGenerator(CampaignInfo::name);
        category.setLabel(getTranslation("marketing.spend.category"));
        category.setItems(SpendCategory.values());
        category.setItemLabelGenerator(value -> format.label("marketing.spend.category", value));
        kind.setLabel(getTranslation("marketing.spend.counts-as"));
        kind.setItems(SpendKind.values());
        kind.setItemLabelGenerator(value -> format.label("marketing.spend.kind", value));
        for (var picker : Arrays.asList(from, to)) {
            picker.getStyle().set("flex", "1 1 9em").set("min-width", "0").set("max-width", "11em");
            picker.addValueChangeListener(e -> refresh());
        }
        for (var filter : Arrays.asList(source, campaign, category, kind)) {
            filter.setClearButtonVisible(true);
            // Two filters a row on a phone, one row on a wide screen.
            filter.getStyle().set("flex", "1 1 9em").set("min-width", "0").set("max-width", "14em");
            filter.addValueChangeListener(e -> refresh());
        }
        add.setText(getTranslation("marketing.spend.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        add.setVisible(writes);
        importLink.setHref(IMPORT_ADDRESS);
        importLink.setText(getTranslation("marketing.spend.import"));
        importLink.setVisible(writes);
        var filters = new FlexLayout(from, to, source, campaign, category, kind, add, importLink);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        var sourceNames = format.sourceNames(catalogue);
        entries.addClassName("spend-entries");
        entries.addColumn(row -> format.date(row.spentOn())).setHeader(getTranslation("marketing.spend.date"))
                .setKey("date").setAutoWidth(true);
        entries.addColumn(row -> sourceNames.getOrDefault(row.sourceId(), ""))
                .setHeader(getTranslation("marketing.spend.source")).setKey("source").setAutoWidth(true);
        entries.addColumn(row -> row.campaignName() == null ? "" : row.campaignName())
                .setHeader(getTranslation("marketing.spend.campaign")).setKey("campaign").setAutoWidth(true);
        entries.addColumn(row -> format.label("marketing.spend.category", row.category()))
                .setHeader(getTranslation("marketing.spend.category")).setKey("category").setAutoWidth(true);
        entries.addColumn(row -> format.label("marketing.spend.kind", row.countsAs()))
                .setHeader(getTranslation("marketing.spend.counts-as")).setKey("kind").setAutoWidth(true);
        entries.addColumn(SpendLedger.Row::description).setHeader(getTranslation("marketing.spend.description"))
                .setKey("description").setFlexGrow(1).setWidth("10em");
        entries.addColumn(row -> format.money(row.amount())).setHeader(getTranslation("marketing.spend.amount"))
                .setKey("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        entries.setEmptyStateText(getTranslation("marketing.spend.empty"));
        entries.setHeight("24rem");
        if (writes) {
            entries.addItemClickListener(e -> tools.spend().find(e.getItem().id()).ifPresent(this::open));
        }
        totals = new SpendTotalsGrid(format, sourceNames);
        add(filters, entries, new H3(getTranslation("marketing.spend.monthly")), totals);
        refresh();
    }

    @Override
    public String heading() {
        return getTranslation("marketing.spend.title");
    }

    private void refresh() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("marketing.spend.period.invalid"));
            to.setInvalid(true);
            return;
        }
        var filter = new SpendFilter(from.getValue(), to.getValue().plusDays(1),
                source.getValue() == null ? null : source.getValue().id(),
                campaign.getValue() == null ? null : campaign.getValue().id(), category.getValue(), kind.getValue(),
                null);
        entries.setItems(query -> tools.ledger().page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> tools.ledger().count(filter));
        totals.show(tools.ledger().monthly(filter));
    }

    private void open(com.cartera.marketing.SpendEntry entry) {
        dialog = new SpendDialog(tools.spend(), tools.campaigns().all(), tools.sources().all(), format, entry,
                campaign.getValue(), this::refresh);
        dialog.open();
    }
}
