package com.cartera.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionOutcome;
import com.cartera.activity.InteractionService;
import com.cartera.customer.ChurnRiskLevel;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerChurnRisk;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The agenda: its lists, the week calendar, suggestions, who has not answered, and the badge in the navigation. */
@CarteraIntegrationTest
class AgendaViewTest extends KaribuTest {

    /** The workspace's zone (Madrid, the default at sign-up): the agenda's days and times are read in it. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private SignedInUser admin;
    private SignedInUser sales;
    private FollowUpService followUpService;
    private Customer ana;
    private Customer luis;

    @BeforeEach
    void aTeamWithCustomers() {
        followUpService = context.getBean(FollowUpService.class);
        admin = data.newWorkspace("Agenda " + TestData.uniqueSlug("a"));
        sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        ana = data.customer(sales, "Ana García", null, LifecycleStage.ACTIVE);
        luis = data.customer(sales, "Luis Pérez", null, LifecycleStage.ACTIVE);
    }

    private static Instant on(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private FollowUp schedule(SignedInUser user, Customer customer, FollowUpKind kind, Instant due, String notes) {
        return as(user, () -> followUpService.schedule(new FollowUpDraft(customer.getId(), null, kind, due, 30, null,
                notes)));
    }

    private void overdueBy(FollowUp followUp, int days) {
        context.getBean(JdbcTemplate.class).update("update " + admin.workspace().tenant().schema()
                + ".follow_up set due_at = due_at - make_interval(days => ?) where id = ?", days, followUp.getId());
    }

    private AgendaView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate(AgendaView.class);
        return _get(AgendaView.class);
    }

    @Test
    void overdueTodayAndTheRestOfTheWeekAreListedForTheSignedInPersonWithTheBadge() {
        LocalDate today = LocalDate.now(ZONE);
        FollowUp late = schedule(sales, ana, FollowUpKind.CALL, on(today.plusDays(1), 9), "Vencida");
        overdueBy(late, 3);
        FollowUp laterToday = schedule(sales, luis, FollowUpKind.VISIT, Instant.now().plusSeconds(60), "Hoy");
        schedule(admin, ana, FollowUpKind.MEETING, Instant.now().plusSeconds(120), "De la admin");
        boolean weekHasMore = today.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (weekHasMore) {
            schedule(sales, ana, FollowUpKind.EMAIL, on(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), 12),
                    "Esta semana");
        }
        schedule(sales, luis, FollowUpKind.SURVEY, on(today.plusWeeks(2), 10), "Más adelante");

        AgendaView view = open(sales);
        assertThat(view.assignee.isVisible()).isFalse();
        assertThat(view.alertSettings.isVisible()).isFalse();
        assertThat(GridKt._size(view.overdue)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.overdue, 0)).contains("Llamada", "Vencida", "Vera Ventas");
        assertThat(GridKt._size(view.today)).isEqualTo(1);
        assertThat(GridKt._get(view.today, 0).getId()).isEqualTo(laterToday.getId());
        assertThat(GridKt._size(view.thisWeek)).isEqualTo(weekHasMore ? 1 : 0);
        assertThat(badge()).isEqualTo("2");

        // Done, it leaves the lists and the badge on the next navigation.
        GridKt._clickItem(view.today, 0);
        CompleteFollowUpDialog completing = _get(FollowUpDialog.class).openCompleteDialog();
        _setValue(completing.outcome, InteractionOutcome.POSITIVE);
        _click(completing.done);
        assertThat(GridKt._size(view.today)).isZero();
        UI.getCurrent().navigate(AgendaView.class);
        assertThat(badge()).isEqualTo("1");
    }

    @Test
    void managersLookAtAnyonesAgendaOrEveryonesAndReachTheAlertRules() {
        schedule(sales, ana, FollowUpKind.CALL, Instant.now().plusSeconds(60), "De Vera");
        schedule(admin, luis, FollowUpKind.CALL, Instant.now().plusSeconds(120), "De la admin");
        AgendaView view = open(admin);
        assertThat(view.assignee.isVisible()).isTrue();
        assertThat(view.alertSettings.isVisible()).isTrue();
        assertThat(GridKt._size(view.today)).isEqualTo(1);
        _setValue(view.assignee, null);
        assertThat(GridKt._size(view.today)).isEqualTo(2);
        _setValue(view.assignee, view.assignee.getListDataView().getItems()
                .filter(member -> member.getUserId().equals(sales.userId())).findFirst().orElseThrow());
        assertThat(GridKt._size(view.today)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.today, 0)).contains("De Vera");
        _click(view.alertSettings);
        _get(AlertRulesView.class);
    }

    @Test
    void theWeekCalendarShowsEachDaysFollowUpsInTimeOrderAndMovesBetweenWeeks() {
        LocalDate nextMonday = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        schedule(sales, ana, FollowUpKind.VISIT, on(nextMonday.plusDays(2), 16), "Tarde");
        schedule(sales, luis, FollowUpKind.CALL, on(nextMonday.plusDays(2), 9), "Mañana");
        schedule(sales, luis, FollowUpKind.EMAIL, on(nextMonday.plusDays(6), 11), "Domingo");
        AgendaView view = open(sales);
        view.tabs.setSelectedIndex(1);
        WeekCalendar calendar = view.calendar;
        assertThat(calendar.monday()).isEqualTo(nextMonday.minusWeeks(1));
        assertThat(entries(calendar, 2)).isEmpty();

        _click(calendar.next);
        assertThat(calendar.monday()).isEqualTo(nextMonday);
        assertThat(calendar.columns).hasSize(7);
        assertThat(entries(calendar, 2)).containsExactly("Llamada Luis Pérez", "Visita Ana García");
        assertThat(entries(calendar, 6)).containsExactly("Correo electrónico Luis Pérez");
        assertThat(entries(calendar, 0)).isEmpty();

        _click(calendar.previous);
        _click(calendar.previous);
        assertThat(calendar.monday()).isEqualTo(nextMonday.minusWeeks(2));
        _click(calendar.thisWeek);
        assertThat(calendar.monday()).isEqualTo(nextMonday.minusWeeks(1));
    }

    /** The kind and customer of each entry in the day's column (the time depends on the locale). */
    private static List<String> entries(WeekCalendar calendar, int dayOfWeek) {
        return calendar.columns.get(dayOfWeek).getChildren()
                .filter(child -> child.hasClassName("week-entry"))
                .map(entry -> {
                    List<String> texts = entry.getChildren().map(span -> ((Span) span).getText()).toList();
                    return texts.get(1) + " " + texts.get(2);
                })
                .toList();
    }

