package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** OpenID Connect sign-in lets in the Cartera account with the provider's verified e-mail, and nobody else. */
@CarteraIntegrationTest
class OAuth2SignInHandlerTest {

    @Autowired
    SignupService signupService;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    SignInService signInService;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private OAuth2SignInHandler handler;
    private String email;

    @BeforeEach
    void workspaceWithAdmin() {
        handler = new OAuth2SignInHandler(accounts, signInService, repository, events);
        String slug = TestWorkspaces.uniqueSlug("oidc");
        email = TestWorkspaces.emailFor(slug);
        TestWorkspaces.signUp(signupService, slug);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void verifiedEmailOfAnAccountSignsIntoItsWorkspace() throws Exception {
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(request, response, oidcLogin(email.toUpperCase(Locale.ROOT), true));

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        var saved = (SecurityContext) request.getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication()).isInstanceOf(WorkspaceAuthentication.class);
        var user = (SignedInUser) saved.getAuthentication().getPrincipal();
        assertThat(user.email()).isEqualTo(email);
        assertThat(user.roles()).containsExactly(Role.ADMIN);
        assertThat(user.currentWorkspace()).isPresent();
        assertThat(signIns(email)).containsExactly("OIDC SUCCESS");
    }

    /** The recorded sign-in attempts of an e-mail address, as "method outcome". */
    private List<String> signIns(String address) {
        return jdbc.queryForList("select method || ' ' || outcome from cartera.sign_in_event where email = ? order by id",
                String.class, address);
    }

    @Test
    void unverifiedEmailIsRefused() throws Exception {
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(request, response, oidcLogin(email, false));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=no-account");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void verifiedEmailWithoutAccountIsRefused() throws Exception {
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();

        String stranger = "stranger-" + UUID.randomUUID() + "@example.com";
        handler.onAuthenticationSuccess(request, response, oidcLogin(stranger, true));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=no-account");
        assertThat(request.getSession(false)).isNull();
        assertThat(signIns(stranger)).containsExactly("OIDC NO_ACCOUNT");
    }

    private static OAuth2AuthenticationToken oidcLogin(String email, boolean verified) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "provider-id", "email", email, "email_verified", verified));
        var user = new DefaultOidcUser(List.of(), token);
        return new OAuth2AuthenticationToken(user, List.of(), "test-provider");
    }
}
