package com.cartera.shell;

import com.cartera.security.CurrentUser;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: a user without a workspace picks one, everyone else starts with the customers. */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().flatMap(SignedInUser::currentWorkspace).isPresent()) {
            event.forwardTo("customers");
        } else {
            event.forwardTo("workspaces");
        }
    }
}
