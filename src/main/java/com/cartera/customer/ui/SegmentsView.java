package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ParetoChart;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.customer.RevenueConcentration;
import com.cartera.customer.RevenueConcentration.Concentration;
import com.cartera.customer.RevenueConcentration.CurvePoint;
import com.cartera.customer.RevenueConcentration.TopCustomer;
import com.cartera.customer.SegmentChanges;
import com.cartera.customer.SegmentService;
import com.cartera.customer.SegmentService.SegmentFigures;
import com.cartera.customer.SegmentService.TierFigures;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Value segments of the portfolio: the 80/20 concentration of revenue with its Pareto curve and the list of
 * the top customers, customers and revenue per value tier, and per RFM segment. Support does not see it:
 * it is an analysis of commercial value, for the people who sell, market, finance and manage.
 */
@Route("segments")
@Menu(title = "menu.segments", order = 30, icon = "vaadin:pie-chart")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING, Role.Names.FINANCE, Role.Names.SALES})
public class SegmentsView extends VerticalLayout implements HasHeading {

    /** Share of customers the headline and the curve's marker are about. */
    static final double TOP_SHARE = 0.2;
    private static final int CURVE_POINTS = 50;

    final Paragraph headline = new Paragraph();
    final Paragraph basis = new Paragraph();
    final Button recalculate = new Button();
    final Chart chart;
    final Grid<TopCustomer> topCustomers = new Grid<>();
    final Grid<TierFigures> tiers = new Grid<>();
    final Grid<SegmentFigures> segments = new Grid<>();

    private final RevenueConcentration revenueConcentration;
    private final SegmentService segmentService;
    private final String currency;
    private Concentration concentration;
    private BigDecimal tierRevenue = BigDecimal.ZERO;

