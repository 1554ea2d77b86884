package com.cartera.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The catalogue on PostgreSQL: search, unique SKUs ignoring case, concurrent edits, who maintains it. */
@CarteraIntegrationTest
class ProductServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProductService productService;

    private TestData data;
    private CommerceFixtures fixtures;
    private SignedInUser admin;

    @BeforeEach
    void aWorkspace() {
        data = new TestData(context);
        fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Catálogo " + TestData.uniqueSlug("c"));
    }

    private List<String> names(String text, boolean includeInactive) {
        return TestData.as(admin, () -> productService.page(text, includeInactive, PageRequest.of(0, 50, Sort.by("name"))))
                .stream().map(Product::getName).toList();
    }

    @Test
    void searchLooksAtNameSkuAndCategoryIgnoringCaseAndTakesWildcardsLiterally() {
        Product coffee = fixtures.product(admin, "Café molido", "CAF-01", "9.90");
        fixtures.product(admin, "Té verde", "TE_01", "4.50");
        Product kettle = new Product();
        kettle.setName("Hervidor");
        kettle.setCategory("Menaje 100%");
        kettle.setUnitPrice(new BigDecimal("35"));
        TestData.as(admin, () -> productService.save(kettle));

        assertThat(names("café", false)).containsExactly("Café molido");
        assertThat(names("caf-", false)).containsExactly("Café molido");
        assertThat(names("te_", false)).containsExactly("Té verde");
        assertThat(names("100%", false)).containsExactly("Hervidor");
        assertThat(names("_", false)).containsExactly("Té verde");
        assertThat(names("", false)).containsExactly("Café molido", "Hervidor", "Té verde");

        TestData.as(admin, () -> productService.setActive(coffee.getId(), coffee.getVersion(), false));
        assertThat(names("", false)).containsExactly("Hervidor", "Té verde");
        assertThat(names("", true)).containsExactly("Café molido", "Hervidor", "Té verde");
        assertThat(TestData.as(admin, () -> productService.count("", false))).isEqualTo(2);
        assertThat(TestData.as(admin, () -> productService.count("", true))).isEqualTo(3);
    }

    @Test
    void skusAreUniqueIgnoringCaseAndABlankOneIsNone() {
        fixtures.product(admin, "Café molido", "CAF-01", "9.90");
        assertThatThrownBy(() -> fixtures.product(admin, "Café en grano", "caf-01", "12.00"))
                .isInstanceOfSatisfying(FieldRejectedException.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("sku");
                    assertThat(rejected.messageKey()).isEqualTo("product.sku.taken");
                });
        Product first = fixtures.product(admin, "Sin código 1", "  ", "1.00");
        Product second = fixtures.product(admin, "Sin código 2", null, "1.00");
        assertThat(first.getSku()).isNull();
        assertThat(second.getSku()).isNull();
        // A product keeps its own SKU on an edit.
        Product own = fixtures.product(admin, "Té", "TE-1", "3.00");
        own.setSku("te-1");
        assertThat(TestData.as(admin, () -> productService.save(own)).getSku()).isEqualTo("te-1");
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        Product product = fixtures.product(admin, "Café molido", "CAF-01", "9.90");
        Product mine = TestData.as(admin, () -> productService.find(product.getId()).orElseThrow());
        Product theirs = TestData.as(admin, () -> productService.find(product.getId()).orElseThrow());
        theirs.setUnitPrice(new BigDecimal("10.50"));
        TestData.as(admin, () -> productService.save(theirs));

        mine.setUnitPrice(new BigDecimal("8.00"));
        assertThatThrownBy(() -> TestData.as(admin, () -> productService.save(mine)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(admin, () -> productService.setActive(mine.getId(), mine.getVersion(), false)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Product stored = TestData.as(admin, () -> productService.find(product.getId()).orElseThrow());
        assertThat(stored.getUnitPrice()).isEqualByComparingTo("10.50");
        assertThat(stored.isActive()).isTrue();
    }

    @Test
    void wrongValuesAreRefusedByName() {
        var nameless = new Product();
        nameless.setUnitPrice(new BigDecimal("-1"));
        assertThatThrownBy(() -> TestData.as(admin, () -> productService.save(nameless)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(
                        invalid.getConstraintViolations()).extracting(v -> v.getMessageTemplate())
                        .containsExactlyInAnyOrder("{product.name.required}", "{product.price.required}"));
    }

    @Test
    void adminManagementAndFinanceMaintainTheCatalogueEveryoneReadsIt() {
        Product product = fixtures.product(admin, "Café molido", "CAF-01", "9.90");
        for (Role role : Role.values()) {
            SignedInUser member = data.addMember(admin, TestData.uniqueEmail(role.name().toLowerCase()), "Miembro " + role,
                    Set.of(role));
            boolean maintains = role == Role.ADMIN || role == Role.MANAGEMENT || role == Role.FINANCE;
            assertThat(TestData.as(member, productService::canEditCatalogue)).as(role.name()).isEqualTo(maintains);
            assertThat(TestData.as(member, () -> productService.count("", true))).as(role.name()).isPositive();
            if (maintains) {
                assertThat(fixtures.product(member, "Nuevo de " + role, null, "1.00").getId()).isNotNull();
            } else {
                assertThatThrownBy(() -> fixtures.product(member, "Nuevo de " + role, null, "1.00"))
                        .as(role.name()).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> TestData.as(member, () -> productService.setActive(product.getId(),
                        product.getVersion(), false))).as(role.name()).isInstanceOf(AccessDeniedException.class);
            }
        }
    }
}
