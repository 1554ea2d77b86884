package com.cartera.support.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.support.SupportProperties;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.SupportTeam;
import com.cartera.support.Ticket;
import com.cartera.support.TicketCategory;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketConversation;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketRefusedException;
import com.cartera.support.TicketService;
import com.cartera.support.TicketSlas;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketType;
import com.cartera.support.sla.ui.SlaPanel;
import com.cartera.support.csat.PhoneRatings;
import com.cartera.support.csat.ui.PhoneRatingDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One ticket: header with its status steps, assignment, what it says, the conversation with the customer and internal
 * notes, and its history. Support and admin change it; management and sales read it.
 */
@Route("support/tickets/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class TicketView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final TicketHeader header;
    final TicketAssignmentBar assignment;
    final SlaPanel sla;
    final TicketDetailsForm details;
    final ConversationPanel conversation;
    final TicketHistoryList history;
    final Paragraph readOnly = new Paragraph();
    final Button phoneRating = new Button();

    private final TicketService tickets;
    private final SupportSettingsService settings;
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final ProductService products;
    private final TeamDirectory team;
    private Ticket ticket;
    private List<ContactPerson> contactPersons = List.of();

    public TicketView(TicketService tickets, TicketConversation conversation, SupportSettingsService settings,
                      CustomerService customers, ContactPersonService contacts, ProductService products,
                      TeamDirectory team, WorkspaceCalendar calendar, SupportProperties properties,
                      TicketSlas slas, PhoneRatings phoneRatings) {
        this.tickets = tickets;
        this.settings = settings;
        this.customers = customers;
        this.contacts = contacts;
        this.products = products;
        this.team = team;
        ZoneId zone = calendar.zone();
        addClassName("ticket-view");
        setMaxWidth("72rem");
        header = new TicketHeader(zone, this::step);
        assignment = new TicketAssignmentBar(this::assign);
        sla = new SlaPanel(slas, zone);
        details = new TicketDetailsForm(tickets, settings, products, team, zone, saved -> reload());
        this.conversation = new ConversationPanel(conversation, properties.attachmentMaxSize().toBytes(), zone);
        history = new TicketHistoryList(zone);
        readOnly.setText(getTranslation("support.ticket.read-only"));
        readOnly.addClassName("ticket-read-only");
        phoneRating.setText(getTranslation("support.csat.phone.open"));
        phoneRating.addClickListener(event ->
                new PhoneRatingDialog(phoneRatings, ticket.getId(), zone, this::reload).open());
        add(header, readOnly, phoneRating, assignment, sla, new H3(getTranslation("support.ticket.section.details")),
                details,
                new H3(getTranslation("support.ticket.section.conversation")), this.conversation,
                new H3(getTranslation("support.ticket.section.history")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Ticket> found = event.getRouteParameters().get("id").flatMap(TicketView::parse)
                .flatMap(tickets::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("support.ticket.not-found"));
            event.forwardTo("");
            return;
        }
        show(found.get());
    }

    @Override
    public String heading() {
        return ticket == null ? getTranslation("support.ticket.tab")
                : getTranslation("support.ticket.title", ticket.number());
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void reload() {
        tickets.find(ticket.getId()).ifPresent(this::show);
    }

    private void show(Ticket shown) {
        ticket = shown;
        boolean writable = tickets.canWrite();
        Optional<Customer> customer = customers.find(shown.getCustomerId());
        contactPersons = customer.filter(found -> found.getKind() == CustomerKind.COMPANY)
                .map(found -> contacts.list(found.getId())).orElse(List.of());
        List<TeamMember> members = team.allMembers();
        List<SupportTeam> teams = settings.teams(true);
        header.show(shown, customer.map(Customer::getName).orElse("#" + shown.getCustomerId()), tickets.nextSteps(shown));
        readOnly.setVisible(!writable);
        phoneRating.setVisible(writable
                && (shown.getStatus() == TicketStatus.RESOLVED || shown.getStatus() == TicketStatus.CLOSED));
        assignment.show(shown, members, teams, writable && shown.getStatus() != TicketStatus.CLOSED);
        sla.show(shown.getId());
        details.edit(shown, contactPersons, writable && shown.getStatus() != TicketStatus.CLOSED);
        Map<UUID, String> names = members.stream()
                .collect(Collectors.toMap(TeamMember::getUserId, TeamMember::getDisplayName, (one, other) -> one));
        conversation.show(shown.getId(), names, writable && shown.getStatus() != TicketStatus.CLOSED);
        Map<Long, String> categories = settings.categories(true).stream()
                .collect(Collectors.toMap(TicketCategory::id, TicketCategory::name));
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(SupportTeam::id, SupportTeam::name));
        history.show(tickets.history(shown.getId()), names,
                (field, value) -> historyValue(field, value, names, categories, teamNames));
    }

    private String historyValue(String field, String value, Map<UUID, String> names, Map<Long, String> categories,
                                Map<Long, String> teamNames) {
        if (value == null) {
            return "—";
        }
        try {
            return switch (field) {
                case "STATUS" -> TicketLabels.label(this, TicketStatus.valueOf(value));
                case "TYPE" -> TicketLabels.label(this, TicketType.valueOf(value));
                case "CHANNEL" -> TicketLabels.label(this, TicketChannel.valueOf(value));
                case "PRIORITY" -> TicketLabels.label(this, TicketPriority.valueOf(value));
                case "CATEGORY" -> categories.getOrDefault(Long.valueOf(value), value);
                case "TEAM" -> teamNames.getOrDefault(Long.valueOf(value), value);
                case "ASSIGNEE" -> names.getOrDefault(UUID.fromString(value), value);
                case "CONTACT" -> contactPersons.stream().filter(person -> person.getId().equals(Long.valueOf(value)))
                        .map(ContactPerson::getName).findFirst().orElse("#" + value);
                case "PRODUCT" -> products.find(Long.parseLong(value)).map(Product::getName).orElse("#" + value);
                case "CUSTOMER" -> "#" + value;
                default -> value;
            };
        } catch (IllegalArgumentException unexpected) {
            return value;
        }
    }

    private void step(TicketStatus to) {
        try {
            tickets.changeStatus(ticket.getId(), ticket.getVersion(), to);
            Notifications.success(getTranslation("support.ticket.moved", TicketLabels.label(this, to)));
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.warning(getTranslation("support.ticket.conflict.reloaded"));
        } catch (TicketRefusedException refused) {
            Notifications.error(TicketErrors.text(this, refused));
        }
        reload();
    }

    private void assign(UUID assignee, Long teamId) {
        try {
            tickets.assign(ticket.getId(), ticket.getVersion(), assignee, teamId);
            Notifications.success(getTranslation("support.ticket.assigned"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.warning(getTranslation("support.ticket.conflict.reloaded"));
        } catch (TicketRefusedException refused) {
            Notifications.error(TicketErrors.text(this, refused));
        }
        reload();
    }
}
