package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every part of the grid's filter on PostgreSQL, alone and combined, with the purchase figures filled in by
 * the database's triggers; and the sorts the grid offers, with empty values last.
 */
@CarteraIntegrationTest
class CustomerFiltersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerService customerService;

    private SignedInUser admin;
    private TeamMember lucia;
    private TeamMember pedro;
    private Tag vip;
    private Tag feria;
    private Tag unused;

    @BeforeEach
    void aSmallPortfolio() {
        var data = new TestData(context);
        var fixtures = new PortfolioFixtures(context);
        admin = data.newWorkspace("Filtros " + TestData.uniqueSlug("f"));
        lucia = fixtures.member(admin, data.addMember(admin, TestData.uniqueEmail("lucia"), "Lucía", Set.of(Role.SALES)));
        pedro = fixtures.member(admin, data.addMember(admin, TestData.uniqueEmail("pedro"), "Pedro", Set.of(Role.SALES)));
        vip = fixtures.tag(admin, "VIP", "#b91c1c");
        feria = fixtures.tag(admin, "Feria 2026", "#1d4ed8");
        unused = fixtures.tag(admin, "Sin uso", "#047857");

        Customer ana = fixtures.customer(admin, "Ana Torres", LifecycleStage.ACTIVE, "Madrid", "Madrid", "Retail", lucia, vip);
        Customer bodegas = fixtures.customer(admin, "Bodegas Rioja", LifecycleStage.PROSPECT, "Logroño", "La Rioja", "Vino", pedro, feria);
        fixtures.customer(admin, "Carmen Gil", LifecycleStage.LEAD, "madrid", "Madrid", "retail", null);
        Customer duero = fixtures.customer(admin, "Duero SA", LifecycleStage.LOST, "Valladolid", "Castilla y León", "Industria", lucia, vip, feria);
        Customer gone = fixtures.customer(admin, "Ebro Borrado", LifecycleStage.ACTIVE, "Madrid", "Madrid", "Retail", lucia, vip);

        fixtures.purchase(admin, ana, LocalDate.of(2025, 1, 10), "100.00");
        fixtures.purchase(admin, ana, LocalDate.of(2025, 3, 1), "50.00");
        fixtures.purchase(admin, bodegas, LocalDate.of(2024, 6, 1), "5000.00");
        fixtures.purchase(admin, duero, LocalDate.of(2023, 1, 1), "12000.00");
        fixtures.alert(admin, ana, AlertColour.RED, "Sin respuesta a 3 llamadas");
        fixtures.alert(admin, bodegas, AlertColour.YELLOW, "Recordatorio vencido");
        fixtures.alert(admin, duero, AlertColour.GREEN, "Esperando su respuesta");
        as(() -> {
            Customer stored = customerService.find(gone.getId()).orElseThrow();
            customerService.delete(stored.getId(), stored.getVersion());
            return null;
        });
    }

    @Test
    void theTriggersFillThePurchaseFigures() {
        Customer ana = page(CustomerFilter.NONE.withText("Ana Torres"), Sort.by("name")).getFirst();
        assertThat(ana.getLastPurchaseOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(ana.getRevenue()).isEqualByComparingTo("150.00");
        assertThat(ana.getPurchaseCount()).isEqualTo(2);
        // Default thresholds: strategic from 10.000, key from 3.000, emerging from 500.
        assertThat(names(CustomerFilter.NONE.withTiers(Set.of(ValueTier.STRATEGIC)))).containsExactly("Duero SA");
        assertThat(names(CustomerFilter.NONE.withTiers(Set.of(ValueTier.KEY, ValueTier.LOW))))
                .containsExactly("Ana Torres", "Bodegas Rioja", "Carmen Gil");
    }

    @Test
    void stagesMatchAnyOfThoseChosen() {
        assertThat(names(CustomerFilter.NONE.withStages(Set.of(LifecycleStage.ACTIVE, LifecycleStage.LEAD))))
                .containsExactly("Ana Torres", "Carmen Gil");
    }

    @Test
    void ownersUnassignedOrBoth() {
        assertThat(names(CustomerFilter.NONE.withOwners(Set.of(lucia.getUserId()), false)))
                .containsExactly("Ana Torres", "Duero SA");
        assertThat(names(CustomerFilter.NONE.withOwners(Set.of(), true))).containsExactly("Carmen Gil");
        assertThat(names(CustomerFilter.NONE.withOwners(Set.of(pedro.getUserId()), true)))
                .containsExactly("Bodegas Rioja", "Carmen Gil");
    }

    @Test
    void tagsMatchCustomersCarryingAnyOfThem() {
        assertThat(names(CustomerFilter.NONE.withTagIds(Set.of(vip.getId())))).containsExactly("Ana Torres", "Duero SA");
        assertThat(names(CustomerFilter.NONE.withTagIds(Set.of(vip.getId(), feria.getId()))))
                .containsExactly("Ana Torres", "Bodegas Rioja", "Duero SA");
        assertThat(names(CustomerFilter.NONE.withTagIds(Set.of(unused.getId())))).isEmpty();
    }

    @Test
    void alertColours() {
        assertThat(names(CustomerFilter.NONE.withAlerts(Set.of(AlertColour.RED, AlertColour.GREEN))))
                .containsExactly("Ana Torres", "Duero SA");
    }

    @Test
    void cityRegionAndSectorMatchWholeValuesIgnoringCase() {
        assertThat(names(CustomerFilter.NONE.withPlace("MADRID", null))).containsExactly("Ana Torres", "Carmen Gil");
        assertThat(names(CustomerFilter.NONE.withPlace("Madr", null))).isEmpty();
        assertThat(names(CustomerFilter.NONE.withPlace(null, "la rioja"))).containsExactly("Bodegas Rioja");
        assertThat(names(CustomerFilter.NONE.withSector(" Retail "))).containsExactly("Ana Torres", "Carmen Gil");
    }

    @Test
    void lastPurchaseRangeIncludesItsEndsAndLeavesOutCustomersWhoNeverBought() {
        assertThat(names(CustomerFilter.NONE.withLastPurchase(LocalDate.of(2024, 6, 1), null)))
                .containsExactly("Ana Torres", "Bodegas Rioja");
        assertThat(names(CustomerFilter.NONE.withLastPurchase(null, LocalDate.of(2024, 6, 1))))
                .containsExactly("Bodegas Rioja", "Duero SA");
        assertThat(names(CustomerFilter.NONE.withLastPurchase(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
                .containsExactly("Bodegas Rioja");
    }

    @Test
    void clvRangeIncludesItsEnds() {
        assertThat(names(CustomerFilter.NONE.withClv(new BigDecimal("150"), new BigDecimal("5000"))))
                .containsExactly("Ana Torres", "Bodegas Rioja");
        assertThat(names(CustomerFilter.NONE.withClv(null, BigDecimal.ZERO))).containsExactly("Carmen Gil");
        assertThat(names(CustomerFilter.NONE.withClv(new BigDecimal("5000.01"), null))).containsExactly("Duero SA");
    }

    @Test
    void partsCombineAndTheBinHoldsOnlyDeletedCustomers() {
        var filter = CustomerFilter.NONE.withTagIds(Set.of(vip.getId())).withPlace("madrid", null)
                .withStages(Set.of(LifecycleStage.ACTIVE));
        assertThat(names(filter)).containsExactly("Ana Torres");
        assertThat(names(filter.withDeleted(true))).containsExactly("Ebro Borrado");
        assertThat(as(() -> customerService.count(CustomerFilter.NONE))).isEqualTo(4);
        assertThat(as(() -> customerService.count(CustomerFilter.NONE.withDeleted(true)))).isEqualTo(1);
    }

    @Test
    void sortsPutEmptyValuesLastInEitherDirection() {
        assertThat(page(CustomerFilter.NONE, Sort.by(Sort.Order.desc("lastPurchaseOn").nullsLast())))
                .extracting(Customer::getName).containsExactly("Ana Torres", "Bodegas Rioja", "Duero SA", "Carmen Gil");
        assertThat(page(CustomerFilter.NONE, Sort.by(Sort.Order.asc("lastPurchaseOn").nullsLast())))
                .extracting(Customer::getName).containsExactly("Duero SA", "Bodegas Rioja", "Ana Torres", "Carmen Gil");
        // Ties (one owner's customers) follow the id in the sort's direction, newest first here.
        assertThat(page(CustomerFilter.NONE, Sort.by(Sort.Order.desc("owner.displayName").nullsLast())))
                .extracting(Customer::getName).containsExactly("Bodegas Rioja", "Duero SA", "Ana Torres", "Carmen Gil");
        assertThat(page(CustomerFilter.NONE, Sort.by(Sort.Order.desc("revenue"))))
                .extracting(Customer::getName).containsExactly("Duero SA", "Bodegas Rioja", "Ana Torres", "Carmen Gil");
        assertThat(page(CustomerFilter.NONE, Sort.by(Sort.Order.asc("alertColour").nullsLast())))
                .extracting(Customer::getName).containsExactly("Duero SA", "Ana Torres", "Bodegas Rioja", "Carmen Gil");
    }

    private List<String> names(CustomerFilter filter) {
        return page(filter, Sort.by("name")).stream().map(Customer::getName).toList();
    }

    private List<Customer> page(CustomerFilter filter, Sort sort) {
        return as(() -> customerService.page(filter, PageRequest.of(0, 50, sort)));
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TestData.as(admin, work);
    }
}