    @Test
    void aBirthdayIsSuggestedOnceAndAcceptingItSchedulesTheCall() {
        LocalDate birthday = LocalDate.now(ZONE).plusDays(2);
        var customers = context.getBean(CustomerService.class);
        as(sales, () -> {
            Customer found = customers.find(ana.getId()).orElseThrow();
            found.setBirthday(birthday.withYear(1985));
            return customers.save(found);
        });
        AgendaView view = open(sales);
        view.tabs.setSelectedIndex(2);
        assertThat(GridKt._size(view.suggestions)).isEqualTo(1);
        String expected = "Felicitar a Ana García (cumple el "
                + birthday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM")) + ")";
        assertThat(view.suggestionText(GridKt._get(view.suggestions, 0))).isEqualTo(expected);

        view.decide(GridKt._get(view.suggestions, 0), true);
        assertThat(GridKt._size(view.suggestions)).isZero();
        FollowUp call = as(sales, () -> followUpService.ofCustomer(ana.getId(), PageRequest.of(0, 5))).getFirst();
        assertThat(call.getNotes()).isEqualTo(expected);
        assertThat(call.getAssignee().getUserId()).isEqualTo(sales.userId());
        // Opening the agenda again proposes nothing new.
        assertThat(GridKt._size(open(sales).suggestions)).isZero();
    }

    @Test
    void aCustomerAtHighChurnRiskIsSuggestedForReactivationWithTheReasons() {
        var churnRisk = context.getBean(CustomerChurnRisk.class);
        as(admin, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> churnRisk.write(List.of(new CustomerChurnRisk.Update(luis.getId(), 77,
                        ChurnRiskLevel.HIGH, List.of(new CustomerChurnRisk.Reason("RHYTHM", List.of(30L, 95L)),
                        new CustomerChurnRisk.Reason("P_ALIVE", List.of(21L))))))));

        AgendaView view = open(sales);
        view.tabs.setSelectedIndex(2);
        assertThat(GridKt._size(view.suggestions)).isEqualTo(1);
        assertThat(view.suggestionText(GridKt._get(view.suggestions, 0))).isEqualTo("Reactivar a Luis Pérez: riesgo"
                + " de pérdida alto: compraba cada ~30 días; lleva 95 sin comprar; probabilidad de seguir activo 21 %");

        view.decide(GridKt._get(view.suggestions, 0), true);
        FollowUp call = as(sales, () -> followUpService.ofCustomer(luis.getId(), PageRequest.of(0, 5))).getFirst();
        assertThat(call.getNotes()).startsWith("Reactivar a Luis Pérez");
        assertThat(GridKt._size(view.suggestions)).isZero();
    }

    @Test
    void whoHasNotAnsweredListsGreenCustomersWithTheirLastInteraction() {
        as(sales, () -> context.getBean(InteractionService.class).log(luis.getId(), new InteractionDraft(
                InteractionKind.EMAIL, InteractionDirection.OUTBOUND, Instant.now().minusSeconds(3600),
                InteractionOutcome.AWAITING_REPLY, "Presupuesto enviado")));
        AgendaView view = open(sales);
        view.tabs.setSelectedIndex(3);
        assertThat(GridKt._size(view.awaiting)).isEqualTo(1);
        assertThat(String.join(" | ", GridKt._getFormattedRow(view.awaiting, 0)))
                .contains("Luis Pérez", "Vera Ventas", "Correo electrónico · Esperando respuesta");
        assertThat(GridKt._get(view.awaiting, 0).customer().getAlertReason()).startsWith("Esperando respuesta desde el ");
    }

    @Test
    void schedulingFromTheAgendaPicksTheCustomer() {
        AgendaView view = open(sales);
        _click(view.schedule);
        FollowUpDialog dialog = _get(FollowUpDialog.class);
        assertThat(dialog.customer.isReadOnly()).isFalse();
        assertThat(dialog.assignee.isReadOnly()).isTrue();
        _click(dialog.save);
        assertThat(dialog.customer.isInvalid()).isTrue();
        assertThat(dialog.customer.getErrorMessage()).isEqualTo("Elige el cliente");
        _setValue(dialog.customer, as(sales, () -> context.getBean(CustomerService.class).find(luis.getId()).orElseThrow()));
        _click(dialog.save);
        assertThat(_find(FollowUpDialog.class)).isEmpty();
        assertThat(as(sales, () -> followUpService.countOfCustomer(luis.getId()))).isEqualTo(1);
    }

    private static String badge() {
        SideNavItem item = _find(SideNavItem.class).stream().filter(found -> "agenda".equals(found.getPath()))
                .findFirst().orElseThrow();
        Span badge = (Span) item.getSuffixComponent();
        return badge.isVisible() ? badge.getText() : "";
    }
}
