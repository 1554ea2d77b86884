package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.PurchaseDraft;
import com.cartera.commerce.PurchaseService;
import com.cartera.commerce.SalesChannel;
import com.cartera.finance.ReceivablesSample;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The finance home and the management dashboard's receivables card over {@link ReceivablesSample} for April 2026,
 * every figure worked out by hand from its ledger (see ReceivablesFiguresTest for the sums).
 */
class FinanceHomeTest extends KaribuTest {

    private static final QueryParameters APRIL = QueryParameters.simple(Map.of("from", "2026-04-01",
            "to", "2026-04-30"));

    private SignedInUser admin;
    private ReceivablesSample book;

    @BeforeEach
    void aBookOfReceivables() {
        admin = data.newWorkspace("Inicio finanzas " + TestData.uniqueSlug("f"));
        book = new ReceivablesSample(context, admin);
    }

    private static String text(KpiTile tile) {
        return plain(tile.getElement().getTextRecursively());
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private static KpiTile tile(String id) {
        return _get(KpiTile.class, spec -> spec.withId("tile-fin-" + id));
    }

    @Test
    void theTilesShowAprilsReceivablesDsoAndCash() {
        login(data.addMember(admin, TestData.uniqueEmail("finanzas"), "Fina Finanzas", Set.of(Role.FINANCE)));
        UI.getCurrent().navigate("dashboard/finance", APRIL);

        // As of 30 April: 2000 not due + 400 (1–30) + 300 (61–90) = 2700, of which 700 overdue = 25.9 %.
        assertThat(plain(tile("receivables").getValueText())).isEqualTo("2.700 €");
        assertThat(text(tile("receivables"))).contains("a 30 abr 2026");
        assertThat(plain(tile("overdue").getValueText())).isEqualTo("700 €");
        assertThat(text(tile("overdue"))).contains("25,9 % del total");
        assertThat(tile("overdue").getElement().getAttribute("role")).isEqualTo("link");
        // DSO April 2700 ÷ 1900 × 30 = 42.6 against March's 1400 ÷ 1500 × 31 = 28.9; cash 850 against 400.
        assertThat(plain(tile("dso").getValueText())).isEqualTo("42,6");
        assertThat(plain(tile("dso").getDeltaText())).contains("28,9");
        assertThat(text(tile("dso"))).contains("sin restar el saldo a favor sin aplicar");
        assertThat(plain(tile("cash").getValueText())).isEqualTo("850 €");
        assertThat(plain(tile("cash").getDeltaText())).contains("400 €");
        assertThat(plain(tile("unallocated").getValueText())).isEqualTo("250 €");
    }

    @Test
    void theAgeingDrillsIntoItsInvoicesAndTheDebtorsIntoTheirPages() {
        login(admin);
        UI.getCurrent().navigate("dashboard/finance", APRIL);

        var ageing = _get(AgeingCard.class);
        assertThat(ageing.heading()).isEqualTo("Antigüedad de la deuda");
        assertThat(_find(ageing, Anchor.class)).extracting(Anchor::getHref).containsExactly(
                "finance/invoices?asOf=2026-04-30&bucket=NOT_DUE", "finance/invoices?asOf=2026-04-30&bucket=DAYS_1_30",
                "finance/invoices?asOf=2026-04-30&bucket=DAYS_31_60",
                "finance/invoices?asOf=2026-04-30&bucket=DAYS_61_90",
                "finance/invoices?asOf=2026-04-30&bucket=OVER_90");
        assertThat(plain(ageing.getElement().getTextRecursively())).contains("Sin vencer2.000 €", "1–30 días400 €",
                "31–60 días0 €", "61–90 días300 €", "Más de 90 días0 €");
        assertThat(_get(ageing, Chart.class).getDescription()).contains("30 abr 2026");

        // The trend runs a year up to April: May 2025 has no credit sales, March and April as computed.
        var trend = _get(DsoTrendCard.class);
        assertThat(_get(trend, Chart.class).getOptionsJson()).contains("28.9", "42.6");

        var top = _get(DebtorsCard.class, spec -> spec.withId("finance-top-debtors"));
        assertThat(_find(top, Anchor.class)).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bruno Moroso", "customers/" + book.bruno.getId()),
                org.assertj.core.groups.Tuple.tuple("Ana Deudora", "customers/" + book.ana.getId()),
                org.assertj.core.groups.Tuple.tuple("Carla Antigua", "customers/" + book.carla.getId()));
        // Bruno owes 2000 + 100 now, 2000 of it overdue today, under the default limit of 1000.
        assertThat(plain(top.getElement().getTextRecursively())).contains("Bruno Moroso2.100 €2.000 €1.000 €");
        var over = _get(DebtorsCard.class, spec -> spec.withId("finance-over-limit"));
        assertThat(_find(over, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Bruno Moroso", "Ana Deudora");
    }

    @Test
    void managementSeesReceivablesAndDsoOnItsDashboard() {
        login(admin);
        UI.getCurrent().navigate("dashboard", APRIL);

        var card = _get(ReceivablesCard.class);
        assertThat(card.heading()).isEqualTo("Cobros pendientes");
        assertThat(plain(card.total.getText())).isEqualTo("2.700 €");
        assertThat(plain(_get(card, Span.class, spec -> spec.withId("management-overdue")).getText()))
                .isEqualTo("700 € (25,9 %)");
        assertThat(_get(card, Span.class, spec -> spec.withId("management-dso")).getText()).isEqualTo("42,6");
        assertThat(_get(card, Span.class, spec -> spec.withId("management-dso-previous")).getText())
                .isEqualTo("28,9");
        assertThat(plain(_get(card, Span.class, spec -> spec.withId("management-unallocated")).getText()))
                .isEqualTo("250 €");
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("dashboard/finance");
    }

    @Test
    void theMarginByTierOfThePeriod() {
        var product = new CommerceFixtures(context).product(admin, "Aceite", "ACE", "10.00");
        as(admin, () -> context.getBean(ProductCosts.class).set(product.getId(), LocalDate.of(2026, 1, 1),
                new BigDecimal("6.00")));
        String schema = admin.tenant().orElseThrow().schema();
        context.getBean(JdbcTemplate.class).update("update " + schema
                + ".customer set tier_override = 'STRATEGIC' where id = ?", book.ana.getId());
        as(admin, () -> context.getBean(PurchaseService.class).record(book.ana.getId(),
                new PurchaseDraft(LocalDate.of(2026, 4, 10), SalesChannel.STORE, null, null,
                        List.of(CommerceFixtures.line(product, "2", "10.00")))));
        as(admin, () -> context.getBean(PortfolioAnalytics.class).rebuild());
        login(admin);
        UI.getCurrent().navigate("dashboard/finance", APRIL);

        // Ana, strategic, bought 2 × 10.00 costing 2 × 6.00: margin 8.00, 40 % of 20.00; the other tiers sold nothing.
        var card = _get(MarginByTierCard.class);
        assertThat(plain(card.table.getElement().getTextRecursively()))
                .contains("Estratégico20 €12 €8 €40,0 %0 €", "Clave0 €0 €0 €–0 €");
    }

    @Test
    void aWorkspaceWithoutInvoicesSaysSo() {
        SignedInUser fresh = data.newWorkspace("Sin facturas " + TestData.uniqueSlug("s"));
        login(fresh);
        UI.getCurrent().navigate("dashboard/finance");

        assertThat(plain(tile("receivables").getValueText())).isEqualTo("0 €");
        assertThat(tile("dso").getValueText()).isEqualTo("–");
        assertThat(_get(AgeingCard.class).getElement().getTextRecursively())
                .contains("No había nada pendiente de cobro ese día.");
        assertThat(_find(DebtorsCard.class)).allSatisfy(card -> assertThat(card.getElement().getTextRecursively())
                .contains("Nadie en esta lista."));
    }
}
