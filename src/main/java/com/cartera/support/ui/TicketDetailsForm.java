package com.cartera.support.ui;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.cartera.base.ui.Notifications;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.customer.ContactPerson;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.Ticket;
import com.cartera.support.TicketCategory;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketFields;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketRefusedException;
import com.cartera.support.TicketService;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the ticket says (subject, type, channel, priority, category, product, contact, description), editable by
 * support and admin. Saving names the version the editor started from; when someone saved in between, a
 * {@link TicketConflictDialog} shows both sides instead of overwriting theirs.
 */
class TicketDetailsForm extends VerticalLayout {

    final TextField subject = new TextField();
    final Select<TicketType> type = new Select<>();
    final Select<TicketChannel> channel = new Select<>();
    final Select<TicketPriority> priority = new Select<>();
    final ComboBox<Long> category = new ComboBox<>();
    final ComboBox<Product> product = new ComboBox<>();
    final ComboBox<Long> contact = new ComboBox<>();
    final TextArea description = new TextArea();
    final Button save = new Button();
    TicketConflictDialog conflictDialog;

    private final TicketService tickets;
    private final SupportSettingsService settings;
    private final ProductService products;
    private final TeamDirectory team;
    private final ZoneId zone;
    private final Consumer<Ticket> onSaved;
    private final Map<Long, String> categoryNames = new LinkedHashMap<>();
    private final Map<Long, String> contactNames = new LinkedHashMap<>();
    private long ticketId;
    private long version;
    private TicketFields base;

