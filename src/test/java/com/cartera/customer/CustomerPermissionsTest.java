package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerField.FieldGroup;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees and changes what (issue: "Who sees what"), enforced by the service whatever the screen shows:
 * sales edit their own portfolio and read the rest unless the workspace allows more; management and
 * admin edit all; marketing manages leads, tags and segmentation; finance edits payment fields;
 * support only reads the profile.
 */
@CarteraIntegrationTest
class CustomerPermissionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerPermissions permissions;
    @Autowired
    TeamDirectory team;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser seller;
    private SignedInUser otherSeller;
    private Customer sellersCustomer;
    private Customer othersCustomer;

    @BeforeEach
    void workspace() {
        data = new TestData(context);
        admin = data.newWorkspace("Permisos " + TestData.uniqueSlug("p"));
        seller = member(Role.SALES);
        otherSeller = member(Role.SALES);
        sellersCustomer = createdBy(seller, "Cliente de Bruno", LifecycleStage.ACTIVE);
        othersCustomer = createdBy(otherSeller, "Cliente de Carla", LifecycleStage.ACTIVE);
    }

    @Test
    void everyoneReadsTheWholePortfolio() {
        for (Role role : Role.values()) {
            SignedInUser user = role == Role.ADMIN ? admin : member(role);
            assertThat(TestData.as(user, () -> customers.find(othersCustomer.getId()))).as(role.name()).isPresent();
        }
    }

    @Test
    void aSalespersonsNewCustomerIsTheirsAndTheyMayNotPutItInAnotherPortfolio() {
        assertThat(sellersCustomer.getOwner().getUserId()).isEqualTo(seller.userId());
        var forColleague = customer("Para Carla", LifecycleStage.LEAD);
        forColleague.setOwner(TestData.as(seller, () -> team.find(otherSeller.userId()).orElseThrow()));
        assertThatThrownBy(() -> TestData.as(seller, () -> customers.save(forColleague)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void salesEditTheirOwnCustomersAndOnlyReadTheirColleagues() {
        assertThat(rename(seller, sellersCustomer, "Cliente de Bruno (renombrado)").getName())
                .isEqualTo("Cliente de Bruno (renombrado)");
        assertThatThrownBy(() -> rename(seller, othersCustomer, "No es mío"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(seller, () -> permissions.canEdit(FieldGroup.PROFILE, othersCustomer))).isFalse();
        assertThat(TestData.as(seller, () -> permissions.can(Action.LOG_INTERACTION, othersCustomer))).isFalse();
        assertThat(stored(othersCustomer).getName()).isEqualTo("Cliente de Carla");
    }

    @Test
    void theWorkspaceMayLetSalesEditEveryCustomer() {
        TestData.as(admin, () -> transaction.execute(status -> entityManager
                .createNativeQuery("update workspace_settings set sales_edit_all = true").executeUpdate()));
        assertThat(rename(seller, othersCustomer, "Editado por Bruno").getName()).isEqualTo("Editado por Bruno");
        // Moving customers between portfolios stays with management.
        assertThat(TestData.as(seller, () -> permissions.canEdit(FieldGroup.OWNER, othersCustomer))).isFalse();
    }

    @Test
    void managementAndAdminEditEverything() {
        SignedInUser director = member(Role.MANAGEMENT);
        assertThat(rename(director, othersCustomer, "Renombrado por dirección").getName())
                .isEqualTo("Renombrado por dirección");
        var moved = TestData.as(admin, () -> customers.find(othersCustomer.getId()).orElseThrow());
        moved.setOwner(TestData.as(admin, () -> team.find(seller.userId()).orElseThrow()));
        assertThat(TestData.as(admin, () -> customers.save(moved)).getOwner().getUserId()).isEqualTo(seller.userId());
    }

    @Test
    void financeChangesPaymentFieldsOnly() {
        SignedInUser finance = member(Role.FINANCE);
        var edited = TestData.as(finance, () -> customers.find(othersCustomer.getId()).orElseThrow());
        edited.setPreferredPayment(PaymentMethod.DIRECT_DEBIT);
        assertThat(TestData.as(finance, () -> customers.save(edited)).getPreferredPayment())
                .isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThatThrownBy(() -> rename(finance, othersCustomer, "Finanzas no renombra"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(finance, () -> permissions.can(Action.RECORD_PURCHASE, othersCustomer))).isTrue();
    }

    @Test
    void marketingManagesSegmentationAndTagsAndBringsInLeads() {
        SignedInUser marketing = member(Role.MARKETING);
        var edited = TestData.as(marketing, () -> customers.find(othersCustomer.getId()).orElseThrow());
        edited.setSector("Hostelería");
        edited.setMarketingConsent(true);
        Customer saved = TestData.as(marketing, () -> customers.save(edited));
        assertThat(saved.getSector()).isEqualTo("Hostelería");
        assertThat(saved.getMarketingConsentAt()).isNotNull();
        assertThatThrownBy(() -> rename(marketing, othersCustomer, "Marketing no renombra clientes"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(createdBy(marketing, "Lead de feria", LifecycleStage.LEAD).getId()).isNotNull();
        assertThatThrownBy(() -> createdBy(marketing, "Cliente directo", LifecycleStage.ACTIVE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(marketing, () -> permissions.can(Action.OVERRIDE_TIER, othersCustomer))).isTrue();
    }

    @Test
    void supportReadsAndLogsInteractionsButEditsNoField() {
        SignedInUser support = member(Role.SUPPORT);
        for (FieldGroup group : FieldGroup.values()) {
            assertThat(TestData.as(support, () -> permissions.canEdit(group, othersCustomer))).as(group.name()).isFalse();
        }
        assertThat(TestData.as(support, () -> permissions.can(Action.LOG_INTERACTION, othersCustomer))).isTrue();
        assertThatThrownBy(() -> createdBy(support, "Soporte no crea", LifecycleStage.LEAD))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyStageChangeIsKeptWithWhoMadeIt() {
        var edited = TestData.as(seller, () -> customers.find(sellersCustomer.getId()).orElseThrow());
        edited.setLifecycleStage(LifecycleStage.INACTIVE);
        TestData.as(seller, () -> customers.save(edited));
        var history = TestData.as(seller, () -> customers.lifecycleHistory(sellersCustomer.getId()));
        assertThat(history).extracting(LifecycleChange::getFromStage, LifecycleChange::getToStage)
                .containsExactly(tuple(null, LifecycleStage.ACTIVE), tuple(LifecycleStage.ACTIVE, LifecycleStage.INACTIVE));
        assertThat(history).extracting(LifecycleChange::getChangedBy).containsOnly(seller.userId());
    }

    @Test
    void aDeletedCustomerLeavesEveryListAndCanBeRestored() {
        Customer current = stored(sellersCustomer);
        TestData.as(seller, () -> {
            customers.delete(current.getId(), current.getVersion());
            return null;
        });
        assertThat(TestData.as(admin, () -> customers.find(current.getId()))).isEmpty();
        assertThat(TestData.as(admin, () -> customers.count(CustomerFilter.NONE.withDeleted(true)))).isEqualTo(1);
        assertThat(TestData.as(admin, () -> customers.count(CustomerFilter.NONE))).isEqualTo(1);
        assertThatThrownBy(() -> TestData.as(otherSeller, () -> {
            customers.restore(current.getId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        TestData.as(seller, () -> {
            customers.restore(current.getId());
            return null;
        });
        assertThat(TestData.as(admin, () -> customers.find(current.getId()))).isPresent();
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".audit_event where customer_id = ? and action in ('DELETE', 'RESTORE')", current.getId())).isEqualTo(2);
    }

    private SignedInUser member(Role role) {
        return data.addMember(admin, TestData.uniqueEmail(role.name().toLowerCase()), "Persona " + role, Set.of(role));
    }

    private Customer createdBy(SignedInUser user, String name, LifecycleStage stage) {
        return TestData.as(user, () -> customers.save(customer(name, stage)));
    }

    private Customer rename(SignedInUser user, Customer customer, String newName) {
        return TestData.as(user, () -> {
            Customer edited = customers.find(customer.getId()).orElseThrow();
            edited.setName(newName);
            return customers.save(edited);
        });
    }

    private Customer stored(Customer customer) {
        return TestData.as(admin, () -> customers.find(customer.getId()).orElseThrow());
    }

    private static Customer customer(String name, LifecycleStage stage) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(stage);
        return customer;
    }
}
