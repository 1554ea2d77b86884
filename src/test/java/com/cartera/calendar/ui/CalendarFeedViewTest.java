package com.cartera.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.calendar.CalendarFeeds;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The page that makes, shows once, configures and revokes the person's private calendar address. */
@CarteraIntegrationTest
class CalendarFeedViewTest extends KaribuTest {

    @Test
    void theAddressIsShownOnceAndRevokedOnRequest() {
        SignedInUser admin = data.newWorkspace("Calendario página " + TestData.uniqueSlug("p"));
        login(data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas",
                Set.of(Role.SALES)));
        UI.getCurrent().navigate("account/calendar");
        CalendarFeedView view = _get(CalendarFeedView.class);
        assertThat(view.state.getText()).isEqualTo("Aún no tienes una dirección privada.");
        assertThat(view.revoke.isVisible()).isFalse();
        assertThat(view.address.isVisible()).isFalse();

        _setValue(view.birthdays, true);
        view.createAddress();

        assertThat(view.address.getValue()).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(view.state.getText()).startsWith("Tienes una dirección activa desde el");
        assertThat(view.create.getText()).isEqualTo("Crear una dirección nueva (la anterior deja de funcionar)");
        var feeds = context.getBean(CalendarFeeds.class);
        assertThat(feeds.mine()).hasValueSatisfying(feed -> assertThat(feed.includeBirthdays()).isTrue());

        UI.getCurrent().navigate("account/calendar");
        CalendarFeedView reopened = _get(CalendarFeedView.class);
        assertThat(reopened.address.isVisible()).isFalse();
        assertThat(reopened.birthdays.getValue()).isTrue();

        reopened.revokeAddress();

        assertThat(feeds.mine()).isEmpty();
        assertThat(reopened.revoke.isVisible()).isFalse();
    }

    @Test
    void eachPersonSeesOnlyTheirOwnFeed() {
        SignedInUser admin = data.newWorkspace("Calendario propio " + TestData.uniqueSlug("p"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        var feeds = context.getBean(CalendarFeeds.class);
        as(seller, () -> feeds.create(false));

        login(admin);
        UI.getCurrent().navigate("account/calendar");

        assertThat(_get(CalendarFeedView.class).state.getText()).isEqualTo("Aún no tienes una dirección privada.");
        assertThat(as(admin, feeds::mine)).isEmpty();
    }
}
