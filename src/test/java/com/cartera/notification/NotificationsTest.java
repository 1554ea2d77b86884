package com.cartera.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.activity.CustomerTurnedRed;
import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSelection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.mail.WorkspaceMail;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each change that concerns someone else leaves them a notification, in their workspace only, as they chose. */
@CarteraIntegrationTest
class NotificationsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;
    @Autowired
    CustomerService customers;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    PipelineService pipelines;
    @Autowired
    FollowUpService followUps;
    @Autowired
    TeamDirectory team;
    @Autowired
    WorkspaceCalendar calendar;
    @Autowired
    DailyDigest digest;
    @Autowired
    NotificationStore store;
    @Autowired
    PlatformTransactionManager transactions;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser seller;

    @BeforeEach
    void aWorkspaceWithAnAdminAndASeller() {
        data = new TestData(context);
        admin = data.newWorkspace("Avisos " + TestData.uniqueSlug("n"));
        seller = data.addMember(admin, TestData.uniqueEmail("sara"), "Sara Ventas", Set.of(Role.SALES));
    }

    private static <T> T as(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, work);
    }

    private List<Notification> of(SignedInUser user) {
        return as(user, () -> notifications.latest(NotificationService.LATEST_LIMIT));
    }

    private TeamMember member(SignedInUser user) {
        return as(admin, () -> team.find(user.userId()).orElseThrow());
    }

    private Customer customerOwnedBy(SignedInUser by, SignedInUser owner, String name, String notes) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        customer.setOwner(owner == null ? null : member(owner));
        customer.setNotes(notes);
        return as(by, () -> customers.save(customer));
    }

    @Test
    void assigningACustomerToSomeoneElseTellsThemAndLinksToTheCustomer() {
        Customer customer = customerOwnedBy(admin, seller, "Ferretería Molina", null);

        List<Notification> received = of(seller);
        assertThat(received).hasSize(1);
        Notification notice = received.getFirst();
        assertThat(notice.kind()).isEqualTo(NotificationKind.CUSTOMER_ASSIGNED);
        assertThat(notice.textKey()).isEqualTo("notification.customer-assigned");
        assertThat(notice.arguments()).containsExactly(admin.displayName(), "Ferretería Molina");
        assertThat(notice.linkPath()).isEqualTo("customers/" + customer.getId());
        assertThat(notice.unread()).isTrue();
        assertThat(as(seller, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void nobodyIsToldOfTheirOwnAssignment() {
        customerOwnedBy(seller, seller, "Propio", null);
        customerOwnedBy(admin, admin, "Del admin", null);

        assertThat(of(seller)).isEmpty();
        assertThat(of(admin)).isEmpty();
    }

    @Test
    void aBulkAssignmentTellsTheNewOwnerOnceWithTheCount() {
        Customer one = customerOwnedBy(admin, admin, "Uno", null);
        Customer two = customerOwnedBy(admin, admin, "Dos", null);

        as(admin, () -> context.getBean(PortfolioBulkService.class)
                .assignOwner(CustomerSelection.picked(Set.of(one.getId(), two.getId())), seller.userId()));

        assertThat(of(seller)).singleElement().satisfies(notice -> {
            assertThat(notice.textKey()).isEqualTo("notification.customer-assigned.many");
            assertThat(notice.arguments()).containsExactly(admin.displayName(), "2");
            assertThat(notice.linkPath()).isEqualTo("customers");
        });
    }

    @Test
    void handingAnOpportunityOverTellsTheNewOwnerOnly() {
        Customer customer = customerOwnedBy(admin, admin, "Hostal La Marina", null);
        long pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        Opportunity deal = as(admin, () -> opportunities.quickAdd(pipelineId, customer.getId(), "Reforma", java.math.BigDecimal.TEN));
        assertThat(of(admin)).isEmpty();

        Opportunity edited = as(admin, () -> opportunities.find(deal.getId()).orElseThrow());
        edited.setOwner(member(seller));
        as(admin, () -> opportunities.save(edited));

        assertThat(of(seller)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.OPPORTUNITY_ASSIGNED);
            assertThat(notice.arguments()).containsExactly(admin.displayName(), "Reforma");
            assertThat(notice.linkPath()).isEqualTo("customers/" + customer.getId());
        });
    }

    @Test
    void aMentionInOpportunityNotesTellsThePersonOnce() {
        Customer customer = customerOwnedBy(admin, admin, "Hermanos Molina", null);
        long pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        Opportunity deal = as(admin, () -> opportunities.quickAdd(pipelineId, customer.getId(), "Tornillería",
                java.math.BigDecimal.ONE));
        Opportunity edited = as(admin, () -> opportunities.find(deal.getId()).orElseThrow());
        edited.setNotes("Precio con @[" + seller.userId() + "]");
        Opportunity saved = as(admin, () -> opportunities.save(edited));
        saved.setNotes(saved.getNotes() + " y plazo");
        as(admin, () -> opportunities.save(saved));

        assertThat(of(seller)).singleElement().satisfies(notice -> {
            assertThat(notice.textKey()).isEqualTo("notification.mention.opportunity");
            assertThat(notice.arguments()).containsExactly(admin.displayName(), "Tornillería");
            assertThat(notice.linkPath()).isEqualTo("customers/" + customer.getId());
        });
    }

    @Test
    void aFollowUpScheduledForSomeoneElseTellsThemOneForOneselfDoesNot() {
        Customer customer = customerOwnedBy(admin, admin, "Talleres Ortiz", null);
        Instant due = Instant.now().plus(Duration.ofDays(2));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL, due, 30,
                seller.userId(), "Llamar")));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.VISIT, due, 30,
                null, "Visitar")));

        assertThat(of(seller)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.FOLLOW_UP_ASSIGNED);
            assertThat(notice.arguments()).containsExactly(admin.displayName(), "Talleres Ortiz");
        });
        assertThat(of(admin)).isEmpty();
    }

    @Test
    void theOwnerIsToldOnceWhenTheirCustomerTurnsRed() {
        Customer customer = customerOwnedBy(admin, seller, "Reformas Vega", null);
        as(seller, notifications::markAllRead);
        // Due a minute ago (a few minutes back is accepted): overdue at once, so the customer turns red.
        Instant justPast = Instant.now().minus(Duration.ofMinutes(1));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL, justPast, 30,
                null, null)));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.EMAIL, justPast, 30,
                null, null)));

        assertThat(of(seller).stream().filter(Notification::unread)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.CUSTOMER_RED);
            assertThat(notice.arguments()).containsExactly("Reformas Vega");
            assertThat(notice.linkPath()).isEqualTo("customers/" + customer.getId());
        });
    }

    @Test
    void backgroundWorkWithNobodySignedInStillTellsTheOwner() {
        Customer customer = customerOwnedBy(admin, admin, "Sin sesión", null);

        TestData.as(null, () -> TenantScope.call(admin.workspace().tenant(), () ->
                new TransactionTemplate(transactions).execute(status -> {
                    context.publishEvent(new CustomerTurnedRed(admin.workspace().tenant(), customer.getId(),
                            "Sin sesión", seller.userId()));
                    return null;
                })));

        assertThat(of(seller)).singleElement()
                .satisfies(notice -> assertThat(notice.kind()).isEqualTo(NotificationKind.CUSTOMER_RED));
    }

    @Test
    void aMentionInCustomerNotesTellsTheMemberButNotTheAuthorNorAStranger() {
        SignedInUser stranger = data.newWorkspace("Otra " + TestData.uniqueSlug("n"));
        String notes = "Revisar con @[" + seller.userId() + "], @[" + admin.userId() + "] y @[" + stranger.userId() + "]";
        Customer customer = customerOwnedBy(admin, admin, "Construcciones Beltrán", notes);

        assertThat(of(seller)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(notice.textKey()).isEqualTo("notification.mention.customer");
            assertThat(notice.arguments()).containsExactly(admin.displayName(), "Construcciones Beltrán");
            assertThat(notice.linkPath()).isEqualTo("customers/" + customer.getId());
        });
        assertThat(of(admin)).isEmpty();
        assertThat(of(stranger)).isEmpty();

        // Saving the same mentions again tells nobody again.
        Customer again = as(admin, () -> customers.find(customer.getId()).orElseThrow());
        again.setCity("Madrid");
        as(admin, () -> customers.save(again));
        assertThat(of(seller)).hasSize(1);
    }

    @Test
    void seededHistoryUnderThePauseNotifiesNobody() {
        context.getBean(NotificationPause.class).during(() -> customerOwnedBy(admin, seller, "Semilla", null));

        assertThat(of(seller)).isEmpty();
        customerOwnedBy(admin, seller, "Después", null);
        assertThat(of(seller)).hasSize(1);
    }

    @Test
    void aPersonWhoTurnedAKindOffGetsNone() {
        as(seller, () -> {
            notifications.choose(NotificationKind.CUSTOMER_ASSIGNED, Delivery.OFF);
            return null;
        });

        customerOwnedBy(admin, seller, "Silenciado", null);

        assertThat(of(seller)).isEmpty();
        assertThat(as(seller, notifications::preferences)).containsEntry(NotificationKind.CUSTOMER_ASSIGNED, Delivery.OFF)
                .containsEntry(NotificationKind.MENTION, Delivery.APP);
    }

    @Test
    void markingReadOneOrAllChangesOnlyOnesOwn() {
        customerOwnedBy(admin, seller, "Uno", null);
        customerOwnedBy(admin, seller, "Dos", null);
        SignedInUser boss = data.addMember(admin, TestData.uniqueEmail("jefa"), "Jefa", Set.of(Role.MANAGEMENT));
        customerOwnedBy(boss, admin, "Del admin", null);
        long first = of(seller).getLast().id();
        long admins = of(admin).getFirst().id();

        assertThat(as(seller, () -> notifications.markRead(admins))).isFalse();
        assertThat(as(seller, () -> notifications.markRead(first))).isTrue();
        assertThat(as(seller, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(seller, notifications::markAllRead)).isEqualTo(1);
        assertThat(as(seller, notifications::unreadCount)).isZero();
        assertThat(as(admin, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void anotherWorkspaceCanNeitherReadNorMarkNotificationsNorSeePreferences() {
        customerOwnedBy(admin, seller, "Privado", null);
        long id = of(seller).getFirst().id();
        as(seller, () -> {
            notifications.choose(NotificationKind.MENTION, Delivery.OFF);
            return null;
        });
        SignedInUser otherAdmin = data.newWorkspace("Ajena " + TestData.uniqueSlug("n"));
        // The same person in a second workspace: a notice or a choice of the first does not follow them there.
        data.addMember(otherAdmin, seller.email(), "Sara Ventas", Set.of(Role.SALES));
        SignedInUser sellerElsewhere = data.inWorkspaceOf(seller, otherAdmin);

        assertThat(of(otherAdmin)).isEmpty();
        assertThat(of(sellerElsewhere)).isEmpty();
        assertThat(as(sellerElsewhere, notifications::unreadCount)).isZero();
        assertThat(as(sellerElsewhere, () -> notifications.markRead(id))).isFalse();
        assertThat(as(otherAdmin, () -> notifications.markRead(id))).isFalse();
        assertThat(as(sellerElsewhere, notifications::markAllRead)).isZero();
        assertThat(as(sellerElsewhere, notifications::preferences)).containsEntry(NotificationKind.MENTION, Delivery.APP);

        assertThat(of(data.inWorkspaceOf(sellerElsewhere, admin))).singleElement()
                .satisfies(notice -> assertThat(notice.unread()).isTrue());
    }

    @Test
    void theDigestHoldsTodaysAndOverdueFollowUpsAndDigestNoticesAndNothingForOthers() {
        Customer customer = customerOwnedBy(admin, admin, "Distribuciones Norte", null);
        Instant soon = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = as(admin, () -> LocalDate.ofInstant(soon, calendar.zone()));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL, soon, 30,
                seller.userId(), null)));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.VISIT,
                soon.plus(Duration.ofDays(3)), 30, seller.userId(), null)));
        as(seller, () -> {
            notifications.choose(NotificationKind.CUSTOMER_ASSIGNED, Delivery.DIGEST);
            return null;
        });
        customerOwnedBy(admin, seller, "Para el resumen", null);

        List<DailyDigest.PersonDigest> digests = collect(day);

        assertThat(digests).singleElement().satisfies(mine -> {
            assertThat(mine.member().getUserId()).isEqualTo(seller.userId());
            assertThat(mine.followUps()).singleElement().satisfies(due -> {
                assertThat(due.customerName()).isEqualTo("Distribuciones Norte");
                assertThat(due.kind()).isEqualTo(FollowUpKind.CALL);
            });
            assertThat(mine.notices()).extracting(Notification::kind)
                    .containsExactly(NotificationKind.CUSTOMER_ASSIGNED);
        });
    }

    @Test
    void turningTheRemindersOffLeavesThePersonOutOfTheDigest() {
        Customer customer = customerOwnedBy(admin, admin, "Sin recordatorio", null);
        Instant soon = Instant.now().plus(Duration.ofHours(1));
        LocalDate day = as(admin, () -> LocalDate.ofInstant(soon, calendar.zone()));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL, soon, 30,
                seller.userId(), null)));
        as(seller, () -> {
            notifications.choose(NotificationKind.FOLLOW_UP_REMINDER, Delivery.OFF);
            return null;
        });

        assertThat(collect(day)).isEmpty();
    }

    @Test
    void aPersonsDigestOfADayIsClaimedOnce() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        Instant now = Instant.now();

        assertThat(inWorkspace(admin, () -> store.claimDigest(seller.userId(), day, now))).isTrue();
        assertThat(inWorkspace(admin, () -> store.claimDigest(seller.userId(), day, now))).isFalse();
        assertThat(inWorkspace(admin, () -> store.claimDigest(seller.userId(), day.plusDays(1), now))).isTrue();
    }

    /** Needs the mail module's outbox (merged from the mail branch); skipped while no implementation exists. */
    @Test
    void runningTheDigestTwiceOnADayMailsNobodyTwice() {
        assumeThat(context.getBeanProvider(WorkspaceMail.class).getIfAvailable()).isNotNull();
        Customer customer = customerOwnedBy(admin, admin, "Dos veces", null);
        Instant soon = Instant.now().plus(Duration.ofHours(1));
        LocalDate day = as(admin, () -> LocalDate.ofInstant(soon, calendar.zone()));
        as(admin, () -> followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL, soon, 30,
                seller.userId(), null)));

        assertThat(as(admin, () -> digest.sendFor(day))).isEqualTo(1);
        assertThat(as(admin, () -> digest.sendFor(day))).isZero();
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".notification_digest where member_id = ?", seller.userId())).isEqualTo(1);
    }

    private List<DailyDigest.PersonDigest> collect(LocalDate day) {
        return inWorkspace(admin, () -> digest.collect(day));
    }

    private <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return as(user, () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }
}
