package com.cartera.security;

/**
 * Sign-up built nothing, because the address already has an account, and told the address's owner
 * by mail instead. The form shows the same "check your mail" answer whoever typed the address, so
 * that sign-up never says whether an address has an account.
 */
public class SignupContinuesByMail extends RuntimeException {

    private final String email;

    SignupContinuesByMail(String email) {
        super("Sign-up continues by mail to the address's owner");
        this.email = email;
    }

    public String email() {
        return email;
    }
}
