package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.cartera.HttpBrowser;
import com.cartera.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import com.cartera.CarteraIntegrationTest;

/**
 * Vaadin's UIDL messages skip Spring Security's CSRF check and rely on Vaadin's own per-UI token instead. Over
 * real HTTP: a message carrying a wrong token, or the token of another session's UI, is not acted on; the same
 * message with the UI's own token is.
 */
@CarteraIntegrationTest
class UidlCsrfTest {

    /** The customer list's "new customer" button: there once the list is shown. */
    private static final Pattern LIST_SHOWN = Pattern.compile("^customers-new$");

    @LocalServerPort
    int port;

    @Autowired
    SignupService signups;

    @Test
    void aUidlMessageWithoutTheUisOwnCsrfTokenIsNotActedOn() {
        HttpBrowser victim = signedIn(TestWorkspaces.uniqueSlug("csrf-a"));
        HttpBrowser attacker = signedIn(TestWorkspaces.uniqueSlug("csrf-b"));
        HttpBrowser.Ui ui = victim.open("customers");
        HttpBrowser.Ui attackersUi = attacker.open("customers");
        assertThat(attackersUi.csrfToken).isNotEqualTo(ui.csrfToken);

        for (String forged : new String[] {"", "init", ui.csrfToken + "x", attackersUi.csrfToken}) {
            JsonNode refused = victim.uidl(ui, forged, 0, HttpBrowser.navigation("customers"));
            assertThat(refused.path("meta").has("appError"))
                    .as("Vaadin answers a wrong token by asking the page to reload: %s", refused).isTrue();
            assertThat(refused.path("syncId").asInt(-1)).as("no UI update was sent: %s", refused).isEqualTo(-1);
            assertThat(refused.path("changes").isEmpty()).as("no UI update was sent: %s", refused).isTrue();
            assertThat(HttpBrowser.strings(refused, LIST_SHOWN)).isEmpty();
        }

        // The refused messages were not counted either: the UI's own token with the first message id works.
        JsonNode accepted = victim.uidl(ui, ui.csrfToken, 0, HttpBrowser.navigation("customers"));
        assertThat(accepted.path("syncId").asInt(-1)).as("%s", accepted).isNotNegative();
        assertThat(HttpBrowser.strings(accepted, LIST_SHOWN)).as("the list is shown").isNotEmpty();
    }

    private HttpBrowser signedIn(String slug) {
        TestWorkspaces.signUp(signups, slug);
        var browser = new HttpBrowser(port);
        browser.signIn(TestWorkspaces.emailFor(slug), TestWorkspaces.PASSWORD);
        return browser;
    }
}