    public SegmentsView(RevenueConcentration revenueConcentration, SegmentService segmentService,
                        WorkspaceSettingsService settingsService, CurrentUser currentUser) {
        this.revenueConcentration = revenueConcentration;
        this.segmentService = segmentService;
        this.currency = settingsService.current().getCurrency();
        addClassName("segments-view");

        headline.addClassName("segments-headline");
        basis.addClassName("segments-basis");
        recalculate.setText(getTranslation("segments.recalculate"));
        recalculate.setIcon(VaadinIcon.REFRESH.create());
        recalculate.addClickListener(e -> recalculate());
        recalculate.setVisible(currentUser.get().map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT)
                || user.hasRole(Role.MARKETING)).orElse(false));
        var header = new HorizontalLayout(new Div(headline, basis), recalculate);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.START);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        chart = new Chart(pareto(List.of(), getLocale()));
        chart.addClassName("pareto");
        configureTopCustomers();
        configureTiers();
        configureSegments();

        var chartAndTiers = new HorizontalLayout(section("segments.curve", chart), section("segments.tiers", tiers));
        chartAndTiers.setWidthFull();
        chartAndTiers.addClassName("segments-row");
        add(header, chartAndTiers, section("segments.top", topCustomers), section("segments.rfm", segments));
        refresh();
    }

    private void configureTopCustomers() {
        topCustomers.addComponentColumn(top -> new Anchor("customers/" + top.id(), top.name()))
                .setHeader(getTranslation("segments.top.name")).setFlexGrow(3).setKey("name");
        topCustomers.addColumn(top -> money(top.revenue())).setHeader(getTranslation("segments.revenue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("revenue");
        topCustomers.addColumn(top -> Figures.percent(top.share(), getLocale())).setHeader(getTranslation("segments.share"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("share");
        topCustomers.addColumn(top -> Figures.percent(top.cumulativeShare(), getLocale()))
                .setHeader(getTranslation("segments.cumulative-share")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setKey("cumulative");
        topCustomers.addThemeVariants(GridVariant.ROW_STRIPES);
        topCustomers.setEmptyStateText(getTranslation("segments.top.empty"));
        topCustomers.setHeight("24rem");
        topCustomers.setItems(query -> revenueConcentration.topCustomers(concentration, query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, concentration.topCustomers()));
    }

    private void configureTiers() {
        tiers.addColumn(figures -> getTranslation("tier." + figures.tier().name()))
                .setHeader(getTranslation("segments.tier")).setKey("tier");
        tiers.addColumn(figures -> Figures.count(figures.customers(), getLocale()))
                .setHeader(getTranslation("segments.customers")).setTextAlign(ColumnTextAlign.END).setKey("customers");
        tiers.addColumn(figures -> money(figures.revenue())).setHeader(getTranslation("segments.revenue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("revenue");
        tiers.addColumn(figures -> tierRevenue.signum() == 0 ? "" : Figures.percent(
                        figures.revenue().doubleValue() / tierRevenue.doubleValue(), getLocale()))
                .setHeader(getTranslation("segments.share")).setTextAlign(ColumnTextAlign.END).setKey("share");
        tiers.setAllRowsVisible(true);
    }

    private void configureSegments() {
        segments.addColumn(figures -> getTranslation("rfm.segment." + figures.segment().name()))
                .setHeader(getTranslation("segments.segment")).setAutoWidth(true).setKey("segment");
        segments.addColumn(figures -> Figures.count(figures.customers(), getLocale()))
                .setHeader(getTranslation("segments.customers")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("customers");
        segments.addColumn(figures -> money(figures.revenue())).setHeader(getTranslation("segments.revenue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("revenue");
        segments.addColumn(figures -> getTranslation("rfm.segment." + figures.segment().name() + ".explained"))
                .setHeader(getTranslation("segments.segment.meaning")).setFlexGrow(3).setKey("meaning");
        segments.setEmptyStateText(getTranslation("segments.rfm.empty"));
        segments.setAllRowsVisible(true);
    }

    private VerticalLayout section(String titleKey, Component content) {
        var section = new VerticalLayout(new H3(getTranslation(titleKey)), content);
        section.setPadding(false);
        section.addClassName("segments-section");
        return section;
    }

    private void refresh() {
        concentration = revenueConcentration.concentration();
        Locale locale = getLocale();
        if (concentration.customers() == 0) {
            headline.setText(getTranslation("segments.headline.none"));
            basis.setText("");
        } else {
            headline.setText(getTranslation("segments.headline", Figures.percent(concentration.topShare(), locale),
                    Figures.count(concentration.topCustomers(), locale)));
            basis.setText(getTranslation("segments.basis", Figures.count(concentration.customers(), locale),
                    money(concentration.totalRevenue()), money(concentration.topRevenue())));
        }
        chart.setSpec(pareto(revenueConcentration.curve(CURVE_POINTS), locale));
        topCustomers.getDataProvider().refreshAll();
        var tierFigures = segmentService.tierDistribution();
        tierRevenue = tierFigures.stream().map(TierFigures::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        tiers.setItems(tierFigures);
        segments.setItems(segmentService.segmentCounts());
    }

    /**
     * The curve as a Pareto chart: one bar per band of customers (from the most valuable) with the share of
     * revenue it brings, the cumulative share as the line, the line of perfect equality dashed, and the top 20 %
     * marked with the headline's figure.
     */
    private ParetoChart pareto(List<CurvePoint> curve, Locale locale) {
        List<String> bands = new ArrayList<>();
        List<Double> revenue = new ArrayList<>();
        List<Double> equality = new ArrayList<>();
        int marked = -1;
        for (int i = 1; i < curve.size(); i++) {
            CurvePoint point = curve.get(i);
            bands.add(Figures.wholePercent(point.customerShare(), locale));
            revenue.add(point.revenueShare() - curve.get(i - 1).revenueShare());
            equality.add(point.customerShare());
            if (marked < 0 || Math.abs(point.customerShare() - TOP_SHARE)
                    < Math.abs(curve.get(marked + 1).customerShare() - TOP_SHARE)) {
                marked = i - 1;
            }
        }
        var pareto = Charts.pareto(getTranslation("segments.chart.title") + ". " + headline.getText())
                .bars(getTranslation("segments.chart.bars"), bands, revenue)
                .format(ValueFormat.percent(1))
                .cumulativeName(getTranslation("segments.chart.y"))
                .reference(getTranslation("segments.chart.equality"), equality)
                .axisNames(getTranslation("segments.chart.x"), null, null);
        if (marked >= 0) {
            pareto.mark(marked, Figures.wholePercent(TOP_SHARE, locale) + " → "
                    + Figures.percent(concentration.topShare(), locale));
        }
        return pareto;
    }

    void recalculate() {
        SegmentChanges changes = segmentService.recalculateNow();
        Notifications.success(getTranslation("segments.recalculated", changes.tiers(), changes.rfm()));
        refresh();
    }

    private String money(BigDecimal amount) {
        return Figures.money(amount, currency, getLocale());
    }

    @Override
    public String heading() {
        return getTranslation("menu.segments");
    }
}
