package com.cartera.analytics.prediction.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

import com.cartera.analytics.prediction.PredictionService;
import com.cartera.analytics.prediction.PredictionService.ChurnRow;
import com.cartera.base.ui.HasHeading;
import com.cartera.customer.ValueTier;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * Customers by churn risk, highest first, from the latest nightly fit: owner, value tier, score, the reasons in words,
 * P(alive) and the predicted 12-month CLV. Filtered by owner and tier; sales see their own customers only.
 */
@Route("analytics/churn-risk")
@Menu(title = "menu.churn-risk", order = 36, icon = "vaadin:user-clock")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
public class ChurnRiskView extends VerticalLayout implements HasHeading {

    final Paragraph basis = new Paragraph();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final ComboBox<ValueTier> tier = new ComboBox<>();
    final Grid<ChurnRow> grid = new Grid<>();
    /** Columns left out on a phone, where the customer, score and reasons need the width. */
    static final List<String> WIDE_ONLY = List.of("owner", "tier", "alive", "clv");
    /** The widest window, in CSS pixels, counted as a phone's. */
    static final int PHONE_WIDTH = 600;

    private Registration resizing;

    private final PredictionService predictions;
    private final String currency;

    public ChurnRiskView(PredictionService predictions, TeamDirectory team, WorkspaceSettingsService settings) {
        this.predictions = predictions;
        this.currency = settings.current().getCurrency();
        addClassName("churn-risk-view");
        basis.setText(predictions.latestFit()
                .map(fit -> getTranslation("churn.basis", fit.calibrationEnd().format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()))))
                .orElse(getTranslation("churn.no-fit")));

        owner.setLabel(getTranslation("churn.owner"));
        owner.setItems(team.activeMembers());
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        owner.setClearButtonVisible(true);
        owner.setVisible(!predictions.onlyOwn());
        tier.setLabel(getTranslation("churn.tier"));
        tier.setItems(ValueTier.values());
        tier.setItemLabelGenerator(value -> getTranslation("tier." + value.name()));
        tier.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tier.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addComponentColumn(row -> new Anchor("customers/" + row.prediction().customerId(), row.customerName()))
                .setHeader(getTranslation("churn.customer")).setFlexGrow(2).setKey("customer");
        grid.addColumn(row -> row.ownerName() == null ? "" : row.ownerName())
                .setHeader(getTranslation("churn.owner")).setAutoWidth(true).setKey("owner");
        grid.addColumn(row -> getTranslation("tier." + row.prediction().tier().name()))
                .setHeader(getTranslation("churn.tier")).setAutoWidth(true).setKey("tier");
        grid.addColumn(row -> getTranslation("churn.score.value", row.prediction().churnScore(),
                        getTranslation("churn.level." + row.prediction().churnLevel().name())))
                .setHeader(getTranslation("churn.score")).setAutoWidth(true).setKey("score");
        grid.addColumn(row -> PredictionFormat.reasons(this, row.prediction().reasons()))
                .setHeader(getTranslation("churn.reasons")).setFlexGrow(4).setKey("reasons");
        grid.addColumn(row -> PredictionFormat.percent(row.prediction().probabilityAlive(), getLocale()))
                .setHeader(getTranslation("churn.p-alive")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("alive");
        grid.addColumn(row -> PredictionFormat.money(row.prediction().clv12m(), currency, getLocale()))
                .setHeader(getTranslation("churn.clv")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("clv");
        grid.setEmptyStateText(getTranslation("churn.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate("customers/" + e.getItem().prediction().customerId())));
        grid.setItems(query -> predictions.churnRisks(ownerId(), tier.getValue(), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, predictions.countChurnRisks(ownerId(), tier.getValue())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        var filters = new HorizontalLayout(owner, tier);
        filters.setWrap(true);
        add(basis, filters, grid);
        setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(event -> fitWidth(event.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
    }

    /** Shows every column on a wide window, and on a phone only those that fit its width. */
    void fitWidth(int windowWidth) {
        boolean wide = windowWidth > PHONE_WIDTH;
        WIDE_ONLY.forEach(key -> grid.getColumnByKey(key).setVisible(wide));
    }

    private UUID ownerId() {
        return owner.getValue() == null ? null : owner.getValue().getUserId();
    }

    @Override
    public String heading() {
        return getTranslation("churn.title");
    }
}
