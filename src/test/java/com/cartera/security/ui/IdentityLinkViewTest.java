package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.IdentityLinks.PendingLink;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;

/** Confirming the first sign-in of a provider identity as the account's owner: by password, or by a mailed link. */
@CarteraIntegrationTest
class IdentityLinkViewTest extends KaribuTest {

    private SignedInUser owner;
    private PendingLink pending;

    @BeforeEach
    void aProviderVouchedForAVerifiedAccount() {
        owner = data.newWorkspace("Enlace " + TestData.uniqueSlug("l"));
        data.verifyEmail(owner.userId());
        logout();
        pending = new PendingLink("https://id.example.com", "sub-" + UUID.randomUUID(), "google", owner.userId(),
                owner.email());
        VaadinSession.getCurrent().getSession().setAttribute(PendingLink.SESSION_ATTRIBUTE, pending);
    }

    @Test
    void theAccountsPasswordLinksAndSignsIn() {
        UI.getCurrent().navigate("link-identity");
        var view = _get(IdentityLinkView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getFirst().getText()).startsWith("google confirma que eres "
                + owner.email());

        view.password.setValue("no-es-la-clave-1");
        view.confirm.click();
        assertThat(view.password.getErrorMessage()).isEqualTo("La contraseña no es correcta");
        assertThat(signedInUser()).isNull();
        assertThat(links()).isZero();

        view.password.setValue(TestData.PASSWORD);
        view.confirm.click();
        assertThat(signedInUser().userId()).isEqualTo(owner.userId());
        assertThat(pagesOpened()).containsExactly("/");
        assertThat(links()).isOne();
    }

    @Test
    void aMailedLinkConfirmsOnlyWhenItsButtonIsPressed() {
        UI.getCurrent().navigate("link-identity");
        _get(IdentityLinkView.class).mailMe.click();
        assertThat(signedInUser()).isNull();

        UI.getCurrent().navigate("link-identity/" + SentMail.last(owner.email()).token());
        var confirm = _get(IdentityLinkConfirmView.class);
        assertThat(links()).as("opening the page links nothing").isZero();
        confirm.confirm.click();
        assertThat(LocatorJ._find(confirm, Paragraph.class).getFirst().getText())
                .isEqualTo("Cuenta enlazada. Ya puedes entrar con tu proveedor de identidad.");
        assertThat(links()).isOne();
        assertThat(signedInUser()).as("the mailed link signs nobody in").isNull();
    }

    @Test
    void withoutAProviderAnswerThereIsNothingToConfirm() {
        VaadinSession.getCurrent().getSession().removeAttribute(PendingLink.SESSION_ATTRIBUTE);
        UI.getCurrent().navigate("link-identity");
        var view = _get(IdentityLinkView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getFirst().getText())
                .isEqualTo("No hay nada que enlazar. Inicia sesión de nuevo.");
        assertThat(view.confirm.isAttached()).isFalse();
    }

    private long links() {
        return data.count("select count(*) from cartera.identity_link where subject = ?", pending.subject());
    }
}
