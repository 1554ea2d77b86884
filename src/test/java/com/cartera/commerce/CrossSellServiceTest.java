package com.cartera.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.NextBestActionSource.NextBestAction;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The cross-sell query on PostgreSQL, on a tiny hand-built workspace.
 *
 * <pre>
 *   customer X bought  Aceite, Bolsa                     (mine = {Aceite, Bolsa})
 *   peer P1    bought  Aceite, Café, Dátiles             shares 1 of mine
 *   peer P2    bought  Aceite, Bolsa, Café               shares 2
 *   peer P3    bought  Bolsa, Dátiles, Especias          shares 1
 *   peer P4    bought  Bolsa, Fideos (deactivated), Harina   shares 1
 *   Z (deleted) bought Aceite, Galletas                  not a peer: deleted
 *   U          bought  Galletas, Especias                not a peer: shares nothing
 *
 *   candidate   peers        co-occurrence   reason (shared product most bought by those peers)
 *   Café        P1, P2 = 2   1 + 2 = 3       Aceite (P1, P2) = 2
 *   Dátiles     P1, P3 = 2   1 + 1 = 2       Aceite (P1) = 1, Bolsa (P3) = 1: tie, by name Aceite
 *   Especias    P3 = 1       1               Bolsa 1
 *   Harina      P4 = 1       1               Bolsa 1        (ties with Especias: by name)
 *   Fideos: deactivated; Galletas: only bought by the deleted customer and a non-peer.
 * </pre>
 */
@CarteraIntegrationTest
class CrossSellServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CrossSellService crossSell;
    @Autowired
    ProductService productService;
    @Autowired
    CustomerService customerService;
    @Autowired
    CrossSellHint hint;

    private SignedInUser admin;
    private Customer x;
    private Customer nobody;

    @BeforeEach
    void aTinyWorkspace() {
        var data = new TestData(context);
        var fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Cruzada " + TestData.uniqueSlug("x"));
        Product aceite = fixtures.product(admin, "Aceite", null, "8.00");
        Product bolsa = fixtures.product(admin, "Bolsa", null, "1.00");
        Product cafe = fixtures.product(admin, "Café", null, "9.00");
        Product datiles = fixtures.product(admin, "Dátiles", null, "5.00");
        Product especias = fixtures.product(admin, "Especias", null, "3.00");
        Product fideos = fixtures.product(admin, "Fideos", null, "2.00");
        Product galletas = fixtures.product(admin, "Galletas", null, "2.50");
        Product harina = fixtures.product(admin, "Harina", null, "1.50");

        LocalDate day = LocalDate.of(2025, 2, 1);
        x = data.customer(admin, "X", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, x.getId(), day, aceite);
        fixtures.purchase(admin, x.getId(), day.plusDays(1), bolsa);
        Customer p1 = data.customer(admin, "P1", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, p1.getId(), day, aceite, cafe, datiles);
        Customer p2 = data.customer(admin, "P2", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, p2.getId(), day, aceite, bolsa);
        fixtures.purchase(admin, p2.getId(), day.plusDays(3), cafe);
        Customer p3 = data.customer(admin, "P3", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, p3.getId(), day, bolsa, datiles, especias);
        Customer p4 = data.customer(admin, "P4", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, p4.getId(), day, bolsa, fideos, harina);
        Customer z = data.customer(admin, "Z", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, z.getId(), day, aceite, galletas);
        Customer u = data.customer(admin, "U", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, u.getId(), day, galletas, especias);
        nobody = data.customer(admin, "Sin compras", null, LifecycleStage.LEAD);

        TestData.as(admin, () -> productService.setActive(fideos.getId(), fideos.getVersion(), false));
        TestData.as(admin, () -> {
            Customer stored = customerService.find(z.getId()).orElseThrow();
            customerService.delete(stored.getId(), stored.getVersion());
            return null;
        });
    }

    @Test
    void ranksByPeersThenCoOccurrenceThenNameAndExplainsWhy() {
        List<CrossSellSuggestion> suggestions = TestData.as(admin, () -> crossSell.suggestionsFor(x.getId(), 10));
        assertThat(suggestions).extracting(CrossSellSuggestion::productName, CrossSellSuggestion::peers,
                        CrossSellSuggestion::coOccurrence, CrossSellSuggestion::sharedProduct,
                        CrossSellSuggestion::sharedPeers)
                .containsExactly(
                        tuple("Café", 2L, 3L, "Aceite", 2L),
                        tuple("Dátiles", 2L, 2L, "Aceite", 1L),
                        tuple("Especias", 1L, 1L, "Bolsa", 1L),
                        tuple("Harina", 1L, 1L, "Bolsa", 1L));
    }

    @Test
    void theLimitKeepsTheBestAndACustomerWithoutPurchasesGetsNone() {
        assertThat(TestData.as(admin, () -> crossSell.suggestionsFor(x.getId(), 2)))
                .extracting(CrossSellSuggestion::productName).containsExactly("Café", "Dátiles");
        assertThat(TestData.as(admin, () -> crossSell.suggestionsFor(nobody.getId(), 10))).isEmpty();
    }

    @Test
    void theNextBestActionOffersTheTopProductWithLowUrgency() {
        assertThat(TestData.as(admin, () -> hint.suggest(x)))
                .contains(new NextBestAction(20, "crosssell.hint", List.of("Café", 2L)));
        assertThat(TestData.as(admin, () -> hint.suggest(nobody))).isEmpty();
    }
}
