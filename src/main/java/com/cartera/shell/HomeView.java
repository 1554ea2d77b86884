package com.cartera.shell;

import com.cartera.analytics.ui.Dashboard;
import com.cartera.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The start page: a user without a workspace picks one, everyone else starts on the home of their first role
 * (management and admins on the management dashboard, then sales, marketing, support, finance).
 */
@Route(value = "", autoLayout = false)
@Menu(title = "menu.dashboard", order = 5, icon = "vaadin:dashboard")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.get().filter(signedIn -> signedIn.currentWorkspace().isPresent());
        if (user.isEmpty()) {
            event.forwardTo("workspaces");
            return;
        }
        event.forwardTo(Dashboard.homeOf(user.get().roles()).map(Dashboard::route).orElse("customers"));
    }
}
