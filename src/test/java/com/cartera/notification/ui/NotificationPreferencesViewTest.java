package com.cartera.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.notification.Delivery;
import com.cartera.notification.NotificationKind;
import com.cartera.notification.NotificationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

@CarteraIntegrationTest
class NotificationPreferencesViewTest extends KaribuTest {

    @Test
    void eachPersonSeesTheirChoicesWithDefaultsAndAChangeIsSavedAtOnce() {
        SignedInUser admin = data.newWorkspace("Preferencias " + TestData.uniqueSlug("p"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("s"), "Sara", Set.of(Role.SALES));
        login(seller);
        UI.getCurrent().navigate("account/notifications");
        var view = _get(NotificationPreferencesView.class);

        assertThat(view.choices.get(NotificationKind.CUSTOMER_ASSIGNED).getValue()).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(view.choices.get(NotificationKind.MENTION).getValue()).isEqualTo(Delivery.APP);
        assertThat(view.choices.get(NotificationKind.FOLLOW_UP_REMINDER).getValue()).isEqualTo(Delivery.DIGEST);
        assertThat(view.choices.get(NotificationKind.FOLLOW_UP_REMINDER).getListDataView().getItems())
                .containsExactlyInAnyOrder(Delivery.DIGEST, Delivery.OFF);
        assertThat(view.choices.get(NotificationKind.MENTION).getLabel()).isEqualTo("Te mencionan en una nota");

        _setValue(view.choices.get(NotificationKind.MENTION), Delivery.OFF);
        _setValue(view.choices.get(NotificationKind.FOLLOW_UP_REMINDER), Delivery.OFF);

        var service = context.getBean(NotificationService.class);
        assertThat(as(seller, service::preferences)).containsEntry(NotificationKind.MENTION, Delivery.OFF)
                .containsEntry(NotificationKind.FOLLOW_UP_REMINDER, Delivery.OFF)
                .containsEntry(NotificationKind.CUSTOMER_ASSIGNED, Delivery.EMAIL_NOW);
        assertThat(as(admin, service::preferences)).containsEntry(NotificationKind.MENTION, Delivery.APP);

        UI.getCurrent().navigate("account/notifications");
        assertThat(_get(NotificationPreferencesView.class).choices.get(NotificationKind.MENTION).getValue())
                .isEqualTo(Delivery.OFF);
    }
}
