package com.cartera.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * "I have an account": only for signed-in users, so Vaadin takes a signed-out person through the login
 * page and back here, and this forwards to the invitation, now to accept as that account.
 */
@Route(value = "invite/:token/sign-in", autoLayout = false)
@PermitAll
public class InvitationSignInView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(InvitationView.class,
                new RouteParameters("token", event.getRouteParameters().get("token").orElse("")));
    }
}
