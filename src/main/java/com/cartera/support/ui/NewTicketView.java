package com.cartera.support.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.SupportTeam;
import com.cartera.support.Ticket;
import com.cartera.support.TicketCategory;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketRefusedException;
import com.cartera.support.TicketService;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Opens a ticket for the customer named by {@code ?customer=ID}, as the customer page's "Nueva incidencia" does.
 * Support and admin only.
 */
@Route("support/tickets/new")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
public class NewTicketView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final Paragraph noCustomer = new Paragraph();
    final Anchor customerLink = new Anchor();
    final TextField subject = new TextField();
    final Select<TicketType> type = new Select<>();
    final Select<TicketChannel> channel = new Select<>();
    final Select<TicketPriority> priority = new Select<>();
    final ComboBox<TicketCategory> category = new ComboBox<>();
    final ComboBox<Product> product = new ComboBox<>();
    final ComboBox<ContactPerson> contact = new ComboBox<>();
    final ComboBox<TeamMember> assignee = new ComboBox<>();
    final ComboBox<SupportTeam> team = new ComboBox<>();
    final TextArea description = new TextArea();
    final Button create = new Button();
    final Button cancel = new Button();
    private final VerticalLayout form = new VerticalLayout();

    private final TicketService tickets;
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final SupportSettingsService settings;
    private final TeamDirectory members;
    private Customer customer;

    public NewTicketView(TicketService tickets, CustomerService customers, ContactPersonService contacts,
                         SupportSettingsService settings, ProductService products, TeamDirectory teamDirectory) {
        this.tickets = tickets;
        this.customers = customers;
        this.contacts = contacts;
        this.settings = settings;
        this.members = teamDirectory;
        addClassName("new-ticket-view");
        setMaxWidth("60rem");
        noCustomer.setText(getTranslation("support.ticket.new.no-customer"));

        subject.setLabel(getTranslation("support.ticket.subject"));
        subject.setMaxLength(Ticket.SUBJECT_MAX);
        subject.setRequiredIndicatorVisible(true);
        subject.setWidthFull();
        type.setLabel(getTranslation("support.ticket.type"));
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(value -> TicketLabels.label(this, value));
        type.setValue(TicketType.INCIDENT);
        channel.setLabel(getTranslation("support.ticket.channel"));
        channel.setItems(TicketChannel.values());
        channel.setItemLabelGenerator(value -> TicketLabels.label(this, value));
        channel.setValue(TicketChannel.PHONE);
        priority.setLabel(getTranslation("support.ticket.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(value -> TicketLabels.label(this, value));
        priority.setValue(TicketPriority.NORMAL);
        category.setLabel(getTranslation("support.ticket.category"));
        category.setItemLabelGenerator(TicketCategory::name);
        category.setClearButtonVisible(true);
        product.setLabel(getTranslation("support.ticket.product"));
        product.setItemLabelGenerator(Product::getName);
        product.setClearButtonVisible(true);
        product.setItems(query -> products.page(query.getFilter().orElse(""), false,
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        contact.setLabel(getTranslation("support.ticket.contact"));
        contact.setItemLabelGenerator(ContactPerson::getName);
        contact.setClearButtonVisible(true);
        assignee.setLabel(getTranslation("support.ticket.assignee"));
        assignee.setItemLabelGenerator(TeamMember::getDisplayName);
        assignee.setPlaceholder(getTranslation("support.ticket.none"));
        assignee.setClearButtonVisible(true);
        team.setLabel(getTranslation("support.ticket.team"));
        team.setItemLabelGenerator(SupportTeam::name);
        team.setPlaceholder(getTranslation("support.ticket.none"));
        team.setClearButtonVisible(true);
        description.setLabel(getTranslation("support.ticket.description"));
        description.setMaxLength(Ticket.DESCRIPTION_MAX);
        description.setWidthFull();
        description.setMinHeight("8em");
        create.setText(getTranslation("support.ticket.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        cancel.setText(getTranslation("support.ticket.new.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> UI.getCurrent().navigate("customers/" + customer.getId()));

        var fields = new FormLayout(type, channel, priority, category, product, contact, assignee, team);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        var buttons = new FlexLayout(create, cancel);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        form.setPadding(false);
        form.add(customerLink, subject, fields, description, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getLocation().getQueryParameters().getSingleParameter("customer")
                .flatMap(NewTicketView::parse).flatMap(customers::find);
        removeAll();
        if (found.isEmpty()) {
            add(noCustomer);
            return;
        }
        customer = found.get();
        customerLink.setText(getTranslation("support.ticket.customer") + ": " + customer.getName());
        customerLink.setHref("customers/" + customer.getId());
        List<ContactPerson> people = customer.getKind() == CustomerKind.COMPANY ? contacts.list(customer.getId())
                : List.of();
        contact.setItems(people);
        contact.setVisible(!people.isEmpty());
        people.stream().filter(ContactPerson::isPrimary).findFirst().ifPresent(contact::setValue);
        category.setItems(settings.categories(false));
        team.setItems(settings.teams(false));
        assignee.setItems(members.activeMembers());
        add(form);
    }

    @Override
    public String heading() {
        return customer == null ? getTranslation("support.ticket.new")
                : getTranslation("support.ticket.new.title", customer.getName());
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void create() {
        subject.setInvalid(false);
        description.setInvalid(false);
        var draft = new TicketDraft(customer.getId(), contact.getValue() == null ? null : contact.getValue().getId(),
                type.getValue(), channel.getValue(), subject.getValue(), description.getValue(), priority.getValue(),
                category.getValue() == null ? null : category.getValue().id(),
                product.getValue() == null ? null : product.getValue().getId(),
                assignee.getValue() == null ? null : assignee.getValue().getUserId(),
                team.getValue() == null ? null : team.getValue().id());
        try {
            Ticket opened = tickets.open(draft);
            Notifications.success(getTranslation("support.ticket.new.created", opened.number()));
            UI.getCurrent().navigate(TicketView.class, new RouteParameters("id", opened.getId().toString()));
        } catch (TicketRefusedException refused) {
            TicketErrors.show(this, refused, Map.of("subject", subject, "description", description,
                    "category", category, "product", product, "contactPerson", contact, "assignee", assignee,
                    "team", team, "type", type, "channel", channel, "priority", priority));
        }
    }

}
