package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.security.SentMail;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;

@CarteraIntegrationTest
class SignupViewTest extends KaribuTest {

    private JdbcTemplate jdbc;
    private SignupView view;

    @BeforeEach
    void openSignup() {
        jdbc = context.getBean(JdbcTemplate.class);
        UI.getCurrent().navigate("signup");
        view = _get(SignupView.class);
    }

    @Test
    void suggestsASlugFromTheCompanyName() {
        assertThat(SignupView.suggestSlug("Café Martínez S.L.")).isEqualTo("cafe-martinez-s-l");
        // Leading digits and hyphens go (a slug starts with a letter); runs of other characters become one hyphen.
        assertThat(SignupView.suggestSlug("2024 Ñandú  &  Tech")).isEqualTo("nandu-tech");
        assertThat(SignupView.suggestSlug("¡¡¡")).isEmpty();
    }

    @Test
    void typingTheCompanyNameFillsInTheSlugUntilTheSlugIsEdited() {
        _setValue(view.companyName, "Café Martínez S.L.");
        assertThat(view.slug.getValue()).isEqualTo("cafe-martinez-s-l");

        _setValue(view.slug, "mi-cafe");
        _setValue(view.companyName, "Otra Empresa");
        assertThat(view.slug.getValue()).isEqualTo("mi-cafe");
    }

