package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;

/**
 * Password sign-in, through the authentication manager that Spring Security's login filter uses
 * (the filter itself does not run in these tests).
 */
@CarteraIntegrationTest
class CarteraAuthenticationProviderTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    private AuthenticationManager manager;
    private TestData data;

    @BeforeEach
    void setUp() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
        data = new TestData(context);
    }

    private Authentication signIn(String email, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void theRightPasswordSignsInStraightIntoTheOnlyWorkspace() {
        String email = TestData.uniqueEmail("unico");
        SignedInUser admin = data.newWorkspace("Único", TestData.uniqueSlug("unico"), email);

        // The address is matched whatever its case and surrounding spaces.
        Authentication result = signIn("  " + email.toUpperCase() + " ", TestData.PASSWORD);

        assertThat(result).isInstanceOf(WorkspaceAuthentication.class);
        assertThat(result.isAuthenticated()).isTrue();
        SignedInUser user = (SignedInUser) result.getPrincipal();
        assertThat(user.userId()).isEqualTo(admin.userId());
        assertThat(user.email()).isEqualTo(email);
        assertThat(user.workspace()).isNotNull();
        assertThat(user.workspace().tenant()).isEqualTo(admin.workspace().tenant());
        assertThat(user.workspace().name()).isEqualTo("Único");
        assertThat(user.roles()).containsExactly(Role.ADMIN);
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
    }

    @Test
    void someoneInTwoWorkspacesSignsInWithoutOneAndChoosesLater() {
        String email = TestData.uniqueEmail("doble");
        data.newWorkspace("Primero", TestData.uniqueSlug("primero"), email);
        SignedInUser otherAdmin = data.newWorkspace("Segundo");
        data.addMember(otherAdmin, email, "ignored for an existing account", Set.of(Role.SALES));

        SignedInUser user = (SignedInUser) signIn(email, TestData.PASSWORD).getPrincipal();

        assertThat(user.workspace()).isNull();
        assertThat(user.roles()).isEmpty();
    }

    @Test
    void aWrongPasswordOrUnknownAddressIsRefused() {
        String email = TestData.uniqueEmail("mal");
        data.newWorkspace("Mal", TestData.uniqueSlug("mal"), email);

        assertThatThrownBy(() -> signIn(email, TestData.PASSWORD + "x")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(TestData.uniqueEmail("nadie"), TestData.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    private Authentication signIn(String email, String password, String client) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return manager.authenticate(token);
    }

    @Test
    void afterThreeFreeFailuresTheNextAttemptFromThatAddressWaitsEvenWithTheRightPassword() {
        String email = TestData.uniqueEmail("espera");
        data.newWorkspace("Espera", TestData.uniqueSlug("espera"), email);

        for (int failure = 1; failure <= 4; failure++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password-1", "192.0.2.41"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(email.toUpperCase(), TestData.PASSWORD, "192.0.2.41"))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.retryAfter())
                        .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(signIn(email, TestData.PASSWORD, "192.0.2.42").isAuthenticated())
                .as("the wait holds up that address only").isTrue();
    }

    @Test
    void anAttackerElsewhereCannotLockThePersonOut() {
        String email = TestData.uniqueEmail("victima");
        data.newWorkspace("Víctima", TestData.uniqueSlug("victima"), email);
        assertThat(signIn(email, TestData.PASSWORD, "192.0.2.51").isAuthenticated()).isTrue();

        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThatThrownBy(() -> signIn(email, "guess-" + UUID.randomUUID(), "198.51.100.52"))
                    .isInstanceOfAny(BadCredentialsException.class, LoginThrottledException.class);
        }

        assertThat(signIn(email, TestData.PASSWORD, "192.0.2.51").isAuthenticated()).isTrue();
    }

    @Test
    void threeFailuresCostNothingAndASuccessStartsTheCountAgain() {
        String email = TestData.uniqueEmail("tres");
        data.newWorkspace("Tres", TestData.uniqueSlug("tres"), email);

        for (int failure = 1; failure <= 3; failure++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password-1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(email, TestData.PASSWORD).isAuthenticated()).isTrue();

        for (int failure = 1; failure <= 3; failure++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password-1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(email, TestData.PASSWORD).isAuthenticated()).isTrue();
    }
}
