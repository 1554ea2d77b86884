package com.cartera.customer.ui;

import java.time.ZoneId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.cartera.base.mention.MentionField;
import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.CompanySize;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerField;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.EditConflict;
import com.cartera.customer.IncomeBand;
import com.cartera.customer.LifeStage;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.Tag;
import com.cartera.customer.TagCatalog;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The customer's profile, every editable field grouped as people think of them. Fields the signed-in
 * person may not change are read-only. The editor remembers the values it started from, so that a save
 * that meets someone else's newer version shows who changed what and keeps what was typed.
 */
class CustomerProfileForm extends VerticalLayout {

    final RadioButtonGroup<CustomerKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField taxId = new TextField();
    final Select<LifecycleStage> stage = new Select<>();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final DatePicker birthday = new DatePicker();
    final TextField city = new TextField();
    final TextField region = new TextField();
    final TextField country = new TextField();
    final TextField sector = new TextField();
    final Select<CompanySize> companySize = new Select<>();
    final Select<IncomeBand> incomeBand = new Select<>();
    final Select<LifeStage> lifeStage = new Select<>();
    final TextField interests = new TextField();
    final Select<CustomerSource> source = new Select<>();
    final TextField sourceCampaign = new TextField();
    final ComboBox<Customer> referredBy = new ComboBox<>();
    final Checkbox marketingConsent = new Checkbox();
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>();
    final Select<PaymentMethod> preferredPayment = new Select<>();
    final MentionField notes;
    final Button save = new Button();

    /** The last conflict shown, while it is open. */
    EditConflictDialog conflictDialog;

    private final CustomerService customerService;
    private final DuplicateWarning duplicateWarning;
    private final CustomerPermissions permissions;
    private final ZoneId zone;
    private final TeamDirectory teamDirectory;
    private final Validator validator;
    private final Consumer<Customer> onSaved;
    private final Binder<Customer> binder = new Binder<>(Customer.class);
    private final Map<CustomerField, Binding<Customer, ?>> bindings = new EnumMap<>(CustomerField.class);
    /** The values the editor started from. */
    private Customer base;

    /** The fields duplicates are recognised by. */
    private static final List<CustomerField> IDENTITY = List.of(CustomerField.NAME, CustomerField.EMAIL,
            CustomerField.PHONE, CustomerField.TAX_ID, CustomerField.CITY);
    /** The customer the editor writes into and saves. */
    private Customer working;

