package com.cartera.support.webform.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import com.cartera.support.TicketType;
import com.cartera.support.webform.FieldProblem;
import com.cartera.support.webform.FormCategory;
import com.cartera.support.webform.WebFormEntry;

/**
 * The fields of the public form, with the hidden one that only robots fill. A refused submission leaves every
 * value where it was; the problems are shown on their fields.
 */
class SupportFormFields extends FormLayout {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField company = new TextField();
    final TextField phone = new TextField();
    final Select<TicketType> type = new Select<>();
    final ComboBox<FormCategory> category = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea description = new TextArea();
    /** The trap: out of sight and out of the tab order, named like a field robots like to fill. */
    final TextField website = new TextField();

    private final Map<String, HasValidation> byName;

    SupportFormFields(List<FormCategory> categories) {
        addClassName("support-form-fields");
        label(name, "name", true, WebFormEntry.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        label(email, "email", true);
        label(company, "company", false, WebFormEntry.COMPANY_MAX);
        label(phone, "phone", false, WebFormEntry.PHONE_MAX);
        type.setLabel(getTranslation("support.form.field.type"));
        type.setItems(TicketType.INQUIRY, TicketType.INCIDENT, TicketType.COMPLAINT, TicketType.REQUEST);
        type.setItemLabelGenerator(value -> getTranslation("support.form.type." + value.name().toLowerCase()));
        type.setValue(TicketType.INQUIRY);
        type.setRequiredIndicatorVisible(true);
        category.setLabel(getTranslation("support.form.field.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(FormCategory::name);
        category.setClearButtonVisible(true);
        category.setVisible(!categories.isEmpty());
        label(subject, "subject", true, WebFormEntry.SUBJECT_MAX);
        description.setLabel(getTranslation("support.form.field.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(WebFormEntry.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        website.setLabel("Website");
        website.addClassName("support-form-website");
        website.setTabIndex(-1);
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        add(name, email, company, phone, type, category, subject, description, website);
        setColspan(subject, 2);
        setColspan(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        byName = Map.of("name", name, "email", email, "company", company, "phone", phone, "type", type,
                "category", category, "subject", subject, "description", description);
    }

    private void label(TextField field, String key, boolean required, int maxLength) {
        field.setLabel(getTranslation("support.form.field." + key));
        field.setRequiredIndicatorVisible(required);
        field.setMaxLength(maxLength);
    }

    private void label(EmailField field, String key, boolean required) {
        field.setLabel(getTranslation("support.form.field." + key));
        field.setRequiredIndicatorVisible(required);
        field.setMaxLength(WebFormEntry.EMAIL_MAX);
    }

    WebFormEntry entry() {
        return new WebFormEntry(name.getValue(), email.getValue(), company.getValue(), phone.getValue(),
                subject.getValue(), description.getValue(),
                category.getValue() == null ? null : category.getValue().id(), type.getValue(), website.getValue());
    }

    /** Marks the fields at fault and clears the marks of the others. */
    void show(List<FieldProblem> problems) {
        byName.values().forEach(field -> field.setInvalid(false));
        for (FieldProblem problem : problems) {
            HasValidation field = byName.get(problem.field());
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
            field.setInvalid(true);
        }
    }
}
