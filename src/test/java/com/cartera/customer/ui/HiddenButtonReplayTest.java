package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.cartera.ClientEvents;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerSelection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * A button hidden from a role cannot be pressed by replaying the browser's click: Karibu's helpers refuse it,
 * Vaadin's RPC handling ignores events for invisible components, and the service behind the button refuses
 * the role in any case.
 */
class HiddenButtonReplayTest extends KaribuTest {

    private CustomerService customers;
    private SignedInUser admin;
    private SignedInUser sales;
    private SignedInUser support;
    private Customer adminsCustomer;
    private Customer salesCustomer;

    @BeforeEach
    void aWorkspaceWithSalesAndSupport() {
        customers = context.getBean(CustomerService.class);
        admin = data.newWorkspace("Botones " + TestData.uniqueSlug("h"));
        sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Lucía Ventas", Set.of(Role.SALES));
        support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte", Set.of(Role.SUPPORT));
        adminsCustomer = data.customer(admin, "Cliente del admin", null, LifecycleStage.ACTIVE);
        salesCustomer = data.customer(sales, "Cliente de Lucía", null, LifecycleStage.ACTIVE);
    }

    @Test
    void aSalespersonCannotDeleteAColleaguesCustomerByReplayingTheHiddenDeleteClick() {
        CustomerView view = open(sales, adminsCustomer);
        assertThat(view.delete.isVisible()).isFalse();

        assertThatThrownBy(() -> _click(view.delete)).isInstanceOf(IllegalStateException.class);
        ClientEvents.replayClick(view.delete);
        assertThat(view.confirmDelete).as("no confirmation was asked for").isNull();

        long version = adminsCustomer.getVersion();
        assertThatThrownBy(() -> as(sales, () -> {
            customers.delete(adminsCustomer.getId(), version);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as(admin, () -> customers.find(adminsCustomer.getId()))).isPresent();
    }

    @Test
    void theSameReplayedClickWorksWhereTheButtonIsShown() {
        CustomerView view = open(sales, salesCustomer);
        assertThat(view.delete.isVisible()).isTrue();

        ClientEvents.replayClick(view.delete);

        assertThat(view.confirmDelete).isNotNull();
        assertThat(view.confirmDelete.isOpened()).isTrue();
    }

    @Test
    void supportCannotHandOverOrReassignAPortfolioByReplayingHiddenControls() {
        CustomersView view = open(support);
        assertThat(view.handover.isVisible()).isFalse();
        assertThatThrownBy(() -> _click(view.handover)).isInstanceOf(IllegalStateException.class);
        ClientEvents.replayClick(view.handover);
        assertThat(_find(HandoverDialog.class)).isEmpty();

        view.grid.select(GridKt._findAll(view.grid).stream()
                .filter(customer -> customer.name().equals("Cliente de Lucía")).findFirst().orElseThrow());
        assertThat(view.bulkActions.isVisible()).isTrue();
        assertThat(view.bulkActions.assignOwner.isVisible()).isFalse();
        assertThatThrownBy(() -> ContextMenuKt._click(view.bulkActions.actions, view.bulkActions.assignOwner))
                .hasMessageContaining("is not visible");

        PortfolioBulkService bulk = context.getBean(PortfolioBulkService.class);
        assertThatThrownBy(() -> as(support, () -> bulk.handOver(sales.userId(), admin.userId(), CustomerFilter.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        var reassigned = as(support, () -> bulk.assignOwner(
                CustomerSelection.matching(CustomerFilter.NONE), support.userId()));
        // Refused customer by customer: none changes owner.
        assertThat(reassigned.changed()).isZero();
        assertThat(reassigned.skipped()).isEqualTo(reassigned.selected()).isPositive();
        assertThat(as(admin, () -> customers.find(salesCustomer.getId()).orElseThrow().getOwner().getUserId()))
                .isEqualTo(sales.userId());
    }

    @Test
    void theReplayedHandOverClickOpensTheDialogForAManager() {
        CustomersView view = open(admin);
        assertThat(view.handover.isVisible()).isTrue();

        ClientEvents.replayClick(view.handover);

        assertThat(_get(HandoverDialog.class).isOpened()).isTrue();
    }

    private CustomerView open(SignedInUser user, Customer customer) {
        login(user);
        UI.getCurrent().navigate("customers/" + customer.getId());
        return _get(CustomerView.class);
    }

    private CustomersView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("customers");
        return _get(CustomersView.class);
    }
}
