package com.cartera.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The private calendar feed over real HTTP, read back with iCal4j: a person's follow-ups at their local time in
 * the workspace's zone, birthdays only when chosen, nothing of another workspace, and 404 for an unknown, replaced
 * or revoked address.
 */
@CarteraIntegrationTest
class CalendarFeedHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private SignedInUser admin;
    private SignedInUser seller;
    private Customer ana;
    private ZonedDateTime due;

    @BeforeEach
    void aSellerWithAFollowUpAndACustomerWithABirthday() {
        var data = new TestData(context);
        admin = data.newWorkspace("Calendario " + TestData.uniqueSlug("k"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        ana = data.customer(seller, "Ana García", null, LifecycleStage.ACTIVE);
        var customers = context.getBean(CustomerService.class);
        ZoneId zone = TestData.as(seller, () -> context.getBean(WorkspaceCalendar.class).zone());
        LocalDate today = TestData.as(seller, () -> context.getBean(WorkspaceCalendar.class).today());
        TestData.as(seller, () -> {
            Customer stored = customers.find(ana.getId()).orElseThrow();
            stored.setBirthday(today.plusDays(3).withYear(1980));
            return customers.save(stored);
        });
        due = today.plusDays(2).atTime(10, 30).atZone(zone);
        TestData.as(seller, () -> context.getBean(FollowUpService.class).schedule(new FollowUpDraft(ana.getId(), null,
                FollowUpKind.CALL, due.toInstant(), 45, null, null)));

        // Another workspace, whose follow-up and customer have the same ids.
        SignedInUser other = data.newWorkspace("Calendario ajeno " + TestData.uniqueSlug("k"));
        Customer foreign = data.customer(other, "Cliente Ajeno", null, LifecycleStage.ACTIVE);
        TestData.as(other, () -> context.getBean(FollowUpService.class).schedule(new FollowUpDraft(foreign.getId(),
                null, FollowUpKind.VISIT, due.toInstant(), 30, null, null)));
    }

    private HttpResponse<String> get(String feedUrl) throws Exception {
        String path = URI.create(feedUrl).getRawPath();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(HttpResponse<String> response) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static String summary(VEvent event) {
        return event.getProperty(Property.SUMMARY).orElseThrow().getValue();
    }

    private CalendarFeeds feeds() {
        return context.getBean(CalendarFeeds.class);
    }

    @Test
    void theFeedShowsThePersonsFollowUpsAtTheirLocalTimeAndNothingOfAnotherWorkspace() throws Exception {
        String url = TestData.as(seller, () -> feeds().create(false));

        HttpResponse<String> response = get(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/calendar"));
        List<VEvent> events = events(response);
        assertThat(events).extracting(CalendarFeedHttpTest::summary).containsExactly("Llamada · Ana García");
        VEvent call = events.getFirst();
        Property start = call.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo(due.getZone().getId());
        assertThat(start.getValue()).isEqualTo(due.toLocalDateTime().toString().replace("-", "").replace(":", "") + "00");
        assertThat(call.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(due.plusMinutes(45).toLocalDateTime().toString().replace("-", "").replace(":", "") + "00");
        assertThat(call.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/customers/" + ana.getId());
        assertThat(response.body()).contains("BEGIN:VTIMEZONE").doesNotContain("Cliente Ajeno");
    }

    @Test
    void birthdaysOfThePersonsCustomersAreShownWhenChosen() throws Exception {
        String url = TestData.as(seller, () -> feeds().create(false));
        assertThat(events(get(url))).extracting(CalendarFeedHttpTest::summary).noneMatch(s -> s.startsWith("Cumpleaños"));

        TestData.as(seller, () -> {
            feeds().includeBirthdays(true);
            return null;
        });

        List<VEvent> events = events(get(url));
        assertThat(events).extracting(CalendarFeedHttpTest::summary).contains("Cumpleaños de Ana García");
        VEvent birthday = events.stream().filter(e -> summary(e).startsWith("Cumpleaños")).findFirst().orElseThrow();
        assertThat(birthday.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(due.toLocalDate().plusDays(1).toString().replace("-", ""));
    }

    @Test
    void anUnknownReplacedOrRevokedAddressAnswers404() throws Exception {
        String first = TestData.as(seller, () -> feeds().create(false));
        assertThat(get(first).statusCode()).isEqualTo(200);
        assertThat(get(first.replace(".ics", "x.ics")).statusCode()).isEqualTo(404);
        assertThat(get("http://localhost/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);

        String second = TestData.as(seller, () -> feeds().create(false));
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        TestData.as(seller, () -> {
            feeds().revoke();
            return null;
        });
        assertThat(get(second).statusCode()).isEqualTo(404);
        assertThat(TestData.as(seller, () -> feeds().mine())).isEmpty();
    }

    @Test
    void aFeedStopsWhenItsOwnerLeavesTheWorkspace() throws Exception {
        String url = TestData.as(seller, () -> feeds().create(false));
        assertThat(get(url).statusCode()).isEqualTo(200);
        var team = context.getBean(TeamService.class);
        TestData.as(admin, () -> {
            TeamService.Member member = team.members().stream().filter(m -> m.userId().equals(seller.userId()))
                    .findFirst().orElseThrow();
            return team.setActive(member.membershipId(), member.version(), false);
        });

        assertThat(get(url).statusCode()).isEqualTo(404);
    }
}