    @Test
    void validSignUpCreatesTheWorkspaceAndSignsTheAdminInToIt() {
        String slug = TestData.uniqueSlug("nuevo");
        String email = TestData.uniqueEmail("lucia");
        // Upper-case letters in the address are stored in lower case.
        fill("Nuevo Café S.L.", slug, "Lucía Fernández", email.toUpperCase(), TestData.PASSWORD);

        _click(view.submit);

        // The workspace exists and is ready, with its schema.
        var tenant = jdbc.queryForMap("select id, name, status, schema_name from cartera.tenant where slug = ?", slug);
        assertThat(tenant.get("name")).isEqualTo("Nuevo Café S.L.");
        assertThat(tenant.get("status")).isEqualTo("ACTIVE");
        assertThat(tenant.get("schema_name")).isEqualTo("t_" + slug.replace('-', '_'));
        assertThat(data.schemaExists("t_" + slug.replace('-', '_'))).isTrue();
        // The admin's account was stored with the e-mail normalised, and holds the ADMIN role there.
        assertThat(data.count("select count(*) from cartera.user_account where email = ?", email)).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select r.role from cartera.membership m join cartera.user_account u on u.id = m.user_id
                join cartera.membership_role r on r.membership_id = m.id where u.email = ?""", String.class, email))
                .containsExactly("ADMIN");

        // The new admin is signed in, in the new workspace, for the rest of the HTTP session too.
        SignedInUser user = signedInUser();
        assertThat(user).isNotNull();
        assertThat(user.email()).isEqualTo(email);
        assertThat(user.displayName()).isEqualTo("Lucía Fernández");
        assertThat(user.roles()).containsExactly(Role.ADMIN);
        assertThat(user.workspace().name()).isEqualTo("Nuevo Café S.L.");
        assertThat(user.workspace().tenant().slug()).isEqualTo(slug);
        assertThat(user.workspace().tenant().id()).isEqualTo(tenant.get("id"));
        var saved = (SecurityContext) httpSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication().getPrincipal()).isEqualTo(user);

        // The browser is sent to the start page, which reloads the application as the new admin.
        assertThat(pagesOpened()).containsExactly("/");
        assertThat(data.count("select count(*) from cartera.signup_audit where slug = ? and outcome = 'CREATED'", slug))
                .isEqualTo(1);
    }

    @Test
    void aSlugInTheWrongFormatIsShownOnTheSlugField() {
        String slug = "9-empieza-por-cifra";
        String email = TestData.uniqueEmail("slug");
        fill("Empresa", slug, "Ana", email, TestData.PASSWORD);

        _click(view.submit);

        assertInvalid(view.slug, "Usa de 3 a 40 minúsculas, números o guiones, empezando por una letra y sin guion al final");
        assertValid(view.companyName, view.adminName, view.email, view.password);
        assertNothingCreated(slug, email);
    }

    @Test
    void aTooShortPasswordIsShownOnThePasswordField() {
        String slug = TestData.uniqueSlug("corta");
        String email = TestData.uniqueEmail("corta");
        fill("Empresa", slug, "Ana", email, "abc12");

        _click(view.submit);

        assertInvalid(view.password, "La contraseña necesita al menos 10 caracteres");
        assertValid(view.companyName, view.slug, view.adminName, view.email);
        assertNothingCreated(slug, email);
    }

    @Test
    void aMalformedEmailIsShownOnTheEmailField() {
        String slug = TestData.uniqueSlug("correo");
        fill("Empresa", slug, "Ana", "ana@empresa", TestData.PASSWORD);

        _click(view.submit);

        assertInvalid(view.email, "Escribe un correo electrónico válido, como ana@empresa.es");
        assertValid(view.companyName, view.slug, view.adminName, view.password);
        assertNothingCreated(slug, "ana@empresa");
    }

    @Test
    void aTakenSlugIsRefusedOnTheSlugFieldAndNothingIsLeftBehind() {
        String slug = TestData.uniqueSlug("ocupado");
        SignedInUser owner = data.newWorkspace("Primera", slug, TestData.uniqueEmail("primera"));
        long schemas = tenantSchemas();
        String email = TestData.uniqueEmail("segunda");
        fill("Segunda", slug, "Ana", email, TestData.PASSWORD);

        _click(view.submit);

        assertInvalid(view.slug, "Ese identificador ya está en uso; elige otro");
        assertThat(signedInUser()).isNull();
        // The first workspace is untouched; the second left no account, membership or schema behind.
        assertThat(jdbc.queryForList("select id from cartera.tenant where slug = ?", Object.class, slug))
                .containsExactly(owner.workspace().tenant().id());
        assertThat(data.count("select count(*) from cartera.membership where tenant_id = ?", owner.workspace().tenant().id()))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from cartera.user_account where email = ?", email)).isZero();
        assertThat(tenantSchemas()).isEqualTo(schemas);
        assertThat(pagesOpened()).isEmpty();
    }

    @Test
    void aTakenEmailGetsTheSameCheckYourMailAnswerAsAnyAndNothingIsBuilt() {
        String email = TestData.uniqueEmail("repetido");
        data.newWorkspace("Primera", TestData.uniqueSlug("primera"), email);
        long schemas = tenantSchemas();
        String slug = TestData.uniqueSlug("segunda");
        // The same address in other letter case is the same address.
        fill("Segunda", slug, "Ana", email.toUpperCase(), TestData.PASSWORD);

        _click(view.submit);

        // Nothing on the form says the address has an account; its owner gets a message instead.
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(LocatorJ._find(view, Paragraph.class).getFirst().getText())
                .isEqualTo("Te hemos enviado un correo a " + email + ". Sigue sus instrucciones para continuar.");
        assertThat(SentMail.last(email).subject()).isEqualTo("Intento de crear un espacio de trabajo con tu dirección");
        assertThat(signedInUser()).isNull();
        assertThat(data.count("select count(*) from cartera.user_account where email = ?", email)).isEqualTo(1);
        assertThat(data.count("select count(*) from cartera.tenant where slug = ?", slug)).isZero();
        assertThat(data.schemaExists("t_" + slug.replace('-', '_'))).isFalse();
        assertThat(tenantSchemas()).isEqualTo(schemas);
    }

    private void fill(String company, String slug, String adminName, String email, String password) {
        _setValue(view.companyName, company);
        _setValue(view.slug, slug);
        _setValue(view.adminName, adminName);
        _setValue(view.email, email);
        _setValue(view.password, password);
    }

    private static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private static void assertValid(HasValidation... fields) {
        for (HasValidation field : fields) {
            assertThat(field.isInvalid()).as("%s is valid", field).isFalse();
        }
    }

    private void assertNothingCreated(String slug, String email) {
        assertThat(signedInUser()).isNull();
        assertThat(data.count("select count(*) from cartera.tenant where slug = ?", slug)).isZero();
        assertThat(data.count("select count(*) from cartera.user_account where email = ?", email)).isZero();
        assertThat(data.schemaExists("t_" + slug.replace('-', '_'))).isFalse();
        assertThat(pagesOpened()).isEmpty();
    }

    private long tenantSchemas() {
        return data.count("select count(*) from information_schema.schemata where schema_name like 't\\_%'");
    }
}
