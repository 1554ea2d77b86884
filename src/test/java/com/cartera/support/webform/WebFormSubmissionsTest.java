package com.cartera.support.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketType;
import com.cartera.support.webform.WebFormResult.Outcome;
import com.cartera.tenancy.TenantDirectory;

/**
 * The public form end to end on the real database: what it refuses (unknown or switched-off form, robots, floods
 * per client address and per workspace), what it accepts (a ticket on the customer with that address, else on a
 * new lead, and a confirmation mail), and that one workspace's form never reaches another workspace.
 */
@CarteraIntegrationTest
class WebFormSubmissionsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    ApplicationContext context;
    @Autowired
    FormAddresses addresses;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    WebFormWorkspace workspace;
    @Autowired
    WebFormSettings settings;
    @Autowired
    ContactPersonService contacts;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    JdbcTemplate jdbc;

    private final MovingClock clock = new MovingClock(Instant.now());

    private WebFormSubmissions submissions(int perClient, int perWorkspace) {
        var properties = new WebFormProperties(perClient, perWorkspace, Duration.ofHours(1), Duration.ofSeconds(3),
                Duration.ofHours(2), 2, "test secret");
        return new WebFormSubmissions(addresses, tenants, workspace, new WebFormLimits(jdbcClient, clock, properties),
                properties, clock);
    }

    private WebFormSubmissions submissions() {
        return submissions(1000, 1000);
    }

    /** A workspace whose form is on and offers one category; its admin. */
    private SignedInUser workspaceWithForm(String name) {
        SignedInUser admin = new TestData(context).newWorkspace(name);
        long category = category(admin, "Facturación " + UUID.randomUUID());
        TestData.as(admin, () -> settings.save(new FormSettings(true, "Cuéntanos", Set.of(category), 0)));
        return admin;
    }

    private long category(SignedInUser admin, String name) {
        return jdbc.queryForObject("insert into " + schema(admin) + ".ticket_category (name) values (?) returning id",
                Long.class, name);
    }

    private String key(SignedInUser admin) {
        String address = TestData.as(admin, settings::publicAddress);
        return address.substring(address.indexOf("/ayuda/") + "/ayuda/".length());
    }

    private static String schema(SignedInUser admin) {
        return admin.workspace().tenant().schema();
    }

    private long count(SignedInUser admin, String table) {
        return jdbc.queryForObject("select count(*) from " + schema(admin) + "." + table, Long.class);
    }

    private static WebFormEntry entry(String email) {
        return new WebFormEntry("Ana Pérez", email, "", "", "No llega el pedido", "Pedí el 3 de mayo y no ha llegado.",
                null, TicketType.INCIDENT, "");
    }

    private static String address() {
        String random = UUID.randomUUID().toString();
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(4, 8) + "::7";
    }

    /** Shows the form, lets the person type for a few seconds, sends it. */
    private WebFormResult send(WebFormSubmissions form, String key, WebFormEntry entry, String client) {
        String stamp = form.open(key).orElseThrow().stamp();
        clock.advance(Duration.ofSeconds(5));
        return form.submit(key, entry, stamp, client, SPANISH);
    }

    private Map<String, Object> ticket(SignedInUser admin, String number) {
        return jdbc.queryForMap("select * from " + schema(admin) + ".ticket where id = ?",
                Long.parseLong(number.substring(1)));
    }

    @Test
    void anUnknownAddressAndASwitchedOffFormAnswerAlikeAndCreateNothing() {
        var form = submissions();
        SignedInUser off = new TestData(context).newWorkspace("Apagado SL");
        String offKey = key(off);
        String stamp = new FormStamp("test secret").issue(offKey, clock.instant().minusSeconds(60));

        for (String key : new String[] {offKey, "AAAAAAAAAAAAAAAAAAAAAA", "../etc", ""}) {
            assertThat(form.open(key)).as(key).isEmpty();
            assertThat(form.submit(key, entry(TestData.uniqueEmail("x")), stamp, address(), SPANISH).outcome())
                    .as(key).isEqualTo(Outcome.UNAVAILABLE);
        }
        assertThat(count(off, "ticket")).isZero();
        assertThat(count(off, "customer")).isZero();

        SignedInUser on = workspaceWithForm("Encendido SL");
        String onKey = key(on);
        assertThat(form.open(onKey)).hasValueSatisfying(shown -> {
            assertThat(shown.workspace()).isEqualTo("Encendido SL");
            assertThat(shown.intro()).isEqualTo("Cuéntanos");
            assertThat(shown.categories()).hasSize(1);
        });
        TestData.as(on, () -> settings.save(new FormSettings(false, null, Set.of(), settings.settings().version())));
        assertThat(form.open(onKey)).isEmpty();
    }

    @Test
    void robotsFillingTheHiddenFieldOrSendingAtOnceAreRefusedAndNothingIsCreated() {
        var form = submissions();
        SignedInUser admin = workspaceWithForm("Trampa SL");
        String key = key(admin);
        var honest = entry(TestData.uniqueEmail("ana"));
        var trapped = new WebFormEntry(honest.name(), honest.email(), "", "", honest.subject(), honest.description(),
                null, TicketType.INQUIRY, "https://spam.example");

        assertThat(send(form, key, trapped, address()).outcome()).isEqualTo(Outcome.SPAM);
        String stamp = form.open(key).orElseThrow().stamp();
        clock.advance(Duration.ofSeconds(1));
        assertThat(form.submit(key, honest, stamp, address(), SPANISH).outcome()).isEqualTo(Outcome.TOO_FAST);
        assertThat(form.submit(key, honest, "1." + stamp.substring(stamp.indexOf('.') + 1), address(), SPANISH)
                .outcome()).as("a forged time").isEqualTo(Outcome.STALE);

        assertThat(count(admin, "ticket")).isZero();
        assertThat(count(admin, "customer")).isZero();
    }

    @Test
    void aFormLeftOpenTooLongAsksToSendAgainAndThenGoesThrough() {
        var form = submissions();
        SignedInUser admin = workspaceWithForm("Lento SL");
        String key = key(admin);
        var entry = entry(TestData.uniqueEmail("lenta"));
        String stamp = form.open(key).orElseThrow().stamp();
        clock.advance(Duration.ofHours(3));

        WebFormResult stale = form.submit(key, entry, stamp, address(), SPANISH);
        assertThat(stale.outcome()).isEqualTo(Outcome.STALE);
        assertThat(stale.stamp()).isNotEqualTo(stamp);
        assertThat(count(admin, "ticket")).isZero();

        clock.advance(Duration.ofSeconds(10));
        assertThat(form.submit(key, entry, stale.stamp(), address(), SPANISH).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void badValuesAndTooManyLinksAreNamedByFieldAndCostNothing() {
        var form = submissions(2, 1000);
        SignedInUser admin = workspaceWithForm("Enlaces SL");
        String key = key(admin);
        String client = address();
        var links = new WebFormEntry("Ana", TestData.uniqueEmail("links"), "", "", "Ofertas https://a.example",
                "https://b.example https://c.example", null, TicketType.INQUIRY, "");
        var unknownCategory = new WebFormEntry("Ana", TestData.uniqueEmail("cat"), "", "", "Asunto", "Texto",
                -1L, TicketType.INQUIRY, "");

        for (int i = 0; i < 3; i++) {
            WebFormResult refused = send(form, key, links, client);
            assertThat(refused.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(refused.problems()).extracting(FieldProblem::messageKey).containsExactly("support.form.error.links");
        }
        assertThat(send(form, key, unknownCategory, client).problems()).extracting(FieldProblem::field)
                .containsExactly("category");
        assertThat(count(admin, "ticket")).isZero();

        assertThat(send(form, key, entry(TestData.uniqueEmail("ok")), client).outcome()).as("budget untouched")
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aClientAddressSpendingItsBudgetIsStoppedUntilItRefillsAndOthersAreNot() {
        var form = submissions(2, 1000);
        SignedInUser admin = workspaceWithForm("Inundado SL");
        SignedInUser other = workspaceWithForm("Vecino SL");
        String client = address();

        assertThat(send(form, key(admin), entry(TestData.uniqueEmail("a")), client).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(send(form, key(other), entry(TestData.uniqueEmail("b")), client).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(send(form, key(admin), entry(TestData.uniqueEmail("c")), client).outcome())
                .as("the budget counts across workspaces").isEqualTo(Outcome.CLIENT_LIMIT);
        assertThat(send(form, key(admin), entry(TestData.uniqueEmail("d")), address()).outcome())
                .as("a real customer elsewhere").isEqualTo(Outcome.ACCEPTED);
        assertThat(count(admin, "ticket")).isEqualTo(2);

        clock.advance(Duration.ofMinutes(30));
        assertThat(send(form, key(admin), entry(TestData.uniqueEmail("e")), client).outcome())
                .as("half the period refills one").isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aWorkspaceBudgetHoldsAcrossAddressesAndLeavesOtherWorkspacesAlone() {
        var form = submissions(1000, 2);
        SignedInUser flooded = workspaceWithForm("Avalancha SL");
        SignedInUser calm = workspaceWithForm("Tranquilo SL");

        assertThat(send(form, key(flooded), entry(TestData.uniqueEmail("a")), address()).outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(send(form, key(flooded), entry(TestData.uniqueEmail("b")), address()).outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(send(form, key(flooded), entry(TestData.uniqueEmail("c")), address()).outcome())
                .isEqualTo(Outcome.WORKSPACE_LIMIT);
        assertThat(send(form, key(calm), entry(TestData.uniqueEmail("d")), address()).outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(count(flooded, "ticket")).isEqualTo(2);
    }

    @Test
    void anExistingCustomerIsFoundByTheirAddressOrAContactPersonsIgnoringCase() {
        var form = submissions();
        SignedInUser admin = workspaceWithForm("Clientes SL");
        var data = new TestData(context);
        String email = TestData.uniqueEmail("cliente");
        long customer = data.customer(admin, "Cliente Fiel", email, LifecycleStage.ACTIVE).getId();
        var newCompany = new Customer();
        newCompany.setKind(CustomerKind.COMPANY);
        newCompany.setName("Talleres Ortiz S.L.");
        newCompany.setLifecycleStage(LifecycleStage.ACTIVE);
        long company = TestData.as(admin, () -> customers.save(newCompany)).getId();
        String contactEmail = TestData.uniqueEmail("contacto");
        var contact = new ContactPerson(company);
        contact.setName("Luis Ortiz");
        contact.setEmail(contactEmail);
        long contactId = TestData.as(admin, () -> contacts.save(contact)).getId();
        long customersBefore = count(admin, "customer");

        WebFormResult byCustomer = send(form, key(admin), entry("  " + email.toUpperCase(Locale.ROOT) + " "), address());
        WebFormResult byContact = send(form, key(admin), entry(contactEmail.toUpperCase(Locale.ROOT)), address());

        assertThat(count(admin, "customer")).isEqualTo(customersBefore);
        var first = ticket(admin, byCustomer.ticketNumber());
        assertThat(first.get("customer_id")).isEqualTo(customer);
        assertThat(first.get("contact_person_id")).isNull();
        assertThat(first).containsEntry("channel", "WEB_FORM").containsEntry("type", "INCIDENT")
                .containsEntry("subject", "No llega el pedido");
        var second = ticket(admin, byContact.ticketNumber());
        assertThat(second.get("customer_id")).isEqualTo(company);
        assertThat(second.get("contact_person_id")).isEqualTo(contactId);
    }

    @Test
    void anUnknownAddressBecomesALeadFromTheWebSiteAPersonOrACompanyWithItsContact() {
        var form = submissions();
        SignedInUser admin = workspaceWithForm("Nuevos SL");
        String person = TestData.uniqueEmail("persona");
        String employee = TestData.uniqueEmail("empleada");

        var alone = send(form, key(admin), new WebFormEntry("Marta Gil", person, "", "600 123 456", "Presupuesto",
                "¿Cuánto cuesta?", null, TicketType.REQUEST, ""), address());
        var withCompany = send(form, key(admin), new WebFormEntry("Eva Ruiz", employee, "Reformas Vega S.L.", "",
                "Presupuesto", "Para una obra", null, TicketType.INQUIRY, ""), address());

        var lead = jdbc.queryForMap("select * from " + schema(admin) + ".customer where id = ?",
                ticket(admin, alone.ticketNumber()).get("customer_id"));
        assertThat(lead).containsEntry("name", "Marta Gil").containsEntry("email", person)
                .containsEntry("phone", "600 123 456").containsEntry("kind", CustomerKind.PERSON.name())
                .containsEntry("lifecycle_stage", "LEAD").containsEntry("source", "WEBSITE");
        var companyTicket = ticket(admin, withCompany.ticketNumber());
        var company = jdbc.queryForMap("select * from " + schema(admin) + ".customer where id = ?",
                companyTicket.get("customer_id"));
        assertThat(company).containsEntry("name", "Reformas Vega S.L.").containsEntry("kind", "COMPANY")
                .containsEntry("lifecycle_stage", "LEAD");
        assertThat(jdbc.queryForMap("select company_id, name, email from " + schema(admin)
                + ".contact_person where id = ?", companyTicket.get("contact_person_id")))
                .containsEntry("company_id", companyTicket.get("customer_id")).containsEntry("name", "Eva Ruiz")
                .containsEntry("email", employee);

        var again = send(form, key(admin), entry(employee), address());
        assertThat(ticket(admin, again.ticketNumber()).get("customer_id")).as("the next time she is known")
                .isEqualTo(companyTicket.get("customer_id"));
    }

    @Test
    void theFormOfOneWorkspaceNeverCreatesOrRevealsAnythingInAnother() {
        var form = submissions();
        SignedInUser a = workspaceWithForm("Espacio A");
        SignedInUser b = workspaceWithForm("Espacio B");
        String email = TestData.uniqueEmail("compartida");
        var data = new TestData(context);
        long customerOfA = data.customer(a, "Cliente en A", email, LifecycleStage.ACTIVE).getId();
        data.customer(b, "Cliente en B", email, LifecycleStage.ACTIVE);
        long customersOfB = count(b, "customer");

        WebFormResult sent = send(form, key(a), entry(email), address());

        assertThat(ticket(a, sent.ticketNumber()).get("customer_id")).isEqualTo(customerOfA);
        assertThat(count(b, "ticket")).isZero();
        assertThat(count(b, "customer")).isEqualTo(customersOfB);
        assertThat(form.open(key(a)).orElseThrow().workspace()).isEqualTo("Espacio A");
        assertThat(form.open(key(b)).orElseThrow().workspace()).isEqualTo("Espacio B");
        assertThat(key(a)).isNotEqualTo(key(b));

        String old = key(a);
        String renewed = TestData.as(a, settings::renewAddress);
        assertThat(form.open(old)).as("the old address after renewing").isEmpty();
        assertThat(renewed).endsWith("/ayuda/" + key(a));
    }

    @Test
    void thePersonGetsAConfirmationMailWithTheTicketNumber() {
        var form = submissions();
        SignedInUser admin = workspaceWithForm("Correo Soporte SL");
        String email = TestData.uniqueEmail("confirmar");

        WebFormResult sent = send(form, key(admin), entry(email), address());

        SentMail.Message mail = SentMail.last(email);
        assertThat(mail.subject()).isEqualTo("Hemos recibido tu consulta " + sent.ticketNumber());
        assertThat(mail.text()).contains("Ana Pérez").contains(sent.ticketNumber()).contains("No llega el pedido")
                .contains("/ayuda/" + key(admin)).contains("Correo Soporte SL");
    }

    /** A UTC clock the test moves by hand. */
    private static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("always UTC");
        }
    }
}