    CustomerProfileForm(CustomerService customerService, CustomerPermissions permissions, TeamDirectory teamDirectory,
                        TagCatalog tagCatalog, DuplicateWarning duplicateWarning, Validator validator,
                        ZoneId zone, Consumer<Customer> onSaved) {
        this.zone = zone;
        this.customerService = customerService;
        this.duplicateWarning = duplicateWarning;
        this.permissions = permissions;
        this.teamDirectory = teamDirectory;
        this.notes = new MentionField(teamDirectory::mentionCandidates);
        this.validator = validator;
        this.onSaved = onSaved;
        addClassName("customer-profile");
        setPadding(false);
        // Ids for the browser tests.
        name.setId("customer-name");
        email.setId("customer-email");
        city.setId("customer-city");
        save.setId("customer-save");
        notes.setId("customer-notes");

        kind.setItems(CustomerKind.values());
        kind.setItemLabelGenerator(value -> Formats.label(this, value));
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(value -> Formats.label(this, value));
        owner.setItems(teamDirectory.activeMembers());
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        owner.setClearButtonVisible(true);
        birthday.setMax(LocalDate.now());
        country.setMaxLength(2);
        country.setHelperText(getTranslation("customer.country.help"));
        optional(companySize, CompanySize.values());
        optional(incomeBand, IncomeBand.values());
        optional(lifeStage, LifeStage.values());
        optional(source, CustomerSource.values());
        optional(preferredPayment, PaymentMethod.values());
        referredBy.setItemLabelGenerator(Customer::getName);
        referredBy.setClearButtonVisible(true);
        referredBy.setItems(query -> customerService.page(CustomerFilter.NONE.withText(query.getFilter().orElse(null)),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        tags.setItems(tagCatalog.all());
        tags.setItemLabelGenerator(Tag::getName);
        marketingConsent.addValueChangeListener(e -> describeConsent());

        bindText(CustomerField.NAME, name, "name");
        bindText(CustomerField.EMAIL, email, "email");
        bindText(CustomerField.PHONE, phone, "phone");
        bindText(CustomerField.TAX_ID, taxId, "taxId");
        bindText(CustomerField.CITY, city, "city");
        bindText(CustomerField.REGION, region, "region");
        bindText(CustomerField.SECTOR, sector, "sector");
        bindText(CustomerField.INTERESTS, interests, "interests");
        bindText(CustomerField.SOURCE_CAMPAIGN, sourceCampaign, "sourceCampaign");
        bindText(CustomerField.NOTES, notes, "notes");
        bindings.put(CustomerField.COUNTRY, binder.forField(country)
                .withConverter(value -> value == null || value.isBlank() ? null : value.strip().toUpperCase(),
                        value -> value == null ? "" : value)
                .withValidator(new BeanPropertyValidator<>(validator, Customer.class, "country"))
                .bind(Customer::getCountry, Customer::setCountry));
        bindValue(CustomerField.KIND, kind, "kind");
        bindValue(CustomerField.LIFECYCLE_STAGE, stage, "lifecycleStage");
        bindValue(CustomerField.BIRTHDAY, birthday, "birthday");
        bindValue(CustomerField.OWNER, owner, "owner");
        bindValue(CustomerField.COMPANY_SIZE, companySize, "companySize");
        bindValue(CustomerField.INCOME_BAND, incomeBand, "incomeBand");
        bindValue(CustomerField.LIFE_STAGE, lifeStage, "lifeStage");
        bindValue(CustomerField.SOURCE, source, "source");
        bindValue(CustomerField.PREFERRED_PAYMENT, preferredPayment, "preferredPayment");
        bindValue(CustomerField.MARKETING_CONSENT, marketingConsent, "marketingConsent");
        bindValue(CustomerField.TAGS, tags, "tags");
        bindings.put(CustomerField.REFERRED_BY, binder.forField(referredBy)
                .withValidator(referrer -> referrer == null || working == null || working.getId() == null
                        || !referrer.getId().equals(working.getId()), getTranslation("customer.referred-by.self"))
                .bind(Customer::getReferredBy, Customer::setReferredBy));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(section("profile.section.basic", kind, name, email, phone, taxId, stage, owner, birthday),
                section("profile.section.location", city, region, country),
                section("profile.section.segmentation", sector, companySize, incomeBand, lifeStage, interests, source,
                        sourceCampaign, referredBy, tags, marketingConsent),
                section("profile.section.payment", preferredPayment),
                section("profile.section.notes", notes),
                new HorizontalLayout(save));
    }

    /**
     * Whether the person has changes not stored yet: typed in the fields, or written to the customer and waiting
     * (a duplicate warning or an edit conflict is open).
     */
    boolean hasUnsavedChanges() {
        return binder.hasChanges() || (conflictDialog != null && conflictDialog.isOpened())
                || (working != null && base != null
                        && Arrays.stream(CustomerField.values()).anyMatch(field -> field.differs(base, working)));
    }

    /** Starts editing a freshly loaded customer (or a new one): what it holds now is what changes are measured from. */
    void edit(Customer customer) {
        startFrom(EditConflict.valuesOf(customer), customer);
    }

    private void startFrom(Customer startingValues, Customer customer) {
        base = startingValues;
        working = customer;
        boolean isNew = customer.getId() == null;
        boolean anything = false;
        var editableGroups = permissions.editableGroups(customer);
        for (var entry : bindings.entrySet()) {
            boolean editable = editableGroups.contains(entry.getKey().group());
            entry.getValue().setReadOnly(!editable);
            anything |= editable;
        }
        owner.setVisible(permissions.canReassign());
        if (isNew) {
            // Marketing brings in leads only: offer the stages the person may create at.
            stage.setItems(Arrays.stream(LifecycleStage.values()).filter(permissions::canCreate).toList());
        } else {
            stage.setItems(LifecycleStage.values());
        }
        save.setVisible(anything);
        binder.readBean(customer);
        describeConsent();
    }

    private void save() {
        if (!binder.writeBeanIfValid(working)) {
            return;
        }
        // Likely duplicates are shown before a new customer, or a changed identity, is saved.
        if (working.getId() == null || IDENTITY.stream().anyMatch(field -> field.differs(base, working))) {
            duplicateWarning.check(working, this::store);
        } else {
            store();
        }
    }

    private void store() {
        try {
            Customer saved = customerService.save(working);
            Notifications.success(getTranslation("customer.saved", saved.getName()));
            onSaved.accept(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            showConflict();
        } catch (ConstraintViolationException invalid) {
            Notifications.error(invalid.getConstraintViolations().stream()
                    .map(v -> getTranslation(BeanPropertyValidator.messageKey(v.getMessageTemplate())))
                    .findFirst().orElse(getTranslation("error.invalid")));
        } catch (AccessDeniedException refused) {
            Notifications.error(getTranslation("error.forbidden"));
        }
    }

    private void showConflict() {
        Optional<Customer> current = customerService.find(working.getId());
        if (current.isEmpty()) {
            Notifications.error(getTranslation("conflict.deleted"));
            return;
        }
        EditConflict conflict = EditConflict.between(base, working, current.get());
        String who = Optional.ofNullable(conflict.changedBy()).flatMap(teamDirectory::find)
                .map(TeamMember::getDisplayName).orElse(getTranslation("conflict.someone"));
        conflictDialog = new EditConflictDialog(conflict, who, zone, choices -> {
            startFrom(conflict.currentValues(), conflict.applyMine(choices));
            save();
        }, () -> {
            customerService.find(working.getId()).ifPresent(this::edit);
            Notifications.warning(getTranslation("conflict.discarded"));
        });
        conflictDialog.open();
    }

    /** Says whether and since when the customer agreed to marketing, or that saving will record it. */
    private void describeConsent() {
        String text;
        if (!marketingConsent.getValue()) {
            text = getTranslation("customer.consent.none");
        } else if (working != null && working.isMarketingConsent() && working.getMarketingConsentAt() != null) {
            text = getTranslation("customer.consent.given",
                    Formats.dateTime(working.getMarketingConsentAt(), getLocale(), zone));
        } else {
            text = getTranslation("customer.consent.on-save");
        }
        marketingConsent.setHelperText(text);
    }

    private <F extends HasValue<?, String> & HasLabel> void bindText(CustomerField field, F component,
                                                                     String property) {
        component.setLabel(getTranslation(field.labelKey()));
        bindings.put(field, binder.forField(component)
                .withNullRepresentation("")
                .withValidator(new BeanPropertyValidator<>(validator, Customer.class, property))
                .bind(customer -> (String) field.get(customer), (customer, value) -> field.set(customer, value)));
    }

    @SuppressWarnings("unchecked")
    private <V, F extends HasValue<?, V> & HasLabel> void bindValue(CustomerField field, F component,
                                                                   String property) {
        component.setLabel(getTranslation(field.labelKey()));
        bindings.put(field, binder.forField(component)
                .withValidator(new BeanPropertyValidator<>(validator, Customer.class, property))
                .bind(customer -> (V) field.get(customer), (customer, value) -> field.set(customer, value)));
    }

    private <E extends Enum<E>> void optional(Select<E> select, E[] values) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(Formats.NONE);
        select.setItemLabelGenerator(value -> value == null ? Formats.NONE : Formats.label(this, value));
    }

    private Component section(String titleKey, Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var title = new H4(getTranslation(titleKey));
        title.addClassName("profile-section-title");
        var section = new VerticalLayout(title, form);
        section.setPadding(false);
        section.setSpacing(false);
        section.addClassName("profile-section");
        return section;
    }
}
