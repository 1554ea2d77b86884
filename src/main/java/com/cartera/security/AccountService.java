package com.cartera.security;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users change about their own account. */
@Service
@Transactional
@PermitAll
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Remembers the UI language the user chose, for their next sign-in. */
    public void rememberLocale(Locale locale) {
        accounts.findById(currentUser.require().userId()).ifPresent(account -> account.setLocale(locale));
    }
}
