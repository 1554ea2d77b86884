package com.cartera.customer.ui;

import java.util.function.Consumer;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.component.HasValue;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates or edits one customer, checking each field as it is typed and again on save. */
class CustomerForm extends VerticalLayout {

    final H3 title = new H3();
    final RadioButtonGroup<CustomerKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField taxId = new TextField();
    final TextField city = new TextField();
    final TextField region = new TextField();
    final TextField country = new TextField();
    final Select<LifecycleStage> stage = new Select<>();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final CustomerService customerService;
    private final Binder<Customer> binder = new Binder<>(Customer.class);
    private final Consumer<Customer> onSaved;
    private Customer customer;

    CustomerForm(CustomerService customerService, TeamDirectory teamDirectory, Validator validator,
                 Consumer<Customer> onSaved, Runnable onClosed) {
        this.customerService = customerService;
        this.onSaved = onSaved;
        addClassName("customer-form");
        setPadding(true);

        name.setId("customer-name");
        email.setId("customer-email");
        phone.setId("customer-phone");
        city.setId("customer-city");
        save.setId("customer-save");
        kind.setLabel(getTranslation("customer.kind"));
        kind.setItems(CustomerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("customer.kind." + k.name()));
        name.setLabel(getTranslation("customer.name"));
        email.setLabel(getTranslation("customer.email"));
        // The field's own format check runs before the binder's validators: it needs the message too.
        phone.setLabel(getTranslation("customer.phone"));
        taxId.setLabel(getTranslation("customer.tax-id"));
        city.setLabel(getTranslation("customer.city"));
        region.setLabel(getTranslation("customer.region"));
        country.setLabel(getTranslation("customer.country"));
        country.setHelperText(getTranslation("customer.country.help"));
        country.setMaxLength(2);
        stage.setLabel(getTranslation("customer.stage"));
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        owner.setLabel(getTranslation("customer.owner"));
        owner.setItems(teamDirectory.activeMembers());
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        owner.setClearButtonVisible(true);
        notes.setLabel(getTranslation("customer.notes"));

        bind(kind, "kind", Customer::getKind, Customer::setKind, validator);
        bind(name, "name", Customer::getName, Customer::setName, validator);
        bind(email, "email", Customer::getEmail, Customer::setEmail, validator);
        bind(phone, "phone", Customer::getPhone, Customer::setPhone, validator);
        bind(taxId, "taxId", Customer::getTaxId, Customer::setTaxId, validator);
        bind(city, "city", Customer::getCity, Customer::setCity, validator);
        bind(region, "region", Customer::getRegion, Customer::setRegion, validator);
        bind(stage, "lifecycleStage", Customer::getLifecycleStage, Customer::setLifecycleStage, validator);
        bind(notes, "notes", Customer::getNotes, Customer::setNotes, validator);
        binder.forField(country)
                .withConverter(value -> value == null || value.isBlank() ? null : value.strip().toUpperCase(),
                        value -> value == null ? "" : value)
                .withValidator(new BeanPropertyValidator<>(validator, Customer.class, "country"))
                .bind(Customer::getCountry, Customer::setCountry);
        binder.forField(owner).bind(Customer::getOwner, Customer::setOwner);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> onClosed.run());

        var form = new FormLayout(kind, name, email, phone, taxId, stage, owner, city, region, country, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(kind, 2);
        form.setColspan(name, 2);
        form.setColspan(notes, 2);
        add(title, form, new HorizontalLayout(save, cancel));
    }

    private <V> void bind(HasValue<?, V> field, String property, ValueProvider<Customer, V> getter,
                          Setter<Customer, V> setter, Validator validator) {
        binder.forField(field)
                .withValidator(new BeanPropertyValidator<>(validator, Customer.class, property))
                .bind(getter, setter);
    }

    void edit(Customer customer) {
        this.customer = customer;
        title.setText(getTranslation(customer.getId() == null ? "customer.new" : "customer.edit"));
        binder.readBean(customer);
        name.focus();
    }

    private void save() {
        if (!binder.writeBeanIfValid(customer)) {
            return;
        }
        try {
            Customer saved = customerService.save(customer);
            Notifications.success(getTranslation("customer.saved", saved.getName()));
            onSaved.accept(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("customer.conflict"));
        } catch (ConstraintViolationException invalid) {
            Notifications.error(invalid.getConstraintViolations().stream()
                    .map(v -> getTranslation(BeanPropertyValidator.messageKey(v.getMessageTemplate())))
                    .findFirst().orElse(getTranslation("error.invalid")));
        }
    }
}
