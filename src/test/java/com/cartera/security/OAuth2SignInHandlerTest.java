package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * OpenID Connect sign-in: a linked (issuer, subject) signs in to its account; a provider vouching for the
 * address of a verified account only leads to a confirmation by the account's owner; nobody else gets in.
 */
@CarteraIntegrationTest
class OAuth2SignInHandlerTest {

    private static final String ISSUER = "https://id.example.com";

    @Autowired
    SignupService signupService;
    @Autowired
    IdentityLinks identityLinks;
    @Autowired
    SignInService signInService;
    @Autowired
    AccountService accountService;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountSessionCap sessionCap;

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private OAuth2SignInHandler handler;
    private SignedInUser admin;
    private String email;
    private String subject;

    @BeforeEach
    void workspaceWithAdmin() {
        handler = new OAuth2SignInHandler(identityLinks, signInService, repository, events, sessionCap);
        String slug = TestWorkspaces.uniqueSlug("oidc");
        email = TestWorkspaces.emailFor(slug);
        admin = TestWorkspaces.signUp(signupService, slug);
        subject = "subject-" + UUID.randomUUID();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewIdentityWithTheAccountsEmailIsNotSignedInUntilThePasswordConfirmsIt() throws Exception {
        verify();
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(request, response, oidcLogin(email.toUpperCase(Locale.ROOT), true));

        assertThat(response.getRedirectedUrl()).isEqualTo("/link-identity");
        assertThat(signedInUserOf(request)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        var pending = (IdentityLinks.PendingLink) request.getSession().getAttribute(
                IdentityLinks.PendingLink.SESSION_ATTRIBUTE);
        assertThat(pending).isEqualTo(new IdentityLinks.PendingLink(ISSUER, subject, "test-provider", admin.userId(), email));
        assertThat(links()).isZero();

        assertThatThrownBy(() -> identityLinks.confirmWithPassword(pending, "not-the-password-1"))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(links()).isZero();
        SignedInUser confirmed = identityLinks.confirmWithPassword(pending, TestWorkspaces.PASSWORD);
        assertThat(confirmed.userId()).isEqualTo(admin.userId());
        assertThat(links()).isOne();

        // From now on (issuer, subject) signs in directly, whatever the provider says about the e-mail.
        var again = new MockHttpServletRequest();
        var answer = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(again, answer, oidcLogin("changed-" + email, false));
        assertThat(answer.getRedirectedUrl()).isEqualTo("/");
        SignedInUser user = signedInUserOf(again);
        assertThat(user.userId()).isEqualTo(admin.userId());
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
    void theLinkCanBeConfirmedThroughAMailedLinkInstead() throws Exception {
        verify();
        var request = new MockHttpServletRequest();
        handler.onAuthenticationSuccess(request, new MockHttpServletResponse(), oidcLogin(email, true));
        var pending = (IdentityLinks.PendingLink) request.getSession().getAttribute(
                IdentityLinks.PendingLink.SESSION_ATTRIBUTE);

        identityLinks.mailConfirmation(pending);
        String token = SentMail.last(email).token();
        assertThat(links()).isZero();
        assertThat(identityLinks.confirmByMail(token)).isTrue();
        assertThat(identityLinks.confirmByMail(token)).as("used once").isFalse();
        assertThat(links()).isOne();

        var again = new MockHttpServletRequest();
        var answer = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(again, answer, oidcLogin(email, true));
        assertThat(answer.getRedirectedUrl()).isEqualTo("/");
        assertThat(signedInUserOf(again).userId()).isEqualTo(admin.userId());
    }

    @Test
    void anAccountWhoseAddressIsNotVerifiedIsNotLinked() throws Exception {
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(request, response, oidcLogin(email, true));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=unverified");
        assertThat(signedInUserOf(request)).isNull();
        assertThat(request.getSession().getAttribute(IdentityLinks.PendingLink.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void unverifiedEmailIsRefused() throws Exception {
        verify();
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
        assertThat(signedInUserOf(request)).isNull();
        assertThat(signIns(stranger)).containsExactly("OIDC NO_ACCOUNT");
    }

    private void verify() {
        String token = AccountTakeoverTest.verificationToken(email);
        assertThat(TestWorkspaces.as(admin, () -> {
            return accountService.verifyEmail(token);
        })).isEqualTo(AccountService.Verification.VERIFIED);
    }

    private int links() {
        return jdbc.queryForObject("select count(*) from cartera.identity_link where issuer = ? and subject = ?",
                Integer.class, ISSUER, subject);
    }

    private static SignedInUser signedInUserOf(MockHttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var saved = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return saved == null ? null : (SignedInUser) saved.getAuthentication().getPrincipal();
    }

    private OAuth2AuthenticationToken oidcLogin(String claimedEmail, boolean verified) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("iss", ISSUER, "sub", subject, "email", claimedEmail, "email_verified", verified));
        var user = new DefaultOidcUser(List.of(), token);
        return new OAuth2AuthenticationToken(user, List.of(), "test-provider");
    }
}
