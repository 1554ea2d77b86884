package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Bulk changes and hand-overs on PostgreSQL: set-based statements over a selection or a filter, applied only
 * where the signed-in person may, with versions bumped, lifecycle transitions recorded and one audit entry.
 */
@CarteraIntegrationTest
class PortfolioBulkServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PortfolioBulkService bulk;
    @Autowired
    CustomerService customerService;

    private PortfolioFixtures fixtures;
    private SignedInUser admin;
    private SignedInUser luciaUser;
    private SignedInUser marketingUser;
    private TeamMember lucia;
    private TeamMember pedro;
    private Tag vip;
    private Customer luciasLead;
    private Customer luciasActive;
    private Customer pedrosActive;
    private Customer pedrosLead;
    private Customer nobodys;

    @BeforeEach
    void aPortfolioOfTwoAgents() {
        var data = new TestData(context);
        fixtures = new PortfolioFixtures(context);
        admin = data.newWorkspace("Masivas " + TestData.uniqueSlug("b"));
        luciaUser = data.addMember(admin, TestData.uniqueEmail("lucia"), "Lucía", Set.of(Role.SALES));
        SignedInUser pedroUser = data.addMember(admin, TestData.uniqueEmail("pedro"), "Pedro", Set.of(Role.SALES));
        marketingUser = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta", Set.of(Role.MARKETING));
        lucia = fixtures.member(admin, luciaUser);
        pedro = fixtures.member(admin, pedroUser);
        vip = fixtures.tag(admin, "VIP", "#b91c1c");
        luciasLead = fixtures.customer(admin, "Ana", LifecycleStage.LEAD, "Madrid", null, null, lucia);
        luciasActive = fixtures.customer(admin, "Bea", LifecycleStage.ACTIVE, "Madrid", null, null, lucia, vip);
        pedrosActive = fixtures.customer(admin, "Carlos", LifecycleStage.ACTIVE, "Sevilla", null, null, pedro);
        pedrosLead = fixtures.customer(admin, "Diana", LifecycleStage.LEAD, "Madrid", null, null, pedro);
        nobodys = fixtures.customer(admin, "Eva", LifecycleStage.PROSPECT, "Sevilla", null, null, null);
    }

    @Test
    void aManagerAssignsAnOwnerToEveryCustomerMatchingAFilter() {
        var madrid = CustomerSelection.matching(CustomerFilter.NONE.withPlace("Madrid", null));

        BulkResult result = as(admin, () -> bulk.assignOwner(madrid, pedro.getUserId()));

        assertThat(result).isEqualTo(new BulkResult(3, 2, 0));
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(ownerOf(luciasLead)).isEqualTo(pedro.getUserId());
        assertThat(ownerOf(luciasActive)).isEqualTo(pedro.getUserId());
        assertThat(ownerOf(nobodys)).isNull();
        // Changed customers have a new version, so an editor still open on them sees a conflict; others keep theirs.
        assertThat(version(luciasLead)).isEqualTo(luciasLead.getVersion() + 1);
        assertThat(version(pedrosLead)).isEqualTo(pedrosLead.getVersion());
        assertThat(audit("BULK_OWNER")).containsExactly(
                "{\"owner\": \"" + pedro.getUserId() + "\", \"changed\": 2, \"skipped\": 0, \"selected\": 3}");
    }

    @Test
    void salesMayNotReassignSoEverythingIsSkipped() {
        BulkResult result = as(luciaUser, () -> bulk.assignOwner(
                CustomerSelection.picked(Set.of(luciasLead.getId())), pedro.getUserId()));
        assertThat(result).isEqualTo(new BulkResult(1, 0, 1));
        assertThat(ownerOf(luciasLead)).isEqualTo(lucia.getUserId());
    }

    @Test
    void aSalespersonChangesTheStageOfTheirOwnCustomersOnlyAndEachTransitionIsRecorded() {
        var picked = CustomerSelection.picked(Set.of(luciasLead.getId(), luciasActive.getId(), pedrosLead.getId()));

        BulkResult result = as(luciaUser, () -> bulk.changeStage(picked, LifecycleStage.ACTIVE));

        assertThat(result).isEqualTo(new BulkResult(3, 1, 1));
        assertThat(stage(luciasLead)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(stage(pedrosLead)).isEqualTo(LifecycleStage.LEAD);
        List<LifecycleChange> history = as(admin, () -> customerService.lifecycleHistory(luciasLead.getId()));
        assertThat(history).extracting(LifecycleChange::getFromStage, LifecycleChange::getToStage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, LifecycleStage.LEAD),
                        org.assertj.core.groups.Tuple.tuple(LifecycleStage.LEAD, LifecycleStage.ACTIVE));
        assertThat(history.getLast().getChangedBy()).isEqualTo(luciaUser.userId());
        assertThat(as(admin, () -> customerService.lifecycleHistory(luciasActive.getId()))).hasSize(1);
        assertThat(fixtures.count(admin, "select count(*) from audit_event where action = 'BULK_STAGE'"
                + " and details -> 'ids' @> cast(?1 as jsonb)", "[" + pedrosLead.getId() + "]")).isOne();
    }

    @Test
    void marketingMovesOnlyLeadsBetweenStages() {
        BulkResult result = as(marketingUser, () -> bulk.changeStage(
                CustomerSelection.matching(CustomerFilter.NONE), LifecycleStage.PROSPECT));
        // Leads Ana and Diana change; the other three are not marketing's to move.
        assertThat(result).isEqualTo(new BulkResult(5, 2, 3));
        assertThat(stage(pedrosLead)).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(stage(pedrosActive)).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void tagsAreAddedAndRemovedOverAFilterWithoutTouchingCustomersAlreadyAsAsked() {
        var sevillaOrLucia = CustomerSelection.matching(CustomerFilter.NONE.withOwners(Set.of(lucia.getUserId()), false));

        BulkResult added = as(marketingUser, () -> bulk.addTag(sevillaOrLucia, vip.getId()));
        assertThat(added).isEqualTo(new BulkResult(2, 1, 0));
        assertThat(tagged(vip)).containsExactlyInAnyOrder(luciasLead.getId(), luciasActive.getId());
        assertThat(version(luciasActive)).isEqualTo(luciasActive.getVersion());

        BulkResult removed = as(admin, () -> bulk.removeTag(CustomerSelection.matching(CustomerFilter.NONE), vip.getId()));
        assertThat(removed).isEqualTo(new BulkResult(5, 2, 0));
        assertThat(tagged(vip)).isEmpty();
        assertThat(version(luciasActive)).isEqualTo(luciasActive.getVersion() + 1);
        assertThat(audit("BULK_TAG_REMOVE")).hasSize(1);
    }

    @Test
    void aSalespersonTagsOnlyTheirOwnCustomers() {
        var everyone = CustomerSelection.matching(CustomerFilter.NONE);
        BulkResult result = as(luciaUser, () -> bulk.addTag(everyone, vip.getId()));
        assertThat(result).isEqualTo(new BulkResult(5, 1, 3));
        assertThat(tagged(vip)).containsExactlyInAnyOrder(luciasLead.getId(), luciasActive.getId());
    }

    @Test
    void deletedCustomersAreNeverChanged() {
        as(admin, () -> {
            customerService.delete(luciasLead.getId(), luciasLead.getVersion());
            return null;
        });
        BulkResult result = as(admin, () -> bulk.addTag(
                CustomerSelection.picked(Set.of(luciasLead.getId(), pedrosLead.getId())), vip.getId()));
        assertThat(result).isEqualTo(new BulkResult(1, 1, 0));
        assertThat(tagged(vip)).containsExactlyInAnyOrder(luciasActive.getId(), pedrosLead.getId());
    }

    @Test
    void aHandOverMovesAWholePortfolioOrItsFilteredPartInOneAuditedAction() {
        var sevilla = CustomerFilter.NONE.withPlace("Sevilla", null);
        assertThat(as(admin, () -> bulk.handoverCount(pedro.getUserId(), CustomerFilter.NONE))).isEqualTo(2);
        assertThat(as(admin, () -> bulk.handoverCount(pedro.getUserId(), sevilla))).isEqualTo(1);
        assertThat(as(admin, () -> bulk.portfolioOwners())).extracting(TeamMember::getDisplayName)
                .containsExactly("Lucía", "Pedro");

        BulkResult part = as(admin, () -> bulk.handOver(pedro.getUserId(), lucia.getUserId(), sevilla));
        assertThat(part.changed()).isEqualTo(1);
        assertThat(ownerOf(pedrosActive)).isEqualTo(lucia.getUserId());
        assertThat(ownerOf(pedrosLead)).isEqualTo(pedro.getUserId());
        assertThat(ownerOf(nobodys)).isNull();

        BulkResult whole = as(admin, () -> bulk.handOver(lucia.getUserId(), pedro.getUserId(), CustomerFilter.NONE));
        assertThat(whole.changed()).isEqualTo(3);
        assertThat(as(admin, () -> customerService.count(CustomerFilter.NONE.withOwners(Set.of(pedro.getUserId()), false))))
                .isEqualTo(4);
        assertThat(audit("HANDOVER")).hasSize(2).last().asString()
                .contains("\"to\": \"" + pedro.getUserId() + "\"", "\"from\": \"" + lucia.getUserId() + "\"",
                        "\"count\": 3");
    }

    @Test
    void aHandOverNeedsTwoDifferentAgentsAndAManager() {
        assertThatThrownBy(() -> as(admin, () -> bulk.handOver(lucia.getUserId(), lucia.getUserId(), CustomerFilter.NONE)))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> as(admin, () -> bulk.handOver(null, lucia.getUserId(), CustomerFilter.NONE)))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> as(admin, () -> bulk.handOver(lucia.getUserId(), UUID.randomUUID(), CustomerFilter.NONE)))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> as(luciaUser, () -> bulk.handOver(pedro.getUserId(), lucia.getUserId(), CustomerFilter.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ownerOf(pedrosActive)).isEqualTo(pedro.getUserId());
    }

    private List<Long> tagged(Tag tag) {
        return fixtures.rows(admin, "select customer_id from customer_tag where tag_id = ?1", tag.getId()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    private List<String> audit(String action) {
        return fixtures.rows(admin, "select cast(details - 'filter' - 'ids' as text) from audit_event"
                + " where action = ?1 order by id", action).stream().map(String::valueOf).toList();
    }

    private UUID ownerOf(Customer customer) {
        TeamMember owner = stored(customer).getOwner();
        return owner == null ? null : owner.getUserId();
    }

    private LifecycleStage stage(Customer customer) {
        return stored(customer).getLifecycleStage();
    }

    private long version(Customer customer) {
        return stored(customer).getVersion();
    }

    private Customer stored(Customer customer) {
        return as(admin, () -> customerService.find(customer.getId()).orElseThrow());
    }

    private static <T> T as(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, work);
    }
}
