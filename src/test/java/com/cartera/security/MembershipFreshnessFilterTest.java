package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * An admin who was demoted or shut out keeps a signed-in session open (here: the session of the open Team
 * page) and sends one more request. The change must apply to that very request: a removed person's session
 * ends, a demoted admin's request runs with the new roles and cannot invite anyone.
 */
@CarteraIntegrationTest
class MembershipFreshnessFilterTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SignInService signIn;
    @Autowired
    TeamService team;

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private TestData data;
    private SignedInUser owner;
    private SignedInUser secondAdmin;
    private MockHttpSession secondAdminsSession;

    @BeforeEach
    void aWorkspaceWithTwoAdminsEachSignedIn() {
        data = new TestData(context);
        owner = data.newWorkspace("Revocación " + TestData.uniqueSlug("rv"));
        secondAdmin = data.addMember(owner, TestData.uniqueEmail("admin2"), "Segunda Admin", Set.of(Role.ADMIN));
        secondAdminsSession = new MockHttpSession();
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(new WorkspaceAuthentication(secondAdmin));
        secondAdminsSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAChangeTheRequestRunsAsBefore() throws Exception {
        Authentication during = nextRequestOfTheSecondAdmin(() -> { });

        assertThat(during.getPrincipal()).isEqualTo(secondAdmin);
        assertThat(secondAdminsSession.isInvalid()).isFalse();
    }

    @Test
    void aPersonSetToNoAccessHasTheirSessionEndedAtTheirNextRequest() throws Exception {
        TestData.as(owner, () -> team.setActive(membershipOf(secondAdmin), versionOf(secondAdmin), false));

        AtomicReference<String> inviteOutcome = new AtomicReference<>("not tried");
        Authentication during = nextRequestOfTheSecondAdmin(() -> inviteOutcome.set(tryToInviteABackdoorAdmin()));

        assertThat(during).isNull();
        assertThat(secondAdminsSession.isInvalid()).isTrue();
        assertThat(inviteOutcome.get()).isEqualTo("refused");
    }

    @Test
    void aDemotedAdminsNextRequestRunsWithTheNewRolesAndCannotInvite() throws Exception {
        TestData.as(owner, () -> team.changeRoles(membershipOf(secondAdmin), versionOf(secondAdmin), Set.of(Role.SALES)));

        AtomicReference<String> inviteOutcome = new AtomicReference<>("not tried");
        Authentication during = nextRequestOfTheSecondAdmin(() -> inviteOutcome.set(tryToInviteABackdoorAdmin()));

        assertThat(((SignedInUser) during.getPrincipal()).roles()).containsExactly(Role.SALES);
        assertThat(inviteOutcome.get()).isEqualTo("refused");
        // The session keeps the new roles for the requests after this one.
        var kept = repository.loadDeferredContext(requestInSession()).get().getAuthentication();
        assertThat(((SignedInUser) kept.getPrincipal()).roles()).containsExactly(Role.SALES);
        assertThat(secondAdminsSession.isInvalid()).isFalse();
    }

    /** Runs the filter for one request of the second admin's session, as the security filter chain would. */
    private Authentication nextRequestOfTheSecondAdmin(Runnable inTheRequest) throws Exception {
        var request = requestInSession();
        SecurityContextHolder.setContext(repository.loadDeferredContext(request).get());
        AtomicReference<Authentication> seen = new AtomicReference<>();
        new MembershipFreshnessFilter(signIn, repository).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.set(SecurityContextHolder.getContext().getAuthentication());
            inTheRequest.run();
        });
        return seen.get();
    }

    private MockHttpServletRequest requestInSession() {
        var request = new MockHttpServletRequest("POST", "/");
        request.setServletPath("/");
        request.setSession(secondAdminsSession);
        return request;
    }

    private String tryToInviteABackdoorAdmin() {
        try {
            team.invite(TestData.uniqueEmail("backdoor"), Set.of(Role.ADMIN));
            return "invited";
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return "refused";
        }
    }

    private UUID membershipOf(SignedInUser member) {
        return TestData.as(owner, () -> team.members().stream().filter(m -> m.userId().equals(member.userId()))
                .findFirst().orElseThrow().membershipId());
    }

    private long versionOf(SignedInUser member) {
        return TestData.as(owner, () -> team.members().stream().filter(m -> m.userId().equals(member.userId()))
                .findFirst().orElseThrow().version());
    }
}
