package com.cartera.commerce;

import static com.cartera.commerce.CommerceFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.commerce.InvalidPurchaseException.Problem;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Recording, correcting and deleting purchases on PostgreSQL: the triggers keep the customer's figures and
 * computed tier (default thresholds: emerging from 500, key from 3,000, strategic from 10,000), and who may
 * do it.
 */
@CarteraIntegrationTest
class PurchaseServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PurchaseService purchaseService;
    @Autowired
    ProductService productService;
    @Autowired
    CustomerService customerService;

    private TestData data;
    private CommerceFixtures fixtures;
    private SignedInUser admin;
    private Customer customer;
    private Product coffee;
    private Product mug;
    private Product machine;

    @BeforeEach
    void aWorkspaceWithACatalogueAndACustomer() {
        data = new TestData(context);
        fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Compras " + TestData.uniqueSlug("p"));
        customer = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
        coffee = fixtures.product(admin, "Café en grano 1 kg", "CAF-1", "45.25");
        mug = fixtures.product(admin, "Taza", "TAZ", "30.00");
        machine = fixtures.product(admin, "Cafetera", "MAQ", "2500.00");
    }

    private Customer reloaded() {
        return TestData.as(admin, () -> customerService.find(customer.getId()).orElseThrow());
    }

    private PurchaseDraft draft(LocalDate on, PurchaseDraft.Line... lines) {
        return new PurchaseDraft(on, SalesChannel.ONLINE, PaymentMethod.CARD, "  Pedido web  ", List.of(lines));
    }

    @Test
    void threePurchasesGiveTheCustomerHandComputedFiguresAndTier() {
        Purchase first = TestData.as(admin, () -> purchaseService.record(customer.getId(), draft(LocalDate.of(2025, 1, 10),
                line(coffee, "2", null), line(mug, "1", null))));
        assertThat(first.getTotal()).isEqualByComparingTo("120.50");
        assertThat(first.getNotes()).isEqualTo("Pedido web");
        assertThat(first.getCreatedBy()).isEqualTo(admin.userId());
        // 120.50: under 500, still low.
        assertThat(reloaded().getTier()).isEqualTo(ValueTier.LOW);

        TestData.as(admin, () -> purchaseService.record(customer.getId(), draft(LocalDate.of(2025, 3, 5),
                line(mug, "10", "40.00"))));
        // 120.50 + 400.00 = 520.50: emerging.
        assertThat(reloaded().getTier()).isEqualTo(ValueTier.EMERGING);

        TestData.as(admin, () -> purchaseService.record(customer.getId(), draft(LocalDate.of(2025, 2, 1),
                line(machine, "1", null))));
        Customer figures = reloaded();
        assertThat(figures.getPurchaseCount()).isEqualTo(3);
        assertThat(figures.getRevenue()).isEqualByComparingTo("3020.50");
        assertThat(figures.getFirstPurchaseOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(figures.getLastPurchaseOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(figures.getTier()).isEqualTo(ValueTier.KEY);
    }

    @Test
    void correctingAndDeletingPurchasesRecomputesTheFigures() {
        Purchase small = TestData.as(admin, () -> purchaseService.record(customer.getId(),
                draft(LocalDate.of(2025, 1, 10), line(coffee, "2", null), line(mug, "1", null))));
        Purchase big = TestData.as(admin, () -> purchaseService.record(customer.getId(),
                draft(LocalDate.of(2025, 2, 1), line(machine, "1", null))));
        assertThat(reloaded().getRevenue()).isEqualByComparingTo("2620.50");

        // The machine was 2,000 after all, and bought on 15 March: 120.50 + 2,000 = 2,120.50, emerging.
        Purchase corrected = TestData.as(admin, () -> purchaseService.update(big.getId(), big.getVersion(),
                draft(LocalDate.of(2025, 3, 15), line(machine, "1", "2000.00"))));
        assertThat(corrected.getTotal()).isEqualByComparingTo("2000.00");
        Customer figures = reloaded();
        assertThat(figures.getRevenue()).isEqualByComparingTo("2120.50");
        assertThat(figures.getLastPurchaseOn()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(figures.getTier()).isEqualTo(ValueTier.EMERGING);

        // An edit from a stale copy is a conflict and changes nothing.
        assertThatThrownBy(() -> TestData.as(admin, () -> purchaseService.update(big.getId(), big.getVersion(),
                draft(LocalDate.of(2025, 3, 15), line(machine, "1", "1.00")))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(reloaded().getRevenue()).isEqualByComparingTo("2120.50");

        TestData.as(admin, () -> {
            purchaseService.delete(corrected.getId(), corrected.getVersion());
            return null;
        });
        figures = reloaded();
        assertThat(figures.getPurchaseCount()).isEqualTo(1);
        assertThat(figures.getRevenue()).isEqualByComparingTo("120.50");
        assertThat(figures.getLastPurchaseOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(figures.getTier()).isEqualTo(ValueTier.LOW);

        TestData.as(admin, () -> {
            purchaseService.delete(small.getId(), small.getVersion());
            return null;
        });
        figures = reloaded();
        assertThat(figures.getPurchaseCount()).isZero();
        assertThat(figures.getRevenue()).isEqualByComparingTo("0");
        assertThat(figures.getFirstPurchaseOn()).isNull();
        assertThat(figures.getLastPurchaseOn()).isNull();
    }

    @Test
    void changingOnlyTheLinesStillCountsAsAChangeForConcurrentEditors() {
        Purchase purchase = TestData.as(admin, () -> purchaseService.record(customer.getId(),
                draft(LocalDate.of(2025, 1, 10), line(coffee, "1", "30.00"))));
        // Same total, other product: the purchase row itself is unchanged, yet its version must move on.
        Purchase swapped = TestData.as(admin, () -> purchaseService.update(purchase.getId(), purchase.getVersion(),
                draft(LocalDate.of(2025, 1, 10), line(mug, "1", "30.00"))));
        assertThat(swapped.getVersion()).isGreaterThan(purchase.getVersion());
        assertThatThrownBy(() -> TestData.as(admin, () -> purchaseService.update(purchase.getId(), purchase.getVersion(),
                draft(LocalDate.of(2025, 1, 10), line(coffee, "1", "30.00")))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void everyWrongFieldAndLineIsNamedAndNothingIsSaved() {
        assertThatThrownBy(() -> TestData.as(admin, () -> purchaseService.record(customer.getId(),
                new PurchaseDraft(LocalDate.now().plusDays(1), null, null, null, List.of(
                        line(coffee, "1", null),
                        new PurchaseDraft.Line(null, new BigDecimal("-2"), null))))))
                .isInstanceOfSatisfying(InvalidPurchaseException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(
                                new Problem(null, "purchasedOn", "purchase.date.future"),
                                new Problem(null, "channel", "purchase.channel.required"),
                                new Problem(1, "product", "purchase.product.required"),
                                new Problem(1, "quantity", "purchase.quantity.positive")));
        assertThatThrownBy(() -> TestData.as(admin, () -> purchaseService.record(customer.getId(),
                draft(LocalDate.of(2025, 1, 1)))))
                .isInstanceOfSatisfying(InvalidPurchaseException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new Problem(null, "lines", "purchase.lines.required")));
        assertThat(TestData.as(admin, () -> purchaseService.countOf(customer.getId()))).isZero();
        assertThat(reloaded().getPurchaseCount()).isZero();
    }

    @Test
    void aDeactivatedProductStaysOnOldPurchasesButCannotGoOnNewOnes() {
        Purchase old = TestData.as(admin, () -> purchaseService.record(customer.getId(),
                draft(LocalDate.of(2024, 5, 1), line(machine, "1", null))));
        TestData.as(admin, () -> productService.setActive(machine.getId(), machine.getVersion(), false));

        assertThatThrownBy(() -> TestData.as(admin, () -> purchaseService.record(customer.getId(),
                draft(LocalDate.of(2025, 1, 1), line(machine, "1", null)))))
                .isInstanceOfSatisfying(InvalidPurchaseException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new Problem(0, "product", "purchase.product.inactive")));
        Purchase corrected = TestData.as(admin, () -> purchaseService.update(old.getId(), old.getVersion(),
                draft(LocalDate.of(2024, 5, 2), line(machine, "1", "2400.00"))));
        assertThat(corrected.getTotal()).isEqualByComparingTo("2400.00");
    }

    @Test
    void aCustomersPurchasesComePagedNewestFirstWithTheirLines() {
        for (int day = 1; day <= 5; day++) {
            fixtures.purchase(admin, customer.getId(), LocalDate.of(2025, 4, day), coffee, mug);
        }
        Customer other = data.customer(admin, "Otro cliente", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, other.getId(), LocalDate.of(2025, 4, 30), machine);

        List<Purchase> firstPage = TestData.as(admin, () -> purchaseService.purchasesOf(customer.getId(), PageRequest.of(0, 2)));
        List<Purchase> lastPage = TestData.as(admin, () -> purchaseService.purchasesOf(customer.getId(), PageRequest.of(2, 2)));
        assertThat(firstPage).extracting(Purchase::getPurchasedOn)
                .containsExactly(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 4));
        assertThat(lastPage).extracting(Purchase::getPurchasedOn).containsExactly(LocalDate.of(2025, 4, 1));
        // Lines and products are there after the transaction.
        assertThat(firstPage.getFirst().getLines()).extracting(l -> l.getProduct().getName())
                .containsExactly("Café en grano 1 kg", "Taza");
        assertThat(TestData.as(admin, () -> purchaseService.countOf(customer.getId()))).isEqualTo(5);
    }

    @Test
    void supportMayNotRecordPurchasesFinanceMaySalesOnlyForTheirOwnCustomers() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sonia Soporte", Set.of(Role.SUPPORT));
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("finanzas"), "Fernando Finanzas", Set.of(Role.FINANCE));
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        Customer salesOwn = data.customer(sales, "Cliente de Vera", null, LifecycleStage.ACTIVE);
        PurchaseDraft oneCoffee = draft(LocalDate.of(2025, 1, 1), line(coffee, "1", null));

        assertThatThrownBy(() -> TestData.as(support, () -> purchaseService.record(customer.getId(), oneCoffee)))
                .isInstanceOf(AccessDeniedException.class);
        Purchase byFinance = TestData.as(finance, () -> purchaseService.record(customer.getId(), oneCoffee));
        assertThat(byFinance.getCreatedBy()).isEqualTo(finance.userId());
        assertThatThrownBy(() -> TestData.as(sales, () -> purchaseService.record(customer.getId(), oneCoffee)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(sales, () -> purchaseService.update(byFinance.getId(),
                byFinance.getVersion(), oneCoffee))).isInstanceOf(AccessDeniedException.class);
        Purchase bySales = TestData.as(sales, () -> purchaseService.record(salesOwn.getId(), oneCoffee));
        assertThat(bySales.getTotal()).isEqualByComparingTo("45.25");

        // Everyone reads, the refused ones left nothing behind.
        assertThat(TestData.as(support, () -> purchaseService.countOf(customer.getId()))).isEqualTo(1);
        assertThat(TestData.as(support, () -> purchaseService.canRecord(customer))).isFalse();
        assertThat(TestData.as(finance, () -> purchaseService.canRecord(customer))).isTrue();
    }
}
