package com.cartera.security;

import static com.cartera.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * Issue 10, finding 1: an admin of workspace A "adds" the address of company B's CEO before B does, and
 * so holds the account B's CEO later works in. Under the account model no admin chooses or learns a
 * password, and an account joins another workspace only by accepting while signed in as itself, with an
 * address verified by mailbox and password together.
 */
@CarteraIntegrationTest
class AccountTakeoverTest {

    private static final String CEO_PASSWORD = "Ceo-propia-2026";
    private static final String ATTACKER_PASSWORD = "Atacante-2026!";

    @Autowired
    ApplicationContext context;
    @Autowired
    TeamService team;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accountService;
    @Autowired
    SignInService signIn;
    @Autowired
    IdentityLinks identityLinks;
    @Autowired
    AuthenticationConfiguration authentication;

    private TestData data;
    private SignedInUser adminA;
    private SignedInUser adminB;
    private String ceo;

    @BeforeEach
    void twoCompanies() {
        data = new TestData(context);
        adminA = data.newWorkspace("Empresa A");
        adminB = data.newWorkspace("Empresa B");
        ceo = TestData.uniqueEmail("ceo");
    }

    @Test
    void theInvitingAdminGetsNoPasswordAndNoAccountUntilThePersonAcceptsAndTheyJoinBOnlyAsThemselves() throws Exception {
        // A's admin invites the CEO: a link, no password, no account.
        String linkOfA = as(adminA, () -> team.invite(ceo, Set.of(Role.ADMIN)));
        assertThat(data.count("select count(*) from cartera.user_account where email = ?", ceo)).isZero();
        assertThatThrownBy(() -> signInWith(ceo, TestData.PASSWORD)).isInstanceOf(BadCredentialsException.class);

        // B invites the same address and gets the same kind of answer: a link, nothing about other workspaces.
        String linkOfB = as(adminB, () -> team.invite(ceo, Set.of(Role.SALES)));
        assertThat(as(adminB, () -> team.openInvitations())).singleElement()
                .satisfies(open -> assertThat(open.email()).isEqualTo(ceo));

        // The CEO accepts B's invitation, choosing their own password.
        var joined = (InvitationService.NewAccountOutcome.Joined) invitations.acceptWithNewAccount(linkOfB,
                "Clara Ceo", CEO_PASSWORD);
        UUID ceoId = joined.user().userId();
        assertThat(joined.user().workspace().tenant()).isEqualTo(adminB.workspace().tenant());

        // A's admin, holding A's link, cannot make the account theirs: nothing is accepted, the owner is told.
        assertThat(invitations.acceptWithNewAccount(linkOfA, "Falsa Ceo", ATTACKER_PASSWORD))
                .isEqualTo(new InvitationService.NewAccountOutcome.CheckYourMail(ceo));
        assertThat(SentMail.last(ceo).text()).contains("Empresa A").contains("/invite/" + linkOfA);
        assertThatThrownBy(() -> signInWith(ceo, ATTACKER_PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signInWith(ceo, CEO_PASSWORD).userId()).isEqualTo(ceoId);
        assertThat(membershipsOf(ceoId)).isOne();

        // Nor can A's admin accept it signed in as themselves.
        assertThatThrownBy(() -> as(adminA, () -> invitations.acceptAsSignedIn(linkOfA)))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.other-account"));

        // The CEO joins A only signed in as themselves, once their address is verified.
        SignedInUser ceoSignedIn = signIn.signedIn(ceoId).orElseThrow();
        assertThatThrownBy(() -> as(ceoSignedIn, () -> invitations.acceptAsSignedIn(linkOfA)))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.unverified"));
        assertThat(as(ceoSignedIn, () -> accountService.verifyEmail(verificationToken(ceo))))
                .isEqualTo(AccountService.Verification.VERIFIED);
        SignedInUser inA = as(ceoSignedIn, () -> invitations.acceptAsSignedIn(linkOfA));
        assertThat(inA.workspace().tenant()).isEqualTo(adminA.workspace().tenant());
        assertThat(inA.roles()).containsExactly(Role.ADMIN);
        assertThat(membershipsOf(ceoId)).isEqualTo(2);
    }

    @Test
    void anAccountAnAdminMadeForSomeoneElsesAddressCannotBeVerifiedNorJoinAnotherWorkspaceNorBeLinked() throws Exception {
        // The copyable link lets A's admin make an account for the CEO's address in A, with their own password.
        String linkOfA = as(adminA, () -> team.invite(ceo, Set.of(Role.SALES)));
        var madeByA = (InvitationService.NewAccountOutcome.Joined) invitations.acceptWithNewAccount(linkOfA,
                "Falsa Ceo", ATTACKER_PASSWORD);
        SignedInUser attackerAsCeo = signInWith(ceo, ATTACKER_PASSWORD);

        // B's invitation reaches that account only through B's link, and even with it the account may not accept.
        String linkOfB = as(adminB, () -> team.invite(ceo, Set.of(Role.ADMIN)));
        assertThatThrownBy(() -> as(attackerAsCeo, () -> invitations.acceptAsSignedIn(linkOfB)))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.unverified"));

        // Accepting through a copyable link verified nothing; the verification link went to the real mailbox,
        // and opening it signed in as any other account changes nothing.
        String mailed = verificationToken(ceo);
        assertThat(as(adminA, () -> accountService.verifyEmail(mailed)))
                .isEqualTo(AccountService.Verification.OTHER_ACCOUNT);
        assertThat(data.count("select count(*) from cartera.user_account where email = ? and email_verified_at is null",
                ceo)).isOne();

        // A provider vouching for the CEO's address does not lead into that account either.
        assertThat(identityLinks.decide("https://id.example", "ceo-subject", "example", ceo))
                .isEqualTo(new IdentityLinks.Outcome.Refused("unverified"));
        assertThat(membershipsOf(madeByA.user().userId())).isOne();
    }

    private SignedInUser signInWith(String email, String password) throws Exception {
        var result = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        return (SignedInUser) result.getPrincipal();
    }

    private long membershipsOf(UUID userId) {
        return data.count("select count(*) from cartera.membership where user_id = ?", userId);
    }

    /** The token of the newest verification link mailed to the address. */
    static String verificationToken(String email) {
        return SentMail.to(email).stream().filter(message -> message.text().contains("/verify-email/"))
                .reduce((first, second) -> second).orElseThrow().token();
    }
}
