package com.cartera.customer.ui;

import com.cartera.customer.WorkspaceCalendar;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerPageAction;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomerTimeline;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.NextBestActions;
import com.cartera.customer.TagCatalog;
import com.cartera.customer.DuplicateService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.live.LiveEvent;
import com.cartera.live.LiveUpdates;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Customer 360: one customer's header, overview (figures, next step, timeline), profile, contacts of a
 * company, and the tabs other modules add. {@code customers/new} creates a customer. Everyone reads it;
 * what may be changed follows {@link CustomerPermissions}.
 */
@Route("customers/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    static final String NEW = "new";

    final CustomerHeader header = new CustomerHeader();
    final Button back = new Button();
    final Button delete = new Button();
    final CustomerProfileForm profile;
    final CustomerSummary summary;
    final ContactsPanel contacts;
    TabSheet tabs;
    Tab profileTab;
    ConfirmDialog confirmDelete;
    /** Shown instead of a reload when a colleague changed the customer while this person edits it. */
    final Div changedElsewhere = new Div();

    private final CustomerService customerService;
    private final CustomerPermissions permissions;
    private final TeamDirectory teamDirectory;
    private final CurrentUser currentUser;
    private final List<CustomerSection> sections;
    private final List<CustomerPageAction> pageActions;
    private final HorizontalLayout actions = new HorizontalLayout();
    private Customer customer;

    public CustomerView(CustomerService customerService, CustomerPermissions permissions, TeamDirectory teamDirectory,
                        TagCatalog tagCatalog, ContactPersonService contactPersonService, CustomerTimeline timeline,
                        NextBestActions nextBestActions, WorkspaceSettingsService settings,
                        ObjectProvider<CustomerSection> sections, DuplicateService duplicateService,
                        Validator validator, CurrentUser currentUser, ObjectProvider<CustomerPageAction> pageActions,
                        LiveUpdates liveUpdates, WorkspaceCalendar calendar) {
        this.customerService = customerService;
        this.permissions = permissions;
        this.teamDirectory = teamDirectory;
        this.currentUser = currentUser;
        this.sections = sections.orderedStream().sorted(Comparator.comparingInt(CustomerSection::order)).toList();
        this.pageActions = pageActions.orderedStream().toList();
        this.profile = new CustomerProfileForm(customerService, permissions, teamDirectory, tagCatalog,
                new DuplicateWarning(duplicateService), validator, calendar.zone(), this::saved);
        this.summary = new CustomerSummary(nextBestActions, settings, timeline, teamDirectory, calendar.zone());
        this.contacts = new ContactsPanel(contactPersonService, validator);
        addClassName("customer-view");

        back.setText(getTranslation("customer.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> UI.getCurrent().navigate(CustomersView.class));
        delete.setText(getTranslation("customer.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        changedElsewhere.setId("customer-changed-elsewhere");
        changedElsewhere.addClassName("customer-changed-elsewhere");
        liveUpdates.follow(this, this::changedByColleague);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            if (Arrays.stream(LifecycleStage.values()).noneMatch(permissions::canCreate)) {
                Notifications.error(getTranslation("error.forbidden"));
                event.forwardTo(CustomersView.class);
                return;
            }
            showNew();
            return;
        }
        Optional<Customer> found = parseId(id).flatMap(customerService::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("customer.not-found"));
            event.forwardTo(CustomersView.class);
            return;
        }
        show(found.get(), false);
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void showNew() {
        customer = new Customer();
        currentUser.get().flatMap(user -> teamDirectory.find(user.userId())).ifPresent(customer::setOwner);
        header.showNew();
        profile.edit(customer);
        delete.setVisible(false);
        actions.removeAll();
        tabs = null;
        removeAll();
        add(topBar(), profile);
    }

    private void show(Customer shown, boolean onProfile) {
        customer = shown;
        header.show(shown);
        delete.setVisible(permissions.can(Action.DELETE, shown));
        actions.removeAll();
        long id = shown.getId();
        for (CustomerPageAction action : pageActions) {
            action.create(shown, () -> reload(id)).forEach(actions::add);
        }
        summary.show(shown);
        profile.edit(shown);

        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("customer.tab.summary"), summary);
        profileTab = tabs.add(getTranslation("customer.tab.profile"), profile);
        if (shown.getKind() == CustomerKind.COMPANY) {
            contacts.show(shown, permissions.can(Action.EDIT_CONTACTS, shown));
            tabs.add(getTranslation("customer.tab.contacts"), contacts);
        }
        for (CustomerSection section : sections) {
            tabs.add(getTranslation(section.titleKey()), section.create(shown));
        }
        if (onProfile) {
            tabs.setSelectedTab(profileTab);
        }
        removeAll();
        add(topBar(), tabs);
    }

    private HorizontalLayout topBar() {
        var bar = new HorizontalLayout(back, header, actions, delete);
        bar.addClassName("customer-top-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.START);
        bar.expand(header);
        return bar;
    }

    private void saved(Customer saved) {
        if (tabs == null) {
            UI.getCurrent().navigate(CustomerView.class, new RouteParameters("id", saved.getId().toString()));
            return;
        }
        // Reloaded, so that the header and figures show what is stored, owner and tags included.
        customerService.find(saved.getId()).ifPresent(reloaded -> show(reloaded, true));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** Shows the customer as stored now, after a page action changed it. */
    private void reload(long id) {
        customerService.find(id).ifPresent(reloaded -> show(reloaded, false));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /**
     * A colleague saved this customer: the page shows what is stored now, on the same tab, unless the person is
     * editing the profile, who gets a notice instead of losing what they typed.
     */
    private void changedByColleague(LiveEvent event) {
        if (event.kind() != LiveEvent.Kind.CUSTOMER_EDITED || customer == null || customer.getId() == null
                || event.subjectId() != customer.getId() || event.version() <= customer.getVersion()) {
            return;
        }
        if (profile.hasUnsavedChanges()) {
            String who = event.actorId() == null ? null : teamDirectory.find(event.actorId())
                    .map(TeamMember::getDisplayName).orElse(null);
            var reloadNow = new Button(getTranslation("live.customer.reload"), e -> reload(customer.getId()));
            reloadNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
            changedElsewhere.removeAll();
            changedElsewhere.add(new Span(who == null ? getTranslation("live.customer.changed-by-someone")
                    : getTranslation("live.customer.changed-by", who)), reloadNow);
            if (changedElsewhere.getParent().isEmpty()) {
                addComponentAtIndex(1, changedElsewhere);
            }
            return;
        }
        int selected = tabs == null ? 0 : tabs.getSelectedIndex();
        reload(customer.getId());
        if (tabs != null && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
    }

    private void confirmDelete() {
        confirmDelete = new ConfirmDialog(getTranslation("customer.delete"),
                getTranslation("customer.delete.confirm", customer.getName()), getTranslation("customer.delete"),
                e -> delete());
        confirmDelete.setCancelable(true);
        confirmDelete.setCancelText(getTranslation("action.cancel"));
        confirmDelete.setConfirmButtonTheme("error primary");
        confirmDelete.open();
    }

    private void delete() {
        long id = customer.getId();
        String name = customer.getName();
        try {
            customerService.delete(id, customer.getVersion());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("customer.delete.conflict"));
            customerService.find(id).ifPresent(current -> show(current, false));
            return;
        }
        UI.getCurrent().navigate(CustomersView.class);
        offerUndo(id, name);
    }

    /** The customer is in the bin: say so, with a way to take it back out. */
    private void offerUndo(long id, String name) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(10_000);
        var undo = new Button(getTranslation("customer.delete.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.addClickListener(e -> {
            notification.close();
            customerService.restore(id);
            Notifications.success(getTranslation("customer.restored", name));
            UI.getCurrent().navigate(CustomerView.class, new RouteParameters("id", Long.toString(id)));
        });
        var layout = new HorizontalLayout(new Span(getTranslation("customer.deleted", name)), undo);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }

    @Override
    public String heading() {
        return customer == null || customer.getId() == null ? getTranslation("customer.new") : customer.getName();
    }
}
