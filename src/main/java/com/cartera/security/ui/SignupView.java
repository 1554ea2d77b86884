package com.cartera.security.ui;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.base.ui.TimeZoneField;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.SignupContinuesByMail;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.Validator;

/** Public sign-up: a company opens its workspace and its admin is signed in to it. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignupView extends AuthPage implements HasHeading {

    final TextField companyName = new TextField();
    final TextField slug = new TextField();
    final TextField adminName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final TimeZoneField timeZone;
    final Button submit = new Button();

    private final SignupService signupService;
    private final SessionSignIn sessionSignIn;
    private final Binder<SignupForm> binder = new Binder<>(SignupForm.class);
    private boolean slugEdited;

    public SignupView(SignupService signupService, SessionSignIn sessionSignIn, Validator validator, Clock clock) {
        this.signupService = signupService;
        this.sessionSignIn = sessionSignIn;
        timeZone = new TimeZoneField(clock);

        companyName.setId("signup-company");
        slug.setId("signup-slug");
        adminName.setId("signup-name");
        email.setId("signup-email");
        password.setId("signup-password");
        timeZone.setId("signup-time-zone");
        submit.setId("signup-submit");
        companyName.setLabel(getTranslation("signup.company"));
        slug.setLabel(getTranslation("signup.slug"));
        slug.setHelperText(getTranslation("signup.slug.help"));
        adminName.setLabel(getTranslation("signup.admin-name"));
        email.setLabel(getTranslation("signup.email"));
        // The field's own format check runs before the binder's validators: it needs the message too.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("signup.email.format")));
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help"));
        timeZone.setLabel(getTranslation("settings.time-zone"));
        timeZone.setHelperText(getTranslation("signup.time-zone.help"));
        timeZone.setValue(new SignupForm().getTimeZone());
        submit.setText(getTranslation("signup.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();

        companyName.setValueChangeMode(ValueChangeMode.EAGER);
        companyName.addValueChangeListener(e -> {
            if (!slugEdited) {
                slug.setValue(suggestSlug(e.getValue()));
            }
        });
        slug.addValueChangeListener(e -> slugEdited |= e.isFromClient());

        bind(validator);
        submit.addClickListener(e -> submit());

        var form = new FormLayout(companyName, slug, adminName, email, password, timeZone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(brandTitle(), new Paragraph(getTranslation("signup.intro")), form, submit,
                new Paragraph(new RouterLink(getTranslation("signup.have-account"), LoginView.class)));
        add(new LanguageSelect());
    }

    private void bind(Validator validator) {
        binder.forField(companyName).withValidator(new BeanPropertyValidator<>(validator, SignupForm.class, "companyName"))
                .bind(SignupForm::getCompanyName, SignupForm::setCompanyName);
        binder.forField(slug).withValidator(new BeanPropertyValidator<>(validator, SignupForm.class, "slug"))
                .bind(SignupForm::getSlug, SignupForm::setSlug);
        binder.forField(adminName).withValidator(new BeanPropertyValidator<>(validator, SignupForm.class, "adminName"))
                .bind(SignupForm::getAdminName, SignupForm::setAdminName);
        binder.forField(email).withValidator(new BeanPropertyValidator<>(validator, SignupForm.class, "email"))
                .bind(SignupForm::getEmail, SignupForm::setEmail);
        binder.forField(password).withValidator(new BeanPropertyValidator<>(validator, SignupForm.class, "password"))
                .bind(SignupForm::getPassword, SignupForm::setPassword);
        binder.forField(timeZone).asRequired(getTranslation("settings.time-zone.invalid"))
                .bind(SignupForm::getTimeZone, SignupForm::setTimeZone);
    }

    private void submit() {
        var form = new SignupForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            var user = signupService.signUp(form, UI.getCurrent().getLocale(), remoteAddress());
            sessionSignIn.signInAndStart(user);
        } catch (SignupContinuesByMail byMail) {
            card.removeAll();
            card.add(brandTitle(), new Paragraph(getTranslation("signup.check-mail", byMail.email())),
                    new Paragraph(new RouterLink(getTranslation("signup.have-account"), LoginView.class)));
        } catch (FieldRejectedException rejected) {
            HasValidation field = fields().getOrDefault(rejected.field(), password);
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("companyName", companyName, "slug", slug, "adminName", adminName, "email", email,
                "password", password, "timeZone", timeZone);
    }

    private static String remoteAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    /** A slug made from the company name: "Café Martínez S.L." becomes "cafe-martinez-s-l". */
    static String suggestSlug(String companyName) {
        String ascii = Normalizer.normalize(companyName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.replaceAll("^[0-9-]+", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    @Override
    public String heading() {
        return getTranslation("signup.title");
    }
}
