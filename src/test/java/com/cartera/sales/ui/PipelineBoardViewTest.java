package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.sales.BoardCard;
import com.cartera.sales.BoardFilter;
import com.cartera.sales.BoardService;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.OpportunityStatus;
import com.cartera.sales.PipelineService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CarteraIntegrationTest
class PipelineBoardViewTest extends KaribuTest {

    private OpportunityService opportunities;
    private SignedInUser admin;
    private SignedInUser seller;
    private SignedInUser marketing;
    private Customer ana;
    private long pipelineId;

    @BeforeEach
    void aWorkspaceWithOpportunities() {
        opportunities = context.getBean(OpportunityService.class);
        admin = data.newWorkspace("Tablero " + TestData.uniqueSlug("t"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        marketing = data.addMember(admin, TestData.uniqueEmail("mk"), "Diego Marketing", Set.of(Role.MARKETING));
        pipelineId = as(admin, () -> context.getBean(PipelineService.class).mainPipeline().getId());
        ana = data.customer(seller, "Ana García", "ana@garcia.es", LifecycleStage.LEAD);
        add("A", "300");
        add("B", "200.50");
        add("C", "100");
    }

    private Opportunity add(String title, String amount) {
        return as(seller, () -> opportunities.quickAdd(pipelineId, ana.getId(), title, new BigDecimal(amount)));
    }

    private PipelineBoardView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("pipeline");
        return _get(PipelineBoardView.class);
    }

    private static List<String> titles(StageColumn column) {
        return column.cards().stream().map(card -> card.card.title()).toList();
    }

    private static OpportunityCard card(StageColumn column, String title) {
        return column.cards().stream().filter(card -> card.card.title().equals(title)).findFirst().orElseThrow();
    }

    private static String text(Span span) {
        return span.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** What the browser sends for a drag and drop: drag start on the card, then drop on the target. */
    private static void dragAndDrop(OpportunityCard dragged, Component target) {
        ComponentUtil.fireEvent(dragged, new DragStartEvent<>(dragged, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));
    }

    /** The keyboard and touch way: the card's move button, then the choice in its dialog. */
    private static void moveWithMenu(OpportunityCard card, String choice) {
        _click(card.move);
        _click(_get(_get(MoveCardDialog.class), Button.class, spec -> spec.withText(choice)));
        assertThat(_find(MoveCardDialog.class)).isEmpty();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    @Test
    void aColumnPerStageWithCountTotalAndWeightedTotal() {
        PipelineBoardView view = open(admin);

        assertThat(view.board.getChildren().map(c -> ((StageColumn) c).stage.getName()))
                .containsExactly("Nuevo", "Cualificado", "Propuesta", "Negociación", "Ganado", "Perdido");
        StageColumn nuevo = view.column("Nuevo");
        assertThat(nuevo.count.getText()).isEqualTo("3");
        // 300 + 200.50 + 100 = 600.50; at 10 %: 60.05
        assertThat(text(nuevo.total)).isEqualTo("Total 600,50 €");
        assertThat(text(nuevo.weighted)).isEqualTo("Ponderado (10 %) 60,05 €");
        assertThat(text(view.column("Propuesta").total)).isEqualTo("Total 0 €");
        assertThat(titles(nuevo)).containsExactly("C", "B", "A");
        OpportunityCard c = card(nuevo, "C");
        assertThat(c.card.customerName()).isEqualTo("Ana García");
        assertThat(c.card.ownerName()).isEqualTo("Bruno Ventas");
        assertThat(c.card.daysInStage(Instant.now())).isZero();
    }

    @Test
    void droppingACardOnAnotherColumnMovesItThereAtTheBottom() {
        PipelineBoardView view = open(seller);
        dragAndDrop(card(view.column("Nuevo"), "B"), view.column("Cualificado"));
        dragAndDrop(card(view.column("Nuevo"), "A"), view.column("Cualificado"));

        assertThat(titles(view.column("Nuevo"))).containsExactly("C");
        assertThat(titles(view.column("Cualificado"))).containsExactly("B", "A");
        assertThat(view.column("Cualificado").count.getText()).isEqualTo("2");
        assertThat(text(view.column("Cualificado").total)).isEqualTo("Total 500,50 €");
        long b = card(view.column("Cualificado"), "B").card.id();
        assertThat(as(seller, () -> opportunities.history(b))).hasSize(2);
    }

    @Test
    void droppingACardOnAnotherCardPutsItRightAboveThatCard() {
        PipelineBoardView view = open(seller);
        StageColumn nuevo = view.column("Nuevo");

        dragAndDrop(card(nuevo, "A"), card(nuevo, "B"));
        assertThat(titles(nuevo)).containsExactly("C", "A", "B");
        dragAndDrop(card(nuevo, "C"), nuevo);
        assertThat(titles(nuevo)).containsExactly("A", "B", "C");
        // Onto a card of another column: above it, in that column.
        dragAndDrop(card(nuevo, "B"), view.column("Propuesta"));
        dragAndDrop(card(view.column("Nuevo"), "C"), card(view.column("Propuesta"), "B"));
        assertThat(titles(view.column("Propuesta"))).containsExactly("C", "B");

        // What the browser kept after a reload: the order is in the database.
        PipelineBoardView reopened = open(seller);
        assertThat(titles(reopened.column("Propuesta"))).containsExactly("C", "B");
    }

    @Test
    void aCardSomeoneElseMovedMeanwhileGivesAClearMessageAndTheBoardShowsTheirMove() {
        PipelineBoardView view = open(seller);
        OpportunityCard stale = card(view.column("Nuevo"), "A");
        BoardCard seen = stale.card;
        as(admin, () -> opportunities.move(seen.id(), seen.version(),
                view.column("Negociación").stage.getId(), null, null));
        NotificationsKt.clearNotifications();

        dragAndDrop(stale, view.column("Cualificado"));

        assertThat(notifications()).containsExactly("Otra persona ha movido o cambiado «A» mientras tanto. El tablero"
                + " se ha actualizado: revisa dónde está y vuelve a moverla si hace falta.");
        assertThat(titles(view.column("Cualificado"))).isEmpty();
        assertThat(titles(view.column("Negociación"))).containsExactly("A");
        assertThat(as(admin, () -> opportunities.find(seen.id()).orElseThrow().getStageId()))
                .isEqualTo(view.column("Negociación").stage.getId());
    }

    @Test
    void theMoveMenuMovesToAStageAndUpAndDownWithoutDragging() {
        PipelineBoardView view = open(seller);

        moveWithMenu(card(view.column("Nuevo"), "A"), "Propuesta");
        assertThat(titles(view.column("Propuesta"))).containsExactly("A");

        moveWithMenu(card(view.column("Nuevo"), "B"), "Subir");
        assertThat(titles(view.column("Nuevo"))).containsExactly("B", "C");
        moveWithMenu(card(view.column("Nuevo"), "B"), "Bajar");
        assertThat(titles(view.column("Nuevo"))).containsExactly("C", "B");
    }

    @Test
    void movingToTheLostStageAsksForTheReasonFirst() {
        PipelineBoardView view = open(seller);
        moveWithMenu(card(view.column("Nuevo"), "A"), "Perdido");

        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Marcar como perdida")));
        TextField reason = _get(dialog, TextField.class, spec -> spec.withLabel("Motivo de la pérdida"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(titles(view.column("Perdido"))).isEmpty();

        _setValue(reason, "Eligió a la competencia");
        _click(_get(dialog, Button.class, spec -> spec.withText("Marcar como perdida")));
        _assertNoDialogs();
        assertThat(titles(view.column("Perdido"))).containsExactly("A");
        long a = card(view.column("Perdido"), "A").card.id();
        Opportunity lost = as(seller, () -> opportunities.find(a).orElseThrow());
        assertThat(lost.getStatus()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.getLostReason()).isEqualTo("Eligió a la competencia");
    }

    @Test
    void winningFromTheBoardMakesTheLeadAnActiveCustomer() {
        PipelineBoardView view = open(seller);
        dragAndDrop(card(view.column("Nuevo"), "A"), view.column("Ganado"));

        assertThat(titles(view.column("Ganado"))).containsExactly("A");
        assertThat(as(admin, () -> context.getBean(CustomerService.class).find(ana.getId()).orElseThrow()
                .getLifecycleStage())).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void quickAddNamesMissingFieldsAndPutsTheNewCardOnTopOfTheFirstStage() {
        PipelineBoardView view = open(seller);
        _click(view.quickAdd);
        QuickAddDialog dialog = _get(QuickAddDialog.class);

        _click(dialog.save);
        assertThat(dialog.customer.isInvalid()).isTrue();
        assertThat(dialog.customer.getErrorMessage()).isEqualTo("Elige el cliente");

        _setValue(dialog.customer, ana);
        _setValue(dialog.amount, new BigDecimal("-1"));
        _click(dialog.save);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Escribe el título");
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("Escribe un importe de 0 o más, con dos decimales como mucho");

        _setValue(dialog.title, "Ampliación");
        _setValue(dialog.amount, new BigDecimal("1000"));
        _click(dialog.save);
        _assertNoDialogs();
        assertThat(titles(view.column("Nuevo"))).containsExactly("Ampliación", "C", "B", "A");
        assertThat(view.column("Nuevo").count.getText()).isEqualTo("4");
    }

    @Test
    void theCustomerPickerSearchesAsYouType() {
        data.customer(seller, "Bodegas Rioja", null, LifecycleStage.PROSPECT);
        PipelineBoardView view = open(seller);
        _click(view.quickAdd);
        QuickAddDialog dialog = _get(QuickAddDialog.class);

        assertThat(dialog.customer.getDataProvider().isInMemory()).isFalse();
        assertThat(ComboBoxKt.getSuggestions(dialog.customer)).isNotEmpty();
        ComboBoxKt.setUserInput(dialog.customer, "rioja");
        assertThat(ComboBoxKt.getSuggestions(dialog.customer))
                .containsExactly("Bodegas Rioja");
    }

    @Test
    void filtersNarrowTheColumnsAndTheirFigures() {
        Customer other = data.customer(admin, "Bodegas Rioja", null, LifecycleStage.PROSPECT);
        as(admin, () -> opportunities.quickAdd(pipelineId, other.getId(), "D", new BigDecimal("50")));
        Opportunity a = as(seller, () -> opportunities.find(titleId("A")).orElseThrow());
        a.setExpectedCloseOn(LocalDate.of(2026, 9, 15));
        as(seller, () -> opportunities.save(a));
        PipelineBoardView view = open(admin);
        assertThat(titles(view.column("Nuevo"))).containsExactly("D", "C", "B", "A");

        _setValue(view.owner, as(admin, () -> context.getBean(TeamDirectory.class).find(seller.userId()).orElseThrow()));
        assertThat(titles(view.column("Nuevo"))).containsExactly("C", "B", "A");
        assertThat(view.column("Nuevo").count.getText()).isEqualTo("3");

        _setValue(view.closeFrom, LocalDate.of(2026, 9, 1));
        assertThat(titles(view.column("Nuevo"))).containsExactly("A");
        assertThat(text(view.column("Nuevo").total)).isEqualTo("Total 300 €");

        _setValue(view.closeTo, LocalDate.of(2026, 8, 1));
        assertThat(view.closeTo.isInvalid()).isTrue();
        assertThat(titles(view.column("Nuevo"))).containsExactly("A");

        _setValue(view.closeTo, null);
        _setValue(view.closeFrom, null);
        _setValue(view.owner, null);
        assertThat(titles(view.column("Nuevo"))).hasSize(4);
    }

    private long titleId(String title) {
        return as(admin, () -> context.getBean(BoardService.class)
                .cards(context.getBean(PipelineService.class).stages(pipelineId).getFirst().getId(),
                        BoardFilter.NONE, null, 100))
                .stream().filter(card -> card.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void aLongColumnShowsAPageAndLoadsMoreOnDemand() {
        for (int i = 1; i <= 22; i++) {
            add("Extra " + i, "1");
        }
        PipelineBoardView view = open(seller);
        StageColumn nuevo = view.column("Nuevo");
        assertThat(nuevo.count.getText()).isEqualTo("25");
        assertThat(nuevo.cards()).hasSize(StageColumn.PAGE_SIZE);
        assertThat(nuevo.loadMore.isVisible()).isTrue();

        _click(nuevo.loadMore);
        assertThat(titles(nuevo)).hasSize(25).endsWith("C", "B", "A").doesNotHaveDuplicates();
        assertThat(nuevo.loadMore.isVisible()).isFalse();

        // A move keeps the cards loaded so far on screen.
        dragAndDrop(card(nuevo, "A"), card(nuevo, "Extra 22"));
        assertThat(titles(nuevo)).hasSize(25).startsWith("A", "Extra 22");
    }

    @Test
    void othersSeeTheBoardReadOnly() {
        PipelineBoardView view = open(marketing);
        assertThat(view.quickAdd.isVisible()).isFalse();
        assertThat(view.settings.isVisible()).isFalse();
        OpportunityCard a = card(view.column("Nuevo"), "A");
        assertThat(a.move.isVisible()).isFalse();
        assertThat(a.getElement().getProperty("draggable")).isNull();

        // Even a drop the browser let through changes nothing.
        NotificationsKt.clearNotifications();
        ComponentUtil.fireEvent(view.column("Propuesta"), new DropEvent<>(view.column("Propuesta"), true, "move"));
        view.move(a.card, view.column("Propuesta").stage.getId(), null);
        assertThat(notifications()).containsExactly("No tienes permiso para hacer eso con tu rol en este espacio de trabajo.");
        assertThat(titles(view.column("Propuesta"))).isEmpty();
    }

    @Test
    void salesSeeOthersCardsReadOnlyAndTheirOwnEditable() {
        Customer other = data.customer(admin, "Bodegas Rioja", null, LifecycleStage.PROSPECT);
        as(admin, () -> opportunities.quickAdd(pipelineId, other.getId(), "Del admin", new BigDecimal("50")));
        PipelineBoardView view = open(seller);

        assertThat(card(view.column("Nuevo"), "Del admin").move.isVisible()).isFalse();
        assertThat(card(view.column("Nuevo"), "A").move.isVisible()).isTrue();
        assertThat(card(view.column("Nuevo"), "A").getElement().getProperty("draggable")).isEqualTo("true");
    }

    @Test
    void theCardOpensTheOpportunityWithItsStageHistory() {
        PipelineBoardView view = open(seller);
        moveWithMenu(card(view.column("Nuevo"), "A"), "Cualificado");
        _click(card(view.column("Cualificado"), "A").open);

        OpportunityDialog dialog = _get(OpportunityDialog.class);
        assertThat(GridKt._size(dialog.history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(dialog.history, 1))
                .contains("Nuevo → Cualificado", "Bruno Ventas");
        _setValue(dialog.title, "A revisada");
        _click(dialog.save);
        _assertNoDialogs();
        assertThat(titles(view.column("Cualificado"))).containsExactly("A revisada");
    }
}
