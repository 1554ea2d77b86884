package com.cartera.customer.ui;

import java.util.function.Consumer;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Adds or edits one contact person of a company. */
class ContactDialog extends Dialog {

    final TextField name = new TextField();
    final TextField jobTitle = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextArea notes = new TextArea();
    final Checkbox primary = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<ContactPerson> binder = new Binder<>(ContactPerson.class);

    ContactDialog(ContactPerson contact, ContactPersonService contacts, Validator validator,
                  Consumer<ContactPerson> onSaved, Runnable onConflict) {
        addClassName("contact-dialog");
        setHeaderTitle(getTranslation(contact.getId() == null ? "contact.new" : "contact.edit"));
        name.setLabel(getTranslation("contact.name"));
        jobTitle.setLabel(getTranslation("contact.job-title"));
        email.setLabel(getTranslation("contact.email"));
        phone.setLabel(getTranslation("contact.phone"));
        notes.setLabel(getTranslation("contact.notes"));
        primary.setLabel(getTranslation("contact.primary"));

        bind(name, "name", ContactPerson::getName, ContactPerson::setName, validator);
        bind(jobTitle, "jobTitle", ContactPerson::getJobTitle, ContactPerson::setJobTitle, validator);
        bind(email, "email", ContactPerson::getEmail, ContactPerson::setEmail, validator);
        bind(phone, "phone", ContactPerson::getPhone, ContactPerson::setPhone, validator);
        bind(notes, "notes", ContactPerson::getNotes, ContactPerson::setNotes, validator);
        binder.forField(primary).bind(ContactPerson::isPrimary, ContactPerson::setPrimary);
        binder.readBean(contact);

        var form = new FormLayout(name, jobTitle, email, phone, primary, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(notes, 2);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(contact)) {
                return;
            }
            try {
                ContactPerson saved = contacts.save(contact);
                close();
                Notifications.success(getTranslation("contact.saved", saved.getName()));
                onSaved.accept(saved);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                close();
                Notifications.error(getTranslation("contact.conflict"));
                onConflict.run();
            } catch (ConstraintViolationException invalid) {
                Notifications.error(invalid.getConstraintViolations().stream()
                        .map(v -> getTranslation(BeanPropertyValidator.messageKey(v.getMessageTemplate())))
                        .findFirst().orElse(getTranslation("error.invalid")));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void bind(HasValue<?, String> field, String property, ValueProvider<ContactPerson, String> getter,
                      Setter<ContactPerson, String> setter, Validator validator) {
        binder.forField(field)
                .withNullRepresentation("")
                .withValidator(new BeanPropertyValidator<>(validator, ContactPerson.class, property))
                .bind(getter, setter);
    }
}
