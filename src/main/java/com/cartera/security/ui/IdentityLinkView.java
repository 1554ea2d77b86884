package com.cartera.security.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.IdentityLinks;
import com.cartera.security.IdentityLinks.PendingLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * After a provider vouched for the address of an account it is not linked to yet: the account's owner
 * confirms the link with the account's password, or asks for a confirmation link by mail.
 */
@Route(value = "link-identity", autoLayout = false)
@AnonymousAllowed
public class IdentityLinkView extends AuthPage implements BeforeEnterObserver, HasHeading {

    final PasswordField password = new PasswordField();
    final Button confirm = new Button();
    final Button mailMe = new Button();

    private final IdentityLinks identityLinks;
    private final SessionSignIn sessionSignIn;

    public IdentityLinkView(IdentityLinks identityLinks, SessionSignIn sessionSignIn) {
        this.identityLinks = identityLinks;
        this.sessionSignIn = sessionSignIn;
        add(new LanguageSelect());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        card.add(brandTitle());
        var session = VaadinSession.getCurrent().getSession();
        if (!(session.getAttribute(PendingLink.SESSION_ATTRIBUTE) instanceof PendingLink pending)) {
            card.add(new Paragraph(getTranslation("link.nothing")),
                    new Paragraph(new RouterLink(getTranslation("signup.have-account"), LoginView.class)));
            return;
        }
        card.add(new Paragraph(getTranslation("link.intro", pending.provider(), pending.email())));
        password.setLabel(getTranslation("link.password"));
        password.setWidthFull();
        confirm.setText(getTranslation("link.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        confirm.addClickListener(e -> {
            try {
                var user = identityLinks.confirmWithPassword(pending, password.getValue());
                session.removeAttribute(PendingLink.SESSION_ATTRIBUTE);
                sessionSignIn.signInAndStart(user);
            } catch (FieldRejectedException rejected) {
                password.setErrorMessage(getTranslation(rejected.messageKey()));
                password.setInvalid(true);
            }
        });
        mailMe.setText(getTranslation("link.mail"));
        mailMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mailMe.setWidthFull();
        mailMe.addClickListener(e -> {
            identityLinks.mailConfirmation(pending);
            session.removeAttribute(PendingLink.SESSION_ATTRIBUTE);
            card.removeAll();
            card.add(brandTitle(), new Paragraph(getTranslation("link.mail.sent", pending.email())));
        });
        card.add(password, confirm, mailMe);
    }

    @Override
    public String heading() {
        return getTranslation("link.title");
    }
}
