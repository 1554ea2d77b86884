package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.analytics.CustomerLoss;
import com.cartera.analytics.MarginFigures;
import com.cartera.analytics.MonthMargin;
import com.cartera.analytics.OwnerMargin;
import com.cartera.analytics.ProductMargin;
import com.cartera.analytics.Profitability;
import com.cartera.analytics.TierMargin;
import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Profitability of the period: margin by customer tier (chart and table), by owner, the products with the most
 * margin, month by month, and the customers sold at a loss, each a link to their page. Revenue without a known
 * cost is shown apart and never counted as margin.
 */
@Route(ProfitabilityView.ROUTE)
@Menu(title = "profitability.menu", order = 34, icon = "vaadin:chart-3d")
@StyleSheet("styles/dashboards.css")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class ProfitabilityView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    static final String ROUTE = "finance/profitability";
    /** Products and loss-making customers listed. */
    static final int TOP = 10;

    final PeriodPicker periodPicker;
    final Div cards = new Div();

    private final Profitability profitability;
    private final ProductService products;
    private final CustomerService customers;
    private final TeamDirectory team;
    private final WorkspaceCalendar calendar;
    private final String currency;

    public ProfitabilityView(Profitability profitability, ProductService products, CustomerService customers,
                             TeamDirectory team, WorkspaceCalendar calendar, WorkspaceSettingsService settings) {
        this.profitability = profitability;
        this.products = products;
        this.customers = customers;
        this.team = team;
        this.calendar = calendar;
        this.currency = settings.current().getCurrency();
        addClassName("dashboard");
        addClassName("profitability-view");
        setWidthFull();
        periodPicker = new PeriodPicker(calendar.today(),
                choice -> UI.getCurrent().navigate(ROUTE, choice.toQueryParameters()));
        cards.addClassName("dashboard-cards");
        cards.setWidthFull();
        var note = new Paragraph(getTranslation("profitability.note"));
        note.addClassName("dashboard-card-caption");
        add(periodPicker, note, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PeriodChoice choice = PeriodChoice.read(event.getLocation().getQueryParameters(), calendar.today(),
                PeriodPreset.YEAR_TO_DATE);
        periodPicker.setValue(choice);
        cards.removeAll();
        show(choice);
    }

    private void show(PeriodChoice choice) {
        String days = choice.daysText(getLocale());
        List<TierMargin> tiers = profitability.byTier(choice.period());
        cards.add(tierCard(tiers, days), ownerCard(profitability.byOwner(choice.period()), days),
                productCard(profitability.byProduct(choice.period(), TOP), days),
                monthCard(profitability.byMonth(choice.period()), days),
                lossCard(profitability.lossMaking(choice.period(), TOP), days));
    }

    private DashboardCard tierCard(List<TierMargin> tiers, String days) {
        List<String> names = tiers.stream().map(t -> getTranslation("tier." + t.tier().name())).toList();
        Chart chart = new Chart(Charts.stackedBars(getTranslation("profitability.by-tier.chart"))
                .categories(names)
                .series(getTranslation("profitability.cost"), tiers.stream().map(t -> t.cost().doubleValue()).toList())
                .series(getTranslation("profitability.margin"),
                        tiers.stream().map(t -> t.margin().doubleValue()).toList())
                .restSeries(getTranslation("profitability.revenue-without-cost"),
                        tiers.stream().map(t -> t.revenueWithoutCost().doubleValue()).toList())
                .format(ValueFormat.money(currency, 0)));
        chart.setWidthFull();
        var table = new MarginTable(this, getLocale(), getTranslation("profitability.by-tier"), getTranslation("profitability.tier"),
                currency);
        for (int i = 0; i < tiers.size(); i++) {
            table.row(names.get(i), tiers.get(i));
        }
        return new DashboardCard(getTranslation("profitability.by-tier"), caption(days, tiers), chart,
                table.component()).wide();
    }

    private DashboardCard ownerCard(List<OwnerMargin> owners, String days) {
        Map<UUID, String> names = team.allMembers().stream()
                .collect(Collectors.toMap(TeamMember::getUserId, TeamMember::getDisplayName));
        var table = new MarginTable(this, getLocale(), getTranslation("profitability.by-owner"),
                getTranslation("profitability.owner"), currency);
        owners.forEach(o -> table.row(o.ownerId() == null ? getTranslation("profitability.no-owner")
                : names.getOrDefault(o.ownerId(), "—"), o));
        return card("profitability.by-owner", days, owners, table);
    }

    private DashboardCard productCard(List<ProductMargin> top, String days) {
        var table = new MarginTable(this, getLocale(), getTranslation("profitability.by-product"),
                getTranslation("profitability.product"), currency);
        top.forEach(p -> table.row(products.find(p.productId()).map(Product::getName).orElse("#" + p.productId()), p));
        return card("profitability.by-product", getTranslation("profitability.top", TOP) + " · " + days, top, table);
    }

    private DashboardCard monthCard(List<MonthMargin> months, String days) {
        var table = new MarginTable(this, getLocale(), getTranslation("profitability.by-month"),
                getTranslation("profitability.month"), currency);
        YearMonth running = YearMonth.from(calendar.today());
        months.forEach(m -> table.row(MarketingCharts.month(m.month(), m.month().isBefore(running), getLocale()), m));
        return card("profitability.by-month", days, months, table);
    }

    private DashboardCard lossCard(List<CustomerLoss> losses, String days) {
        Map<Long, Customer> found = losses.stream().map(l -> customers.find(l.customerId()))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        var table = new MarginTable(this, getLocale(), getTranslation("profitability.loss-making"),
                getTranslation("profitability.customer"), currency);
        for (CustomerLoss loss : losses) {
            Customer customer = found.get(loss.customerId());
            String name = customer == null ? "#" + loss.customerId() : customer.getName();
            var row = table.row(name, loss);
            // The first cell holds the name: make it the way to the customer's page.
            var first = row.getChildren().findFirst().orElseThrow();
            first.getElement().removeAllChildren();
            first.getElement().appendChild(new Anchor("customers/" + loss.customerId(), name).getElement());
        }
        var card = new DashboardCard(getTranslation("profitability.loss-making"),
                getTranslation("profitability.loss-making.caption") + " · " + days, table.component()).wide();
        if (losses.isEmpty()) {
            card.add(MarketingCharts.empty(getTranslation("profitability.loss-making.none")));
        }
        return card;
    }

    private DashboardCard card(String titleKey, String caption, List<? extends MarginFigures> rows, MarginTable table) {
        return new DashboardCard(getTranslation(titleKey), caption(caption, rows), table.component()).wide();
    }

    /** The period, and how much revenue had no known cost (shown apart, never as margin). */
    private String caption(String days, List<? extends MarginFigures> rows) {
        BigDecimal without = rows.stream().map(MarginFigures::revenueWithoutCost).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (without.signum() == 0) {
            return days;
        }
        return days + " · " + getTranslation("profitability.without-cost.caption",
                ValueFormat.money(currency, 2).format(without, getLocale()));
    }

    @Override
    public String heading() {
        return getTranslation("profitability.title");
    }
}
