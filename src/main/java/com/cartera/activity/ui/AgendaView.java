package com.cartera.activity.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.cartera.activity.AwaitingReply;
import com.cartera.activity.AwaitingReplyService;
import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.FollowUpSuggestion;
import com.cartera.activity.FollowUpSuggestionService;
import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.CustomerChurnRisk;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.live.LiveEvent;
import com.cartera.live.LiveUpdates;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The agenda: follow-ups overdue, due today and during the rest of this week, a week calendar, the
 * suggested follow-ups (birthdays, welcome calls, reactivations) and who has not answered. Each person sees their own;
 * managers may look at anyone's, or everyone's.
 */
@Route(AgendaView.ROUTE)
@Menu(title = "menu.agenda", order = 15, icon = "vaadin:calendar-clock")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
@StyleSheet("styles/agenda.css")
public class AgendaView extends VerticalLayout implements HasHeading {

    static final String ROUTE = "agenda";
    /** The week calendar shows at most this many follow-ups. */
    static final int WEEK_LIMIT = 500;

    final ComboBox<TeamMember> assignee = new ComboBox<>();
    final Button schedule = new Button();
    final Button alertSettings = new Button();
    final TabSheet tabs = new TabSheet();
    final Grid<FollowUp> overdue = new Grid<>();
    final Grid<FollowUp> today = new Grid<>();
    final Grid<FollowUp> thisWeek = new Grid<>();
    final WeekCalendar calendar;
    final Grid<FollowUpSuggestion> suggestions = new Grid<>();
    final Grid<AwaitingReply> awaiting = new Grid<>();

    private final FollowUpService followUpService;
    private final FollowUpSuggestionService suggestionService;
    private final FollowUpDialogs dialogs;
    /** The workspace's zone: "today" and "this week" are its days. */
    private final ZoneId zone;

    public AgendaView(FollowUpService followUpService, FollowUpSuggestionService suggestionService,
                      AwaitingReplyService awaitingReplyService, FollowUpDialogs dialogs, TeamDirectory teamDirectory,
                      CurrentUser currentUser, WorkspaceCalendar workspaceCalendar, LiveUpdates liveUpdates) {
        this.followUpService = followUpService;
        this.zone = workspaceCalendar.zone();
        this.suggestionService = suggestionService;
        this.dialogs = dialogs;
        addClassName("agenda-view");
        setSizeFull();
        suggestionService.refresh();

        boolean manager = followUpService.canAssignOthers();
        assignee.setLabel(getTranslation("agenda.assignee"));
        assignee.setPlaceholder(getTranslation("agenda.assignee.everyone"));
        assignee.setItems(teamDirectory.activeMembers());
        assignee.setItemLabelGenerator(TeamMember::getDisplayName);
        assignee.setClearButtonVisible(true);
        teamDirectory.find(currentUser.require().userId()).ifPresent(assignee::setValue);
        assignee.setVisible(manager);
        assignee.addValueChangeListener(e -> refresh());

        schedule.setText(getTranslation("follow-up.schedule"));
        schedule.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(e -> dialogs.schedule(null, changed -> refresh()));
        alertSettings.setText(getTranslation("alert-rules.title"));
        alertSettings.setIcon(VaadinIcon.COG.create());
        alertSettings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        alertSettings.addClickListener(e -> UI.getCurrent().navigate(AlertRulesView.class));
        alertSettings.setVisible(manager);
        var toolbar = new HorizontalLayout(assignee, alertSettings, schedule);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(assignee);

        configure(overdue, "agenda.overdue.empty", () -> Instant.EPOCH, this::startOfToday);
        configure(today, "agenda.today.empty", this::startOfToday, () -> startOfToday().plus(Duration.ofDays(1)));
        configure(thisWeek, "agenda.week.empty", () -> startOfToday().plus(Duration.ofDays(1)), this::endOfWeek);
        var lists = new VerticalLayout(new H3(getTranslation("agenda.overdue")), overdue,
                new H3(getTranslation("agenda.today")), today, new H3(getTranslation("agenda.this-week")), thisWeek);
        lists.setPadding(false);

        calendar = new WeekCalendar((from, to) -> followUpService.scheduled(assigneeId(), from, to,
                PageRequest.of(0, WEEK_LIMIT)), followUp -> dialogs.show(followUp, changed -> refresh()), zone);

        configureSuggestions();
        configureAwaiting(awaitingReplyService);

        tabs.add(getTranslation("agenda.tab.lists"), lists);
        tabs.add(getTranslation("agenda.tab.week"), calendar);
        tabs.add(getTranslation("agenda.tab.suggestions"), suggestions);
        tabs.add(getTranslation("agenda.tab.awaiting"), awaiting);
        tabs.setSizeFull();
        add(toolbar, tabs);
        setFlexGrow(1, tabs);
        // Any follow-up: one handed from this person to another leaves their lists too.
        liveUpdates.follow(this, event -> {
            if (event.kind() == LiveEvent.Kind.FOLLOW_UP_CHANGED) {
                refresh();
            }
        });
    }

