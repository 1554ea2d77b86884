package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.cartera.tenancy.TenantRef;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionInformation;

/** Sessions are counted per account, whatever workspace and roles the principal of each names. */
class AccountSessionRegistryTest {

    private final AccountSessionRegistry registry = new AccountSessionRegistry();

    @Test
    void theSessionsOfOneAccountAreFoundWhateverWorkspaceItWorksIn() {
        UUID account = UUID.randomUUID();
        var withoutWorkspace = new SignedInUser(account, "ana@example.org", "Ana", Locale.ROOT, null, Set.of());
        var inWorkspace = withoutWorkspace.inWorkspace(
                new SignedInUser.Workspace(new TenantRef(UUID.randomUUID(), "viveros", "t_viveros"), "Viveros"), Set.of(Role.ADMIN));
        registry.registerNewSession("one", withoutWorkspace);
        registry.registerNewSession("two", inWorkspace);
        registry.registerNewSession("someone-else", new SignedInUser(UUID.randomUUID(), "eva@example.org", "Eva",
                Locale.ROOT, null, Set.of()));

        assertThat(registry.getAllSessions(inWorkspace, false))
                .extracting(SessionInformation::getSessionId).containsExactlyInAnyOrder("one", "two");
    }
}
