package com.cartera.security.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.security.CurrentUser;
import com.cartera.security.SignInService;
import com.cartera.security.SignInService.WorkspaceChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.stream.Collectors;

/** Where a user with several workspaces picks the one to work in, after sign-in or to switch. */
@Route(value = "workspaces", autoLayout = false)
@PermitAll
public class WorkspaceChooserView extends AuthPage implements HasHeading {

    private final SignInService signInService;
    private final CurrentUser currentUser;
    private final SessionSignIn sessionSignIn;

    public WorkspaceChooserView(SignInService signInService, CurrentUser currentUser, SessionSignIn sessionSignIn,
                                AuthenticationContext authenticationContext) {
        this.signInService = signInService;
        this.currentUser = currentUser;
        this.sessionSignIn = sessionSignIn;

        card.add(new H1(getTranslation("workspaces.title")));
        var user = currentUser.require();
        var choices = signInService.workspacesOf(user.userId());
        if (choices.isEmpty()) {
            card.add(new Paragraph(getTranslation("workspaces.none")));
        }
        for (WorkspaceChoice choice : choices) {
            card.add(choiceButton(choice));
        }
        var logout = new Button(getTranslation("menu.logout"), e -> authenticationContext.logout());
        logout.addClassName("workspace-logout");
        card.add(logout);
    }

    private Button choiceButton(WorkspaceChoice choice) {
        var name = new Span(choice.name());
        name.addClassName("workspace-name");
        var roles = new Span(choice.roles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", ")));
        roles.addClassName("workspace-roles");
        var label = new Div(name, roles);
        var button = new Button(label, e -> enter(choice));
        button.addClassName("workspace-choice");
        button.setWidthFull();
        return button;
    }

    private void enter(WorkspaceChoice choice) {
        signInService.enter(currentUser.require(), choice.tenantId()).ifPresentOrElse(sessionSignIn::signInAndStart,
                () -> Notifications.error(getTranslation("workspaces.unavailable")));
    }

    @Override
    public String heading() {
        return getTranslation("workspaces.title");
    }
}