    private void configure(Grid<FollowUp> grid, String emptyKey, Supplier<Instant> from,
                           Supplier<Instant> to) {
        var times = FollowUpFormat.dateTime(getLocale(), zone);
        grid.addColumn(f -> times.format(f.getDueAt())).setHeader(getTranslation("follow-up.due"))
                .setAutoWidth(true).setFlexGrow(0).setKey("due");
        grid.addColumn(f -> FollowUpFormat.kind(this, f)).setHeader(getTranslation("follow-up.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey("kind");
        grid.addComponentColumn(f -> customerLink(f.getCustomer().getId(), f.getCustomer().getName()))
                .setHeader(getTranslation("follow-up.customer")).setAutoWidth(true).setKey("customer");
        grid.addColumn(f -> f.getOpportunity() == null ? "" : f.getOpportunity().getTitle())
                .setHeader(getTranslation("follow-up.opportunity")).setAutoWidth(true).setKey("opportunity");
        grid.addColumn(f -> f.getAssignee().getDisplayName()).setHeader(getTranslation("follow-up.assignee"))
                .setAutoWidth(true).setFlexGrow(0).setKey("assignee");
        grid.addColumn(FollowUp::getNotes).setHeader(getTranslation("follow-up.notes")).setFlexGrow(1).setKey("notes");
        grid.setPartNameGenerator(f -> f.isOverdue(Instant.now()) ? "overdue" : null);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setItems(query -> followUpService.openDue(assigneeId(), from.get(), to.get(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) followUpService.countOpenDue(assigneeId(), from.get(), to.get()));
        grid.addItemClickListener(e -> dialogs.show(e.getItem(), changed -> refresh()));
    }

    private void configureSuggestions() {
        suggestions.addColumn(s -> FollowUpFormat.day(getLocale(), s.getOccasion()))
                .setHeader(getTranslation("agenda.suggestion.when")).setAutoWidth(true).setFlexGrow(0).setKey("when");
        suggestions.addComponentColumn(s -> customerLink(s.getCustomer().getId(), suggestionText(s)))
                .setHeader(getTranslation("agenda.suggestion.what")).setFlexGrow(1).setKey("what");
        suggestions.addColumn(s -> s.getAssignee() == null ? "" : s.getAssignee().getDisplayName())
                .setHeader(getTranslation("follow-up.assignee")).setAutoWidth(true).setFlexGrow(0).setKey("assignee");
        suggestions.addComponentColumn(this::decisionButtons).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        // A reactivation's reasons are long: they wrap rather than end in an ellipsis.
        suggestions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        suggestions.setEmptyStateText(getTranslation("agenda.suggestions.empty"));
        suggestions.setItems(query -> suggestionService.pending(assigneeId(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    String suggestionText(FollowUpSuggestion suggestion) {
        String name = suggestion.getCustomer().getName();
        String day = suggestion.getOccasion().format(DateTimeFormatter.ofPattern("dd/MM"));
        return switch (suggestion.getReason()) {
            case BIRTHDAY -> getTranslation("agenda.suggestion.birthday", name, day);
            case WELCOME -> getTranslation("agenda.suggestion.welcome", name, day);
            case REACTIVATION -> getTranslation("agenda.suggestion.reactivation", name,
                    CustomerChurnRisk.decode(suggestion.getDetail()).stream()
                            .map(reason -> getTranslation("churn.reason." + reason.code(), reason.values().toArray()))
                            .collect(Collectors.joining("; ")));
        };
    }

    private Component decisionButtons(FollowUpSuggestion suggestion) {
        var accept = new Button(getTranslation("agenda.suggestion.accept"), e -> decide(suggestion, true));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        var dismiss = new Button(getTranslation("agenda.suggestion.dismiss"), e -> decide(suggestion, false));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean allowed = suggestionService.canDecide(suggestion);
        accept.setEnabled(allowed);
        dismiss.setEnabled(allowed);
        return new HorizontalLayout(accept, dismiss);
    }

    void decide(FollowUpSuggestion suggestion, boolean accept) {
        try {
            if (accept) {
                suggestionService.accept(suggestion.getId(), suggestionText(suggestion));
                Notifications.success(getTranslation("follow-up.scheduled"));
            } else {
                suggestionService.dismiss(suggestion.getId());
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("agenda.suggestion.conflict"));
        }
        refresh();
    }

    private void configureAwaiting(AwaitingReplyService awaitingReplyService) {
        var times = FollowUpFormat.dateTime(getLocale(), zone);
        awaiting.addComponentColumn(a -> customerLink(a.customer().getId(), a.customer().getName()))
                .setHeader(getTranslation("follow-up.customer")).setAutoWidth(true).setKey("customer");
        awaiting.addColumn(a -> a.customer().getAlertReason()).setHeader(getTranslation("agenda.awaiting.since"))
                .setAutoWidth(true).setKey("since");
        awaiting.addColumn(a -> a.customer().getOwner() == null ? "" : a.customer().getOwner().getDisplayName())
                .setHeader(getTranslation("agenda.awaiting.owner")).setAutoWidth(true).setKey("owner");
        awaiting.addColumn(a -> a.lastInteraction() == null ? "" : times.format(a.lastInteraction().getOccurredAt())
                        + " · " + getTranslation("interaction.kind." + a.lastInteraction().getKind().name())
                        + (a.lastInteraction().getOutcome() == null ? ""
                        : " · " + getTranslation("interaction.outcome." + a.lastInteraction().getOutcome().name())))
                .setHeader(getTranslation("agenda.awaiting.last")).setFlexGrow(1).setKey("last");
        awaiting.setEmptyStateText(getTranslation("agenda.awaiting.empty"));
        awaiting.setItems(query -> awaitingReplyService.page(assigneeId(), PageRequest.of(query.getPage(),
                        query.getPageSize(), Sort.by("name").and(Sort.by("id")))).stream(),
                query -> (int) awaitingReplyService.count(assigneeId()));
    }

    private static Anchor customerLink(long customerId, String text) {
        var link = new Anchor("customers/" + customerId, text);
        link.addClassName("customer-link");
        return link;
    }

    /** The person whose agenda is shown; null: everyone's. */
    UUID assigneeId() {
        return assignee.getValue() == null ? null : assignee.getValue().getUserId();
    }

    void refresh() {
        overdue.getDataProvider().refreshAll();
        today.getDataProvider().refreshAll();
        thisWeek.getDataProvider().refreshAll();
        suggestions.getDataProvider().refreshAll();
        awaiting.getDataProvider().refreshAll();
        calendar.refresh();
    }

    private Instant startOfToday() {
        return LocalDate.now(zone).atStartOfDay(zone).toInstant();
    }

    /** The start of next Monday. */
    private Instant endOfWeek() {
        return LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atStartOfDay(zone).toInstant();
    }

    @Override
    public String heading() {
        return getTranslation("menu.agenda");
    }
}
