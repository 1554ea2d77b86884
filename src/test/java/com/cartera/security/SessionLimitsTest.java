package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.cartera.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.cartera.CarteraIntegrationTest;

/**
 * The cap on sessions per account, over real HTTP: browsers sign in with the login form as people do, and
 * the sign-in beyond the cap ends the account's least recently used session, whose next page or Vaadin
 * request is sent to the login page with a message.
 */
@CarteraIntegrationTest
class SessionLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    SignupService signups;

    @Autowired
    SessionProperties sessionProperties;

    @Test
    void signingInBeyondTheCapEndsTheOldestSessionOfThatAccountOnly() throws Exception {
        String email = TestWorkspaces.signUp(signups, TestWorkspaces.uniqueSlug("sesiones")).email();
        String other = TestWorkspaces.signUp(signups, TestWorkspaces.uniqueSlug("sesiones-otra")).email();
        HttpClient otherBrowser = signIn(other);
        int cap = sessionProperties.maxPerAccount();
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i < cap; i++) {
            browsers.add(signIn(email));
        }
        for (HttpClient browser : browsers) {
            assertThat(customersPage(browser).statusCode()).as("signed in within the cap").isEqualTo(200);
        }

        browsers.add(signIn(email));

        HttpResponse<String> oldest = customersPage(browsers.getFirst());
        assertThat(oldest.statusCode()).isEqualTo(302);
        assertThat(oldest.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?session-ended"));
        for (HttpClient browser : browsers.subList(1, browsers.size())) {
            assertThat(customersPage(browser).statusCode()).as("the newer sessions stay").isEqualTo(200);
        }
        assertThat(customersPage(otherBrowser).statusCode()).as("another account's session stays").isEqualTo(200);
        // Once ended, the session is gone: the browser is simply asked to sign in.
        assertThat(customersPage(browsers.getFirst()).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aVaadinRequestOfAnEndedSessionSendsTheBrowserToTheLoginPage() throws Exception {
        String email = TestWorkspaces.signUp(signups, TestWorkspaces.uniqueSlug("sesiones-ui")).email();
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i <= sessionProperties.maxPerAccount(); i++) {
            browsers.add(signIn(email));
        }

        var uidl = HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build();
        HttpResponse<String> answer = browsers.getFirst().send(uidl, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("appError").contains("/login?session-ended");
    }

    @Test
    void aHeartbeatOfAnEndedSessionIsAnsweredGone() throws Exception {
        String email = TestWorkspaces.signUp(signups, TestWorkspaces.uniqueSlug("sesiones-hb")).email();
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i <= sessionProperties.maxPerAccount(); i++) {
            browsers.add(signIn(email));
        }

        var heartbeat = HttpRequest.newBuilder(url("/?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        assertThat(browsers.getFirst().send(heartbeat, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(410);
    }

    private HttpClient signIn(String email) throws Exception {
        return LoginForm.signIn(port, email);
    }

    private HttpResponse<String> customersPage(HttpClient browser) throws Exception {
        return LoginForm.get(browser, port, "/customers");
    }

    private URI url(String path) {
        return LoginForm.url(port, path);
    }
}
