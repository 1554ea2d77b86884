package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.StaleTab;
import com.cartera.TestData;
import com.cartera.customer.LifecycleStage;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/**
 * The pipeline board opened in workspace A, a switch to workspace B in another tab, then a card moved on the
 * first tab's board: opportunity ids start at 1 in every workspace, so the move must be refused.
 */
@CarteraIntegrationTest
class BoardAfterWorkspaceSwitchTest extends KaribuTest {

    @Test
    void aCardMovedAfterTheSwitchIsRefusedAndNeitherBoardChanges() {
        String slug = TestData.uniqueSlug("tab");
        SignedInUser founderOfA = data.newWorkspace("Tablero A " + slug);
        SignedInUser adminOfB = data.newWorkspace("Tablero B " + slug);
        SignedInUser person = data.addMember(adminOfB, founderOfA.email(), founderOfA.displayName(), Set.of(Role.ADMIN));
        SignedInUser inA = data.inWorkspaceOf(person, founderOfA);
        SignedInUser inB = data.inWorkspaceOf(person, adminOfB);
        Opportunity ofA = firstDeal(inA, "Trato de A");
        Opportunity ofB = firstDeal(inB, "Trato de B");
        assertThat(ofA.getId()).isEqualTo(ofB.getId());

        login(inA);
        UI.getCurrent().navigate("pipeline");
        PipelineBoardView view = _get(PipelineBoardView.class);
        OpportunityCard card = view.column("Nuevo").cards().getFirst();
        _click(card.move);

        login(inB);
        StaleTab.assertRefused(() -> _click(_get(_get(MoveCardDialog.class), Button.class,
                spec -> spec.withText("Propuesta"))));

        assertThat(stageOf(inB, ofB)).isEqualTo(ofB.getStageId());
        assertThat(stageOf(inA, ofA)).isEqualTo(ofA.getStageId());
    }

    private Opportunity firstDeal(SignedInUser user, String title) {
        long customerId = data.customer(user, "Cliente " + title, null, LifecycleStage.PROSPECT).getId();
        return TestData.as(user, () -> context.getBean(OpportunityService.class).quickAdd(
                context.getBean(PipelineService.class).mainPipeline().getId(), customerId, title, new BigDecimal("1000")));
    }

    private long stageOf(SignedInUser user, Opportunity opportunity) {
        return TestData.as(user, () -> context.getBean(OpportunityService.class).find(opportunity.getId())
                .orElseThrow().getStageId());
    }
}
