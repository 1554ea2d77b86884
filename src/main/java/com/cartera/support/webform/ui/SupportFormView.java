package com.cartera.support.webform.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.base.ui.UiLocale;
import com.cartera.support.webform.OfferedForm;
import com.cartera.support.webform.WebFormResult;
import com.cartera.support.webform.WebFormSubmissions;

/**
 * The public support form of one workspace, {@code /ayuda/<key>}: anyone may open a ticket here, nobody signs in.
 * It speaks the browser's language (Spanish or English) unless one was chosen on the page. An unknown address and
 * a form switched off show the same page, so trying addresses tells nothing.
 */
@Route(value = "ayuda/:key", autoLayout = false)
@AnonymousAllowed
public class SupportFormView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final Div card = new Div();
    final Paragraph problem = new Paragraph();
    final Button send = new Button();
    SupportFormFields fields;

    private final WebFormSubmissions submissions;
    private OfferedForm form;
    private String stamp;

    public SupportFormView(WebFormSubmissions submissions) {
        this.submissions = submissions;
        speakBrowserLanguage();
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        card.addClassNames("auth-card", "support-form-card");
        add(card, new LanguageSelect());
        // Nothing live happens on this page, and a push connection per anonymous visitor would cost for nothing.
        addAttachListener(event -> event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
    }

    /** The browser's language when nobody chose one on a page of this session (people here have no account). */
    private static void speakBrowserLanguage() {
        UI ui = UI.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (ui == null || request == null || UiLocale.chosen(VaadinSession.getCurrent()).isPresent()) {
            return;
        }
        Locale locale = UiLocale.supported(request.getLocale());
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OfferedForm> offered = submissions.open(event.getRouteParameters().get("key").orElse(""));
        card.removeAll();
        offered.ifPresentOrElse(this::showForm, this::showUnavailable);
    }

    private void showForm(OfferedForm offered) {
        form = offered;
        stamp = offered.stamp();
        fields = new SupportFormFields(offered.categories());
        var title = new H1(offered.workspace());
        title.addClassName("auth-title");
        card.add(title, new H2(getTranslation("support.form.title")));
        if (offered.intro() != null) {
            var intro = new Paragraph(offered.intro());
            intro.addClassName("support-form-intro");
            card.add(intro);
        }
        problem.addClassName("auth-problem");
        problem.setVisible(false);
        send.setText(getTranslation("support.form.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> submit());
        card.add(fields, problem, send, new Paragraph(getTranslation("support.form.privacy")));
    }

    private void showUnavailable() {
        form = null;
        var title = new H1(getTranslation("support.form.unavailable.title"));
        title.addClassName("auth-title");
        card.add(title, new Paragraph(getTranslation("support.form.unavailable.text")));
    }

    private void submit() {
        WebFormResult result = submissions.submit(form.key(), fields.entry(), stamp, remoteAddress(),
                UiLocale.supported(getLocale()));
        fields.show(result.problems());
        switch (result.outcome()) {
            case ACCEPTED -> showReceived(result.ticketNumber());
            case UNAVAILABLE -> {
                card.removeAll();
                showUnavailable();
            }
            case STALE -> {
                stamp = result.stamp();
                tell("support.form.refused.stale");
            }
            case INVALID -> tell("support.form.refused.invalid");
            case SPAM, TOO_FAST -> tell("support.form.refused.robot");
            case CLIENT_LIMIT -> tell("support.form.refused.client-limit");
            case WORKSPACE_LIMIT -> tell("support.form.refused.workspace-limit");
        }
    }

    private void tell(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }

    private void showReceived(String number) {
        String address = fields.email.getValue().strip();
        card.removeAll();
        var title = new H1(getTranslation("support.form.received.title"));
        title.addClassName("auth-title");
        var text = new Paragraph(getTranslation("support.form.received.text", number, address));
        text.addClassName("support-form-received");
        card.add(title, text);
    }

    /** The client's address: {@code security.TrustedProxies} puts the forwarded one here behind a known proxy. */
    private static String remoteAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String heading() {
        return getTranslation("support.form.title");
    }
}
