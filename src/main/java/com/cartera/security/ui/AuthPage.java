package com.cartera.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.communication.PushMode;

/** The pages around signing in: one centred card on a quiet background. */
abstract class AuthPage extends VerticalLayout {

    /** What the page shows; subclasses fill it. */
    protected final Div card = new Div();

    AuthPage() {
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("auth-card");
        add(card);
        // No push connection on these pages: signing in changes the session's id, and the connection a sign-in page
        // held under the old one ended the new session when the browser left the page at once (a person who opened
        // another address right after signing in found themselves signed out). Nothing live happens here anyway.
        addAttachListener(event -> event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
    }

    /** The product's name as the card's heading. */
    protected H1 brandTitle() {
        var title = new H1(getTranslation("app.name"));
        title.addClassName("auth-title");
        return title;
    }
}
