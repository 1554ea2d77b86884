package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.live.LiveEvent;
import com.cartera.live.LiveUpdates;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/**
 * An open board follows colleagues' moves without a reload; a board of another workspace receives nothing, even
 * for an opportunity with the same id (ids start at 1 in every workspace).
 */
@CarteraIntegrationTest
class LiveBoardTest extends KaribuTest {

    private record Workspace(SignedInUser admin, SignedInUser seller, Opportunity deal, List<PipelineStage> stages) {
    }

    private Workspace workspaceWithADeal(String name) {
        SignedInUser admin = data.newWorkspace(name + " " + TestData.uniqueSlug("v"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        Customer customer = data.customer(seller, "Ana García", null, LifecycleStage.LEAD);
        var pipelines = context.getBean(PipelineService.class);
        long pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        List<PipelineStage> stages = as(admin, () -> pipelines.stages(pipelineId));
        Opportunity deal = as(seller, () -> context.getBean(OpportunityService.class)
                .quickAdd(pipelineId, customer.getId(), "Reforma de la nave", new BigDecimal("1200")));
        return new Workspace(admin, seller, deal, stages);
    }

    private PipelineBoardView openBoard(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("pipeline");
        return _get(PipelineBoardView.class);
    }

    private static List<String> titles(PipelineBoardView board, PipelineStage stage) {
        return board.column(stage.getName()).cards().stream().map(card -> card.card.title()).toList();
    }

    private Opportunity moveAsColleague(Workspace workspace, PipelineStage to) {
        return as(workspace.seller(), () -> context.getBean(OpportunityService.class)
                .move(workspace.deal().getId(), workspace.deal().getVersion(), to.getId(), null, null));
    }

    @Test
    void aCardMovedByAColleagueMovesOnAnOpenBoard() {
        Workspace a = workspaceWithADeal("Tablero vivo");
        PipelineBoardView board = openBoard(a.admin());
        PipelineStage first = a.stages().get(0);
        PipelineStage second = a.stages().get(1);
        assertThat(titles(board, first)).containsExactly("Reforma de la nave");

        Opportunity moved = moveAsColleague(a, second);
        context.getBean(LiveUpdates.class).deliver(new LiveEvent(a.admin().tenant().orElseThrow().id(),
                LiveEvent.Kind.OPPORTUNITY_MOVED, moved.getId(), moved.getVersion(), a.seller().userId(),
                a.seller().userId()));
        MockVaadin.clientRoundtrip(false);

        assertThat(titles(board, first)).isEmpty();
        assertThat(titles(board, second)).containsExactly("Reforma de la nave");
    }

    @Test
    void aBoardOfAnotherWorkspaceReceivesNothing() {
        Workspace a = workspaceWithADeal("Tablero A");
        Workspace b = workspaceWithADeal("Tablero B");
        assertThat(a.deal().getId()).isEqualTo(b.deal().getId());
        var live = context.getBean(LiveUpdates.class);
        PipelineBoardView boardOfB = openBoard(b.admin());
        var tenantOfB = b.admin().tenant().orElseThrow().id();
        assertThat(live.followers(tenantOfB)).isEqualTo(1);

        Opportunity moved = moveAsColleague(a, a.stages().get(1));
        live.deliver(new LiveEvent(a.admin().tenant().orElseThrow().id(), LiveEvent.Kind.OPPORTUNITY_MOVED,
                moved.getId(), moved.getVersion(), a.seller().userId(), a.seller().userId()));
        MockVaadin.clientRoundtrip(false);

        assertThat(live.delivered(tenantOfB)).isZero();
        assertThat(titles(boardOfB, b.stages().get(0))).containsExactly("Reforma de la nave");
    }

    @Test
    void aClosedBoardStopsFollowing() {
        Workspace a = workspaceWithADeal("Tablero cerrado");
        var tenant = a.admin().tenant().orElseThrow().id();
        var live = context.getBean(LiveUpdates.class);
        openBoard(a.admin());
        assertThat(live.followers(tenant)).isEqualTo(1);

        UI.getCurrent().navigate("agenda");

        assertThat(live.followers(tenant)).isEqualTo(1); // the agenda follows now, the board no more
        UI.getCurrent().navigate("account");
        assertThat(live.followers(tenant)).isZero();
    }
}
