package com.cartera.security;



import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A completed sign-in: the user and the roles of the workspace they are working in. */
public class WorkspaceAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    public WorkspaceAuthentication(SignedInUser user) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.email();
    }

}
