package com.cartera.security;

import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The sessions of each account. A signed-in principal names its workspace and roles too, so it changes when
 * the user switches workspace or their roles change; sessions are counted per account (user id) instead.
 */
class AccountSessionRegistry extends SessionRegistryImpl {

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return super.getAllSessions(account(principal), includeExpiredSessions);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, account(principal));
    }

    private static Object account(Object principal) {
        return principal instanceof SignedInUser user ? user.userId() : principal;
    }
}
