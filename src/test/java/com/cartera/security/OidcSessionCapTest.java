package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A session signed in with OpenID Connect counts against the account's cap with those of the login form: one
 * more sign-in through the provider ends the least recently used session, which was signed in with the form
 * over real HTTP. (The shared test application has no provider configured, so the provider's answer is handed
 * to the application's success handler directly.)
 */
@CarteraIntegrationTest
class OidcSessionCapTest {

    private static final String ISSUER = "https://id.example.com";

    @LocalServerPort
    int port;

    @Autowired
    SignupService signups;
    @Autowired
    IdentityLinks identityLinks;
    @Autowired
    SignInService signIn;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextRepository contextRepository;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountSessionCap sessionCap;
    @Autowired
    SessionRegistry registry;
    @Autowired
    SessionProperties sessionProperties;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOpenIdConnectSignInBeyondTheCapEndsTheOldestFormSession() throws Exception {
        String slug = TestWorkspaces.uniqueSlug("sesiones-oidc");
        SignedInUser admin = TestWorkspaces.signUp(signups, slug);
        String subject = "subject-" + UUID.randomUUID();
        linkIdentity(admin, TestWorkspaces.emailFor(slug), subject);
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i < sessionProperties.maxPerAccount(); i++) {
            browsers.add(LoginForm.signIn(port, admin.email()));
        }

        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();
        new OAuth2SignInHandler(identityLinks, signIn, contextRepository, events, sessionCap)
                .onAuthenticationSuccess(request, response, oidcLogin(subject));

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(registry.getAllSessions(admin, false)).extracting(SessionInformation::getSessionId)
                .hasSize(sessionProperties.maxPerAccount()).contains(request.getSession().getId());
        var oldest = LoginForm.get(browsers.getFirst(), port, "/customers");
        assertThat(oldest.statusCode()).isEqualTo(302);
        assertThat(oldest.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?session-ended"));
        for (HttpClient browser : browsers.subList(1, browsers.size())) {
            assertThat(LoginForm.get(browser, port, "/customers").statusCode()).as("the newer sessions stay")
                    .isEqualTo(200);
        }
    }

    /** Links (issuer, subject) to the admin's account as its owner does: verified address, then the password. */
    private void linkIdentity(SignedInUser admin, String email, String subject) {
        String token = AccountTakeoverTest.verificationToken(email);
        assertThat(TestWorkspaces.as(admin, () -> {
            return accounts.verifyEmail(token);
        }))
                .isEqualTo(AccountService.Verification.VERIFIED);
        var pending = new IdentityLinks.PendingLink(ISSUER, subject, "test-provider", admin.userId(), email);
        identityLinks.confirmWithPassword(pending, TestWorkspaces.PASSWORD);
    }

    private static OAuth2AuthenticationToken oidcLogin(String subject) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("iss", ISSUER, "sub", subject));
        return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), token), List.of(), "test-provider");
    }
}
