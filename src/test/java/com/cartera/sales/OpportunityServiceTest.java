package com.cartera.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleChange;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Opportunities on PostgreSQL: the seeded pipeline, stage history, board order, conflicts, conversions
 * of won leads, who may do what, and workspaces kept apart.
 */
@CarteraIntegrationTest
class OpportunityServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    PipelineService pipelines;
    @Autowired
    BoardService board;
    @Autowired
    CustomerService customers;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser seller;
    private SignedInUser otherSeller;
    private SignedInUser marketing;
    private long pipelineId;
    private Customer lead;

    @BeforeEach
    void workspace() {
        data = new TestData(context);
        admin = data.newWorkspace("Embudo " + TestData.uniqueSlug("e"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        otherSeller = data.addMember(admin, TestData.uniqueEmail("ventas2"), "Carla Ventas", Set.of(Role.SALES));
        marketing = data.addMember(admin, TestData.uniqueEmail("mk"), "Diego Marketing", Set.of(Role.MARKETING));
        pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        lead = data.customer(seller, "Ana García", "ana@garcia.es", LifecycleStage.LEAD);
    }

    private static <T> T as(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, work);
    }

    private PipelineStage stage(String name) {
        return as(admin, () -> pipelines.stages(pipelineId)).stream().filter(s -> s.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private Opportunity add(SignedInUser user, Customer customer, String title, String amount) {
        return as(user, () -> opportunities.quickAdd(pipelineId, customer.getId(), title, new BigDecimal(amount)));
    }

    private Opportunity move(SignedInUser user, Opportunity opportunity, String stage, Opportunity above) {
        return as(user, () -> opportunities.move(opportunity.getId(), opportunity.getVersion(), stage(stage).getId(),
                above == null ? null : above.getId(), null));
    }

    private List<String> column(String stage) {
        return as(admin, () -> board.cards(stage(stage).getId(), BoardFilter.NONE, null, 100)).stream()
                .map(BoardCard::title).toList();
    }

    @Test
    void everyWorkspaceStartsWithTheSpanishPipeline() {
        assertThat(as(admin, () -> pipelines.pipelines())).extracting(Pipeline::getName, Pipeline::isMain)
                .containsExactly(tuple("Ventas", true));
        assertThat(as(marketing, () -> pipelines.stages(pipelineId)))
                .extracting(PipelineStage::getName, PipelineStage::getProbability, PipelineStage::isWon,
                        PipelineStage::isLost)
                .containsExactly(
                        tuple("Nuevo", 10, false, false),
                        tuple("Cualificado", 25, false, false),
                        tuple("Propuesta", 50, false, false),
                        tuple("Negociación", 75, false, false),
                        tuple("Ganado", 100, true, false),
                        tuple("Perdido", 0, false, true));
    }

    @Test
    void quickAddPutsTheOpportunityOnTopOfTheFirstStageForItsCreatorInTheWorkspaceCurrency() {
        Opportunity first = add(seller, lead, "Primera", "100");
        Opportunity second = add(seller, lead, "Segunda", "200");

        assertThat(second.getStageId()).isEqualTo(stage("Nuevo").getId());
        assertThat(second.getOwner().getUserId()).isEqualTo(seller.userId());
        assertThat(second.getCurrency()).isEqualTo("EUR");
        assertThat(second.getStatus()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(column("Nuevo")).containsExactly("Segunda", "Primera");
        assertThat(as(seller, () -> opportunities.history(first.getId())))
                .extracting(StageChange::getFromStageName, StageChange::getToStageName, StageChange::getChangedBy)
                .containsExactly(tuple(null, "Nuevo", seller.userId()));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> as(seller, () -> opportunities.quickAdd(pipelineId, null, "Sin cliente", BigDecimal.TEN)))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("customer"));
        assertThatThrownBy(() -> add(seller, lead, " ", "-5"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                        assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                                .containsExactlyInAnyOrder("title", "amount"));
    }

    private Opportunity reload(Opportunity opportunity) {
        long id = opportunity.getId();
        return as(admin, () -> opportunities.find(id).orElseThrow());
    }

    @Test
    void everyStageChangeIsKeptWithWhoAndWhenAndAMoveWithinTheColumnIsNoStageChange() {
        long id = add(seller, lead, "Contrato", "1000").getId();
        move(seller, opportunityWithId(id), "Cualificado", null);
        move(seller, opportunityWithId(id), "Propuesta", null);
        move(admin, opportunityWithId(id), "Propuesta", null);

        assertThat(as(seller, () -> opportunities.history(id)))
                .extracting(StageChange::getFromStageName, StageChange::getToStageName, StageChange::getChangedBy)
                .containsExactly(
                        tuple(null, "Nuevo", seller.userId()),
                        tuple("Nuevo", "Cualificado", seller.userId()),
                        tuple("Cualificado", "Propuesta", seller.userId()));
        assertThat(as(seller, () -> opportunities.history(id))).extracting(StageChange::getChangedAt)
                .isSorted().doesNotContainNull();
    }

    private Opportunity opportunityWithId(long id) {
        return as(admin, () -> opportunities.find(id).orElseThrow());
    }

    @Test
    void cardsKeepTheOrderTheyAreDroppedIn() {
        Opportunity a = add(seller, lead, "A", "1");
        Opportunity b = add(seller, lead, "B", "1");
        Opportunity c = add(seller, lead, "C", "1");
        assertThat(column("Nuevo")).containsExactly("C", "B", "A");

        move(seller, a, "Nuevo", c);                   // A above C
        assertThat(column("Nuevo")).containsExactly("A", "C", "B");
        move(seller, reload(c), "Nuevo", null);        // C to the bottom
        assertThat(column("Nuevo")).containsExactly("A", "B", "C");

        Opportunity d = move(seller, add(seller, lead, "D", "1"), "Cualificado", null);
        move(seller, reload(b), "Cualificado", d);     // B above D, in another column
        assertThat(column("Nuevo")).containsExactly("A", "C");
        assertThat(column("Cualificado")).containsExactly("B", "D");
    }

    @Test
    void aColumnOutOfRoomIsSpreadOutAndKeepsItsOrder() {
        add(seller, lead, "Arriba", "1");
        Opportunity bottom = move(seller, add(seller, lead, "Abajo", "1"), "Nuevo", null);
        // Each new card dropped right above the bottom one halves the gap left there; after thirty there
        // is no room, and the column is spread out.
        List<String> expected = new ArrayList<>(List.of("Arriba"));
        for (int i = 1; i <= 34; i++) {
            move(seller, add(seller, lead, "Entre " + i, "1"), "Nuevo", bottom);
            expected.add("Entre " + i);
        }
        expected.add("Abajo");

        assertThat(column("Nuevo")).containsExactlyElementsOf(expected);
        List<Double> positions = as(admin, () -> board.cards(stage("Nuevo").getId(), BoardFilter.NONE, null, 100))
                .stream().map(BoardCard::position).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        // Spread out at the 31st drop: the cards above the drop sit on whole gaps again.
        assertThat(positions.subList(0, 31)).allSatisfy(position -> assertThat(position % CardPositions.GAP).isZero());
    }

    @Test
    void aMoveOnAStaleVersionIsAConflictAndChangesNothing() {
        Opportunity seen = add(seller, lead, "Disputada", "500");
        Opportunity movedByAdmin = move(admin, seen, "Propuesta", null);

        assertThatThrownBy(() -> move(seller, seen, "Cualificado", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as(seller, () -> opportunities.find(seen.getId()).orElseThrow().getStageId()))
                .isEqualTo(stage("Propuesta").getId());
        assertThat(as(seller, () -> opportunities.history(seen.getId()))).hasSize(2);
        assertThat(movedByAdmin.getVersion()).isGreaterThan(seen.getVersion());
    }

    @Test
    void winningConvertsALeadToActiveRecordingTheLifecycleChangeAndTheConversion() {
        Opportunity draft = add(seller, lead, "Contrato anual", "12000");
        draft.setSource(CustomerSource.EVENT);
        draft.setCampaign("Feria 2026");
        Opportunity deal = as(seller, () -> opportunities.save(draft));
        Opportunity won = move(seller, deal, "Ganado", null);

        assertThat(won.getStatus()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.getClosedAt()).isNotNull();
        Customer customer = as(admin, () -> customers.find(lead.getId()).orElseThrow());
        assertThat(customer.getLifecycleStage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(as(admin, () -> customers.lifecycleHistory(lead.getId())))
                .extracting(LifecycleChange::getFromStage, LifecycleChange::getToStage, LifecycleChange::getChangedBy)
                .containsExactly(
                        tuple(null, LifecycleStage.LEAD, seller.userId()),
                        tuple(LifecycleStage.LEAD, LifecycleStage.ACTIVE, seller.userId()));
        assertThat(as(admin, () -> opportunities.conversionsOf(lead.getId())))
                .extracting(Conversion::getOpportunityId, Conversion::getFromStage, Conversion::getConvertedBy,
                        Conversion::getSource, Conversion::getCampaign)
                .containsExactly(tuple(won.getId(), LifecycleStage.LEAD, seller.userId(), CustomerSource.EVENT,
                        "Feria 2026"));

        // Reopening and winning again converts nothing more: the customer is active already.
        Opportunity reopened = move(seller, won, "Negociación", null);
        assertThat(reopened.getStatus()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopened.getClosedAt()).isNull();
        move(seller, reopened, "Ganado", null);
        assertThat(as(admin, () -> opportunities.conversionsOf(lead.getId()))).hasSize(1);
        assertThat(as(admin, () -> customers.lifecycleHistory(lead.getId()))).hasSize(2);
    }

    @Test
    void winningForAnActiveCustomerRecordsNoConversion() {
        Customer active = data.customer(seller, "Bodegas Rioja", null, LifecycleStage.ACTIVE);
        move(seller, add(seller, active, "Renovación", "800"), "Ganado", null);

        assertThat(as(admin, () -> opportunities.conversionsOf(active.getId()))).isEmpty();
        assertThat(as(admin, () -> customers.lifecycleHistory(active.getId()))).hasSize(1);
    }

    @Test
    void losingNeedsAReasonWhichIsKept() {
        Opportunity deal = add(seller, lead, "Perdible", "300");
        assertThatThrownBy(() -> move(seller, deal, "Perdido", null))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("lostReason"));

        Opportunity lost = as(seller, () -> opportunities.move(deal.getId(), deal.getVersion(),
                stage("Perdido").getId(), null, "  Precio demasiado alto "));
        assertThat(lost.getStatus()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.getLostReason()).isEqualTo("Precio demasiado alto");
        // Reordering inside the lost column keeps the reason.
        Opportunity reordered = move(seller, lost, "Perdido", null);
        assertThat(reordered.getLostReason()).isEqualTo("Precio demasiado alto");
        assertThat(as(admin, () -> customers.find(lead.getId()).orElseThrow().getLifecycleStage()))
                .isEqualTo(LifecycleStage.LEAD);
    }

    @Test
    void salesChangeOnlyTheirOwnOpportunitiesManagersAllOthersNone() {
        Opportunity sellers = add(seller, lead, "De Bruno", "100");

        assertThatThrownBy(() -> move(otherSeller, sellers, "Cualificado", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move(marketing, sellers, "Cualificado", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> add(marketing, lead, "De marketing", "1"))
                .isInstanceOf(AccessDeniedException.class);
        Opportunity edited = as(otherSeller, () -> opportunities.find(sellers.getId()).orElseThrow());
        edited.setTitle("Cambiada por Carla");
        assertThatThrownBy(() -> as(otherSeller, () -> opportunities.save(edited)))
                .isInstanceOf(AccessDeniedException.class);

        // The owner may not hand it over; the admin may, and may move it.
        Opportunity handOver = as(seller, () -> opportunities.find(sellers.getId()).orElseThrow());
        handOver.setOwner(as(admin, () -> context.getBean(TeamDirectory.class)
                .find(otherSeller.userId()).orElseThrow()));
        assertThatThrownBy(() -> as(seller, () -> opportunities.save(handOver)))
                .isInstanceOf(AccessDeniedException.class);
        Opportunity handedOver = as(admin, () -> opportunities.save(handOver));
        assertThat(handedOver.getOwner().getUserId()).isEqualTo(otherSeller.userId());
        assertThat(move(otherSeller, handedOver, "Cualificado", null).getStageId())
                .isEqualTo(stage("Cualificado").getId());

        // Everyone reads the board.
        assertThat(as(marketing, () -> board.summaries(pipelineId, BoardFilter.NONE))).hasSize(6);
    }

    @Test
    void theBoardAggregatesPerStageAndFiltersByOwnerTagAndExpectedClose() {
        Opportunity a = add(seller, lead, "A", "1000.00");
        Opportunity b = add(seller, lead, "B", "500.50");
        Opportunity c = add(otherSeller, lead, "C", "2000.00");
        move(otherSeller, c, "Propuesta", null);
        Opportunity bEdited = as(seller, () -> opportunities.find(b.getId()).orElseThrow());
        bEdited.setExpectedCloseOn(LocalDate.of(2026, 6, 30));
        as(seller, () -> opportunities.save(bEdited));

        List<StageSummary> all = as(admin, () -> board.summaries(pipelineId, BoardFilter.NONE));
        assertThat(all).extracting(s -> s.stage().getName(), StageSummary::count)
                .containsExactly(tuple("Nuevo", 2L), tuple("Cualificado", 0L), tuple("Propuesta", 1L),
                        tuple("Negociación", 0L), tuple("Ganado", 0L), tuple("Perdido", 0L));
        assertThat(all.get(0).totals()).containsExactly(Map.entry("EUR", new BigDecimal("1500.50")));
        // 1500.50 × 10 % = 150.05; 2000 × 50 % = 1000
        assertThat(all.get(0).weightedTotals().get("EUR")).isEqualByComparingTo("150.05");
        assertThat(all.get(2).weightedTotals().get("EUR")).isEqualByComparingTo("1000.00");
        assertThat(all.get(1).totals()).isEmpty();

        var bySeller = BoardFilter.NONE.withOwner(seller.userId());
        assertThat(as(admin, () -> board.summaries(pipelineId, bySeller))).extracting(StageSummary::count)
                .containsExactly(2L, 0L, 0L, 0L, 0L, 0L);
        var closing = BoardFilter.NONE.withExpectedClose(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertThat(as(admin, () -> board.cards(stage("Nuevo").getId(), closing, null, 10)))
                .extracting(BoardCard::title).containsExactly("B");
        assertThat(as(admin, () -> board.summaries(pipelineId,
                BoardFilter.NONE.withExpectedClose(LocalDate.of(2026, 7, 1), null))))
                .extracting(StageSummary::count).containsOnly(0L);

        // A tag on one customer: only that customer's opportunities remain.
        Customer other = data.customer(otherSeller, "Bodegas Rioja", null, LifecycleStage.PROSPECT);
        add(otherSeller, other, "E", "70");
        var jdbc = context.getBean(JdbcTemplate.class);
        String schema = admin.workspace().tenant().schema();
        Long vip = jdbc.queryForObject("insert into " + schema + ".tag (name, colour) values ('VIP', '#ff0000') returning id",
                Long.class);
        jdbc.update("insert into " + schema + ".customer_tag (customer_id, tag_id) values (?, ?)", other.getId(), vip);
        assertThat(as(admin, () -> board.summaries(pipelineId, BoardFilter.NONE.withTag(vip))))
                .extracting(StageSummary::count).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(as(admin, () -> board.cards(stage("Nuevo").getId(), BoardFilter.NONE.withTag(vip), null, 10)))
                .extracting(BoardCard::title).containsExactly("E");
        assertThat(a.getTitle()).isEqualTo("A");
    }

    @Test
    void columnsArePagedAfterTheLastCardSeen() {
        for (int i = 1; i <= 5; i++) {
            add(seller, lead, "Oportunidad " + i, "10");
        }
        long nuevo = stage("Nuevo").getId();
        List<BoardCard> first = as(admin, () -> board.cards(nuevo, BoardFilter.NONE, null, 2));
        List<BoardCard> second = as(admin, () -> board.cards(nuevo, BoardFilter.NONE, first.getLast(), 2));
        List<BoardCard> third = as(admin, () -> board.cards(nuevo, BoardFilter.NONE, second.getLast(), 2));

        assertThat(first).extracting(BoardCard::title).containsExactly("Oportunidad 5", "Oportunidad 4");
        assertThat(second).extracting(BoardCard::title).containsExactly("Oportunidad 3", "Oportunidad 2");
        assertThat(third).extracting(BoardCard::title).containsExactly("Oportunidad 1");
        assertThat(first.getFirst().customerName()).isEqualTo("Ana García");
        assertThat(first.getFirst().ownerName()).isEqualTo("Bruno Ventas");
    }

    @Test
    void anotherWorkspaceSeesNoneOfItAndCannotMoveItById() {
        Opportunity ours = add(seller, lead, "Nuestra", "100");
        SignedInUser stranger = data.newWorkspace("Ajena " + TestData.uniqueSlug("a"));
        long theirPipeline = as(stranger, () -> pipelines.mainPipeline().getId());
        long theirNuevo = as(stranger, () -> pipelines.stages(theirPipeline)).getFirst().getId();

        assertThat(as(stranger, () -> board.summaries(theirPipeline, BoardFilter.NONE)))
                .extracting(StageSummary::count).containsOnly(0L);
        assertThat(as(stranger, () -> opportunities.find(ours.getId()))).isEmpty();
        assertThatThrownBy(() -> as(stranger, () -> opportunities.move(ours.getId(), ours.getVersion(), theirNuevo,
                null, null))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(column("Nuevo")).containsExactly("Nuestra");
    }
}
