package com.cartera.security.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.security.IdentityLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link mailed to confirm a provider link: links the identity; the person then signs in with the provider. */
@Route(value = "link-identity/:token", autoLayout = false)
@AnonymousAllowed
public class IdentityLinkConfirmView extends AuthPage implements BeforeEnterObserver, HasHeading {

    final Button confirm = new Button();

    private final IdentityLinks identityLinks;

    public IdentityLinkConfirmView(IdentityLinks identityLinks) {
        this.identityLinks = identityLinks;
    }

    /** A button, not the page load, links: mail scanners that open links must not link anything. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        confirm.setText(getTranslation("link.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        confirm.addClickListener(e -> {
            boolean linked = identityLinks.confirmByMail(token);
            card.removeAll();
            card.add(brandTitle(), new Paragraph(getTranslation(linked ? "link.done" : "link.invalid")),
                    new Paragraph(new RouterLink(getTranslation("signup.have-account"), LoginView.class)));
        });
        card.removeAll();
        card.add(brandTitle(), new Paragraph(getTranslation("link.mail.intro")), confirm);
    }

    @Override
    public String heading() {
        return getTranslation("link.title");
    }
}
