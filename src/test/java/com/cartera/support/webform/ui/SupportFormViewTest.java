package com.cartera.support.webform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.RenderedText;
import com.cartera.TestData;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketType;
import com.cartera.support.webform.FormSettings;
import com.cartera.support.webform.WebFormSettings;

/** The public form page, seen by someone who signs in nowhere. */
@CarteraIntegrationTest
class SupportFormViewTest extends KaribuTest {

    private SignedInUser admin;
    private String key;
    private long category;

    @BeforeEach
    void aWorkspaceWithItsFormOn() {
        browserLanguage(Locale.forLanguageTag("es-ES"));
        admin = data.newWorkspace("Ayuda " + TestData.uniqueSlug("f"));
        category = context.getBean(JdbcTemplate.class).queryForObject("insert into "
                + admin.workspace().tenant().schema() + ".ticket_category (name) values ('Entregas web') returning id",
                Long.class);
        var settings = context.getBean(WebFormSettings.class);
        as(admin, () -> settings.save(new FormSettings(true, "Respondemos en un día laborable.", Set.of(category), 0)));
        String address = as(admin, settings::publicAddress);
        key = address.substring(address.lastIndexOf('/') + 1);
    }

    private static void browserLanguage(Locale locale) {
        var request = (VaadinServletRequest) VaadinRequest.getCurrent();
        ((FakeRequest) request.getRequest()).setLocaleInt(locale);
    }

    private SupportFormView open(String formKey) {
        UI.getCurrent().navigate("ayuda/" + formKey);
        return _get(SupportFormView.class);
    }

    private static void fill(SupportFormFields fields, String email) {
        _setValue(fields.name, "Ana Pérez");
        _setValue(fields.email, email);
        _setValue(fields.subject, "No llega el pedido");
        _setValue(fields.description, "Pedí el 3 de mayo y no ha llegado.");
    }

    @Test
    void showsTheWorkspacesFormWithItsTextAndCategories() {
        SupportFormView view = open(key);

        assertThat(RenderedText.of(view)).contains(admin.workspace().name(), "Abrir una consulta",
                "Respondemos en un día laborable.");
        assertThat(view.fields.category.isVisible()).isTrue();
        assertThat(view.fields.category.getListDataView().getItems().map(c -> c.name())).containsExactly("Entregas web");
        assertThat(view.fields.type.getValue()).isEqualTo(TicketType.INQUIRY);
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode().isEnabled()).isFalse();
    }

    @Test
    void sendingOpensATicketAndSaysItsNumber() {
        SupportFormView view = open(key);
        String email = TestData.uniqueEmail("ana");
        fill(view.fields, email);
        view.fields.category.setValue(view.fields.category.getListDataView().getItem(0));
        _setValue(view.fields.type, TicketType.COMPLAINT);

        _click(view.send);

        long ticket = context.getBean(JdbcTemplate.class).queryForObject("select id from "
                + admin.workspace().tenant().schema() + ".ticket where category_id = ? and type = 'COMPLAINT'",
                Long.class, category);
        assertThat(RenderedText.of(view)).contains("Consulta recibida",
                "Hemos registrado tu consulta con el número #" + ticket + ". Te hemos enviado una confirmación a "
                        + email + ".");
        assertThat(SentMail.last(email).subject()).isEqualTo("Hemos recibido tu consulta #" + ticket);
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesTheField() {
        SupportFormView view = open(key);
        fill(view.fields, "ana@sin-dominio");
        _setValue(view.fields.phone, "12");

        _click(view.send);

        assertThat(view.fields.email.isInvalid()).isTrue();
        assertThat(view.fields.email.getErrorMessage())
                .isEqualTo("El correo electrónico no parece válido (por ejemplo, nombre@empresa.es).");
        assertThat(view.fields.phone.isInvalid()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("Revisa los campos marcados; lo que has escrito se conserva.");
        assertThat(view.fields.description.getValue()).isEqualTo("Pedí el 3 de mayo y no ha llegado.");

        _setValue(view.fields.email, TestData.uniqueEmail("corregido"));
        _setValue(view.fields.phone, "");
        _click(view.send);
        assertThat(RenderedText.of(view)).contains("Consulta recibida");
    }

    @Test
    void aRobotFillingTheHiddenFieldIsRefusedAndNothingIsOpened() {
        SupportFormView view = open(key);
        fill(view.fields, TestData.uniqueEmail("robot"));
        view.fields.website.setValue("https://spam.example");

        _click(view.send);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("No hemos podido aceptar el envío.");
        assertThat(view.fields.subject.getValue()).isEqualTo("No llega el pedido");
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema() + ".ticket")).isZero();
    }

    @Test
    void anUnknownAddressAndASwitchedOffFormShowTheSamePage() {
        var unknown = RenderedText.of(open("AAAAAAAAAAAAAAAAAAAAAA"));
        var settings = context.getBean(WebFormSettings.class);
        as(admin, () -> settings.save(new FormSettings(false, null, Set.of(), settings.settings().version())));
        SupportFormView off = open(key);

        assertThat(RenderedText.of(off)).isEqualTo(unknown).contains("Formulario no disponible")
                .doesNotContain(admin.workspace().name());
        assertThat(off.fields).isNull();
    }

    @Test
    void speaksTheBrowsersLanguage() {
        browserLanguage(Locale.forLanguageTag("en-GB"));

        SupportFormView view = open(key);

        assertThat(RenderedText.of(view)).contains("Open a request");
        assertThat(view.fields.subject.getLabel()).isEqualTo("Subject");
    }
}