    TicketDetailsForm(TicketService tickets, SupportSettingsService settings, ProductService products,
                      TeamDirectory team, ZoneId zone, Consumer<Ticket> onSaved) {
        this.tickets = tickets;
        this.settings = settings;
        this.products = products;
        this.team = team;
        this.zone = zone;
        this.onSaved = onSaved;
        addClassName("ticket-details");
        setPadding(false);

        subject.setLabel(getTranslation("support.ticket.subject"));
        subject.setMaxLength(Ticket.SUBJECT_MAX);
        subject.setWidthFull();
        type.setLabel(getTranslation("support.ticket.type"));
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(value -> TicketLabels.label(this, value));
        channel.setLabel(getTranslation("support.ticket.channel"));
        channel.setItems(TicketChannel.values());
        channel.setItemLabelGenerator(value -> TicketLabels.label(this, value));
        priority.setLabel(getTranslation("support.ticket.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(value -> TicketLabels.label(this, value));
        category.setLabel(getTranslation("support.ticket.category"));
        category.setClearButtonVisible(true);
        category.setItemLabelGenerator(id -> categoryNames.getOrDefault(id, "—"));
        product.setLabel(getTranslation("support.ticket.product"));
        product.setClearButtonVisible(true);
        product.setItemLabelGenerator(Product::getName);
        product.setItems(query -> products.page(query.getFilter().orElse(""), false,
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        contact.setLabel(getTranslation("support.ticket.contact"));
        contact.setClearButtonVisible(true);
        contact.setItemLabelGenerator(id -> contactNames.getOrDefault(id, "—"));
        description.setLabel(getTranslation("support.ticket.description"));
        description.setMaxLength(Ticket.DESCRIPTION_MAX);
        description.setWidthFull();
        description.setMinHeight("8em");
        save.setText(getTranslation("support.ticket.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var form = new FormLayout(type, channel, priority, category, product, contact);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        add(subject, form, description, save);
    }

    /** Shows the ticket; {@code contacts} are its customer's contact persons (none for a person). */
    void edit(Ticket ticket, List<ContactPerson> contacts, boolean writable) {
        ticketId = ticket.getId();
        version = ticket.getVersion();
        base = TicketFields.of(ticket);
        categoryNames.clear();
        settings.categories(true).stream()
                .filter(found -> !found.archived() || found.id() == (ticket.getCategoryId() == null ? -1
                        : ticket.getCategoryId()))
                .forEach((TicketCategory found) -> categoryNames.put(found.id(), found.name()));
        category.setItems(List.copyOf(categoryNames.keySet()));
        contactNames.clear();
        contacts.forEach(person -> contactNames.put(person.getId(), person.getName()));
        contact.setItems(List.copyOf(contactNames.keySet()));
        contact.setVisible(!contacts.isEmpty());
        show(base);
        subject.setReadOnly(!writable);
        type.setReadOnly(!writable);
        channel.setReadOnly(!writable);
        priority.setReadOnly(!writable);
        category.setReadOnly(!writable);
        product.setReadOnly(!writable);
        contact.setReadOnly(!writable);
        description.setReadOnly(!writable);
        save.setVisible(writable);
    }

    private void show(TicketFields fields) {
        subject.setValue(fields.subject() == null ? "" : fields.subject());
        type.setValue(fields.type());
        channel.setValue(fields.channel());
        priority.setValue(fields.priority());
        category.setValue(fields.categoryId());
        product.setValue(fields.productId() == null ? null : products.find(fields.productId()).orElse(null));
        contact.setValue(fields.contactPersonId());
        description.setValue(fields.description() == null ? "" : fields.description());
    }

    TicketFields typed() {
        return new TicketFields(contact.getValue(), type.getValue(), channel.getValue(), subject.getValue(),
                description.getValue(), priority.getValue(), category.getValue(),
                product.getValue() == null ? null : product.getValue().getId());
    }

    private void save() {
        clearErrors();
        TicketFields typed = typed();
        try {
            Ticket saved = tickets.update(ticketId, version, typed);
            Notifications.success(getTranslation("support.ticket.saved"));
            onSaved.accept(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            showConflict(typed);
        } catch (TicketRefusedException refused) {
            TicketErrors.show(this, refused, Map.of("subject", subject, "description", description,
                    "category", category, "product", product, "contactPerson", contact, "type", type,
                    "channel", channel, "priority", priority));
        } catch (AccessDeniedException denied) {
            Notifications.error(getTranslation("error.forbidden"));
        }
    }

    private void showConflict(TicketFields typed) {
        Optional<Ticket> stored = tickets.find(ticketId);
        if (stored.isEmpty()) {
            Notifications.error(getTranslation("support.ticket.error.gone"));
            return;
        }
        Ticket current = stored.get();
        var conflict = new TicketEditConflict(base, typed, TicketFields.of(current));
        String who = Optional.ofNullable(current.getUpdatedBy()).flatMap(team::find).map(TeamMember::getDisplayName)
                .orElse(getTranslation("support.ticket.conflict.someone"));
        conflictDialog = new TicketConflictDialog(conflict,
                getTranslation("support.ticket.conflict.who", who,
                        TicketLabels.dateTime(current.getUpdatedAt(), zone, getLocale())),
                change -> new String[] {describe(change.field(), change.before()),
                        describe(change.field(), change.after())},
                choices -> {
                    version = current.getVersion();
                    base = conflict.current();
                    show(conflict.applyMine(choices));
                    save();
                },
                () -> {
                    onSaved.accept(current);
                    Notifications.warning(getTranslation("support.ticket.conflict.discarded"));
                });
        conflictDialog.open();
    }

    /** A field's value as this form shows it. */
    String describe(TicketField field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "—";
        }
        return switch (field) {
            case TYPE, CHANNEL, PRIORITY -> TicketLabels.label(this, (Enum<?>) value);
            case CATEGORY -> categoryNames.getOrDefault((Long) value, "—");
            case CONTACT -> contactNames.getOrDefault((Long) value, "—");
            case PRODUCT -> products.find((Long) value).map(Product::getName).orElse("—");
            case SUBJECT, DESCRIPTION -> value.toString();
        };
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(subject, description, category, product, contact, type,
                channel, priority)) {
            field.setInvalid(false);
        }
    }
}
