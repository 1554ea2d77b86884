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

/**
 * Invitation links: accepted once, by a new person choosing their password or by an existing verified account
 * signed in as itself; never after revocation or expiry, and never revealing whether an address has an account.
 */
@CarteraIntegrationTest
class InvitationServiceTest {

    @Autowired
    SignupService signupService;
    @Autowired
    TeamService teamService;
    @Autowired
    InvitationService invitationService;
    @Autowired
    AccountService accountService;
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
        assertThat(details).isEqualTo(new InvitationService.InvitationDetails("Empresa inv-" + suffix, email,
                Set.of(Role.SALES, Role.SUPPORT)));

        var outcome = invitationService.acceptWithNewAccount(token, "Nora Vidal", "Nora-pass-" + suffix);
        SignedInUser joined = ((InvitationService.NewAccountOutcome.Joined) outcome).user();

        assertThat(joined.workspace().tenant().id()).isEqualTo(admin.workspace().tenant().id());
        assertThat(joined.roles()).containsExactlyInAnyOrder(Role.SALES, Role.SUPPORT);
        String schema = admin.workspace().tenant().schema();
        assertThat(jdbc.queryForObject("select display_name from \"" + schema + "\".team_member where user_id = ?",
                String.class, joined.userId())).isEqualTo("Nora Vidal");
        // A copied link proves nothing about the mailbox: the address waits for its mailed verification.
        assertThat(jdbc.queryForObject("select email_verified_at is null from cartera.user_account where id = ?",
                Boolean.class, joined.userId())).isTrue();
        assertThat(SentMail.last(email).text()).contains("/verify-email/");
        assertThat(invitationService.find(token)).isEmpty();
        assertThatThrownBy(() -> invitationService.acceptWithNewAccount(token, "Otra", "Otra-pass-" + suffix))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("token"));
    }

    @Test
    void theLinkSaysNothingAboutExistingAccountsAndAPasswordTypedOnItOpensNothing() {
        SignedInUser other = TestWorkspaces.signUp(signupService, "inv2-" + suffix);
        actAs(admin);
        String forExisting = teamService.invite(other.email(), Set.of(Role.MANAGEMENT));
        String forNew = teamService.invite("nadie-" + suffix + "@example.com", Set.of(Role.MANAGEMENT));
        SecurityContextHolder.clearContext();
        var existingDetails = invitationService.find(forExisting).orElseThrow();
        var newDetails = invitationService.find(forNew).orElseThrow();
        assertThat(existingDetails.workspaceName()).isEqualTo(newDetails.workspaceName());
        assertThat(existingDetails.roles()).isEqualTo(newDetails.roles());

        // Even the account's own password, typed by someone not signed in, accepts nothing.
        assertThat(invitationService.acceptWithNewAccount(forExisting, "Quien sea", TestWorkspaces.PASSWORD))
                .isEqualTo(new InvitationService.NewAccountOutcome.CheckYourMail(other.email()));
        assertThat(invitationService.find(forExisting)).as("the invitation stays open").isPresent();
        assertThat(jdbc.queryForObject("select count(*) from cartera.membership where user_id = ?", Integer.class,
                other.userId())).isOne();
        assertThat(SentMail.last(other.email()).text()).contains("/invite/" + forExisting);
    }

    @Test
    void anExistingAccountAcceptsSignedInAsItselfOnceVerified() {
        SignedInUser other = TestWorkspaces.signUp(signupService, "inv3-" + suffix);
        actAs(admin);
        String token = teamService.invite(other.email(), Set.of(Role.MANAGEMENT));

        actAs(admin);
        assertThatThrownBy(() -> invitationService.acceptAsSignedIn(token))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.other-account"));
        actAs(other);
        assertThatThrownBy(() -> invitationService.acceptAsSignedIn(token))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("invitation.unverified");
                });
        assertThat(invitationService.find(token)).isPresent();

        assertThat(accountService.verifyEmail(AccountTakeoverTest.verificationToken(other.email())))
                .isEqualTo(AccountService.Verification.VERIFIED);
        SignedInUser joined = invitationService.acceptAsSignedIn(token);
        assertThat(joined.userId()).isEqualTo(other.userId());
        assertThat(joined.workspace().tenant()).isEqualTo(admin.workspace().tenant());
        assertThat(joined.roles()).containsExactly(Role.MANAGEMENT);
        assertThat(invitationService.find(token)).isEmpty();
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
