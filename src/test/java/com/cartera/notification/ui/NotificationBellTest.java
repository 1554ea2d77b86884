package com.cartera.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.notification.NotificationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CarteraIntegrationTest
class NotificationBellTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;

    @BeforeEach
    void aSellerWhoWasAssignedTwoCustomers() {
        admin = data.newWorkspace("Campana " + TestData.uniqueSlug("b"));
        seller = data.addMember(admin, TestData.uniqueEmail("s"), "Sara Ventas", Set.of(Role.SALES));
    }

    private Customer assign(String name) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        customer.setOwner(as(admin, () -> context.getBean(TeamDirectory.class).find(seller.userId()).orElseThrow()));
        return as(admin, () -> context.getBean(CustomerService.class).save(customer));
    }

    private NotificationBell bellOf(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("customers");
        return _get(NotificationBell.class);
    }

    private static List<Button> items(NotificationBell bell) {
        return bell.list.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static String text(Button item) {
        return item.getChildren().findFirst().orElseThrow().getChildren().findFirst()
                .map(span -> ((Span) span).getText()).orElseThrow();
    }

    @Test
    void theBellCountsUnreadListsNewestFirstAndOpensTheSubjectMarkingItRead() {
        assign("Ferretería Molina");
        Customer newest = assign("Hostal La Marina");

        NotificationBell bell = bellOf(seller);
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo("2");
        assertThat(bell.bell.getAriaLabel()).contains("Notificaciones: 2 sin leer");

        _click(bell.bell);
        List<Button> shown = items(bell);
        assertThat(shown).hasSize(2);
        assertThat(text(shown.getFirst())).isEqualTo(admin.displayName() + " te ha asignado el cliente Hostal La Marina");
        assertThat(shown.getFirst().hasClassName("notification-unread")).isTrue();

        _click(shown.getFirst());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + newest.getId());
        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(as(seller, () -> context.getBean(NotificationService.class).unreadCount())).isEqualTo(1);
    }

    @Test
    void markAllReadEmptiesTheCount() {
        assign("Uno");
        assign("Dos");
        NotificationBell bell = bellOf(seller);

        _click(bell.bell);
        _click(bell.markAll);

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(items(bell)).allSatisfy(item -> assertThat(item.hasClassName("notification-read")).isTrue());
        assertThat(bell.markAll.isEnabled()).isFalse();
    }

    @Test
    void markupInANameShowsAsTextAndSomeoneWithNothingSeesNoCount() {
        assign("<img src=x onerror=alert(1)>");

        NotificationBell bell = bellOf(seller);
        _click(bell.bell);
        assertThat(text(items(bell).getFirst())).endsWith("<img src=x onerror=alert(1)>");

        NotificationBell adminsBell = bellOf(admin);
        assertThat(adminsBell.badge.isVisible()).isFalse();
        _click(adminsBell.bell);
        assertThat(items(adminsBell)).isEmpty();
    }
}
