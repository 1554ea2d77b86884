package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Invitation links: accepted once by a new or an existing person, and never after revocation or expiry. */
@CarteraIntegrationTest
class InvitationServiceTest {

    @Autowired
    SignupService signupService;
    @Autowired
    TeamService teamService;
    @Autowired
    InvitationService invitationService;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser admin;
    private String suffix;

    @BeforeEach
    void workspace() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = TestWorkspaces.signUp(signupService, "inv-" + suffix);
        actAs(admin);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void newPersonAcceptsOnceAndLandsInTheWorkspaceWithTheRoles() {
        String email = "new-" + suffix + "@example.com";
        String token = teamService.invite(email, Set.of(Role.SALES, Role.SUPPORT));
        SecurityContextHolder.clearContext();

        var details = invitationService.find(token).orElseThrow();
        assertThat(details.email()).isEqualTo(email);
        assertThat(details.accountExists()).isFalse();
        assertThat(details.workspaceName()).isEqualTo("Empresa inv-" + suffix);

        SignedInUser joined = invitationService.accept(token, "Nora Vidal", "Nora-pass-" + suffix);

        assertThat(joined.workspace().tenant().id()).isEqualTo(admin.workspace().tenant().id());
        assertThat(joined.roles()).containsExactlyInAnyOrder(Role.SALES, Role.SUPPORT);
        String schema = admin.workspace().tenant().schema();
        assertThat(jdbc.queryForObject("select display_name from \"" + schema + "\".team_member where user_id = ?",
                String.class, joined.userId())).isEqualTo("Nora Vidal");
        assertThat(invitationService.find(token)).isEmpty();
        assertThatThrownBy(() -> invitationService.accept(token, "Otra", "Otra-pass-" + suffix))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("token"));
    }

    @Test
    void existingAccountProvesItselfWithItsPassword() {
        SignedInUser other = TestWorkspaces.signUp(signupService, "inv2-" + suffix);
        actAs(admin);
        String token = teamService.invite(other.email(), Set.of(Role.MANAGEMENT));
        SecurityContextHolder.clearContext();
        assertThat(invitationService.find(token).orElseThrow().accountExists()).isTrue();

        assertThatThrownBy(() -> invitationService.accept(token, null, "wrong-password-1"))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(invitationService.find(token)).as("a failed attempt leaves the invitation open").isPresent();

        SignedInUser joined = invitationService.accept(token, null, TestWorkspaces.PASSWORD);
        assertThat(joined.userId()).isEqualTo(other.userId());
        assertThat(joined.roles()).containsExactly(Role.MANAGEMENT);
    }

    @Test
    void revokedExpiredAndUnknownLinksOfferNothing() {
        String revoked = teamService.invite("r-" + suffix + "@example.com", Set.of(Role.SALES));
        String expired = teamService.invite("e-" + suffix + "@example.com", Set.of(Role.SALES));
        teamService.openInvitations().stream().filter(i -> i.email().startsWith("r-")).forEach(i ->
                teamService.revokeInvitation(i.id()));
        jdbc.update("update cartera.invitation set expires_at = now() - interval '1 minute' where email = ?",
                "e-" + suffix + "@example.com");

        assertThat(invitationService.find(revoked)).isEmpty();
        assertThat(invitationService.find(expired)).isEmpty();
        assertThat(invitationService.find("not-a-token")).isEmpty();
        assertThat(teamService.openInvitations()).isEmpty();
    }

    @Test
    void aMemberCannotBeInvitedAgain() {
        assertThatThrownBy(() -> teamService.invite(admin.email(), Set.of(Role.SALES)))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("team.email.already-member");
                });
    }

    private static void actAs(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(context);
    }
}
