package com.cartera.security;

import java.util.UUID;

/**
 * An OpenID Connect sign-in after the provider authenticated someone: whether a Cartera account let them in.
 * (Password sign-ins surface as Spring Security's authentication events.)
 *
 * @param email         the provider's e-mail address, or null when it gave none verified
 * @param user          who got in, or null when nobody did
 * @param remoteAddress where the attempt came from
 */
public record OidcSignInAttempted(String email, SignedInUser user, String remoteAddress) {

    public UUID userId() {
        return user == null ? null : user.userId();
    }
}
