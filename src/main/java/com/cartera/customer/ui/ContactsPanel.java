package com.cartera.customer.ui;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The contact persons of a company customer, with adding, editing and removing for those allowed. */
class ContactsPanel extends VerticalLayout {

    final Grid<ContactPerson> grid = new Grid<>(ContactPerson.class, false);
    final Button add = new Button();

    /** The dialog opened last, while it is open. */
    ContactDialog dialog;
    ConfirmDialog confirmRemoval;

    private final ContactPersonService contacts;
    private final Validator validator;
    private long companyId;

    ContactsPanel(ContactPersonService contacts, Validator validator) {
        this.contacts = contacts;
        this.validator = validator;
        addClassName("contacts-panel");
        setPadding(false);

        add.setText(getTranslation("contact.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> open(new ContactPerson(companyId)));

        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("contact.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(ContactPerson::getJobTitle).setHeader(getTranslation("contact.job-title")).setKey("jobTitle");
        grid.addColumn(ContactPerson::getEmail).setHeader(getTranslation("contact.email")).setKey("email");
        grid.addColumn(ContactPerson::getPhone).setHeader(getTranslation("contact.phone")).setKey("phone");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contact.empty"));
        add(add, grid);
    }

    void show(Customer company, boolean mayEdit) {
        companyId = company.getId();
        add.setVisible(mayEdit);
        grid.getColumnByKey("actions").setVisible(mayEdit);
        refresh();
    }

    private void refresh() {
        grid.setItems(contacts.list(companyId));
    }

    private void open(ContactPerson contact) {
        dialog = new ContactDialog(contact, contacts, validator, saved -> refresh(), this::refresh);
        dialog.open();
    }

    private Component nameCell(ContactPerson contact) {
        var name = new Span(contact.getName());
        if (!contact.isPrimary()) {
            return name;
        }
        var badge = new Span(getTranslation("contact.primary"));
        badge.getElement().getThemeList().add("badge pill small");
        return new HorizontalLayout(name, badge);
    }

    private Component actions(ContactPerson contact) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> open(contact));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("contact.edit"));
        edit.setId("contact-edit-" + contact.getId());
        var remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemoval(contact));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("contact.remove"));
        remove.setId("contact-remove-" + contact.getId());
        return new HorizontalLayout(edit, remove);
    }

    private void confirmRemoval(ContactPerson contact) {
        confirmRemoval = new ConfirmDialog(getTranslation("contact.remove"),
                getTranslation("contact.remove.confirm", contact.getName()), getTranslation("contact.remove"), e -> {
            try {
                contacts.delete(companyId, contact.getId(), contact.getVersion());
                Notifications.success(getTranslation("contact.removed", contact.getName()));
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("contact.conflict"));
            }
            refresh();
        });
        confirmRemoval.setCancelable(true);
        confirmRemoval.setCancelText(getTranslation("action.cancel"));
        confirmRemoval.setConfirmButtonTheme("error primary");
        confirmRemoval.open();
    }
}
