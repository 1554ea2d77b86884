package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.sales.StageChange;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@CarteraIntegrationTest
class PipelineSettingsViewTest extends KaribuTest {

    private PipelineService pipelines;
    private OpportunityService opportunities;
    private SignedInUser admin;
    private SignedInUser seller;
    private long pipelineId;
    private Customer ana;

    @BeforeEach
    void aWorkspace() {
        pipelines = context.getBean(PipelineService.class);
        opportunities = context.getBean(OpportunityService.class);
        admin = data.newWorkspace("Etapas " + TestData.uniqueSlug("s"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        ana = data.customer(seller, "Ana García", null, LifecycleStage.LEAD);
    }

    private PipelineSettingsView open() {
        login(admin);
        UI.getCurrent().navigate("pipeline/settings");
        return _get(PipelineSettingsView.class);
    }

    private List<String> stageNames() {
        return as(admin, () -> pipelines.stages(pipelineId)).stream().map(PipelineStage::getName).toList();
    }

    private PipelineStage stage(String name) {
        return as(admin, () -> pipelines.stages(pipelineId)).stream().filter(s -> s.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(_get(Dialog.class), type, spec -> spec.withLabel(label));
    }

    private static void clickInDialog(String text) {
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText(text)));
    }

    @Test
    void listsTheStagesWithProbabilityKindAndCount() {
        as(seller, () -> opportunities.quickAdd(pipelineId, ana.getId(), "Una", BigDecimal.ONE));
        PipelineSettingsView view = open();

        assertThat(GridKt._size(view.stages)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(view.stages, 0)).contains("10 %", "En curso", "1");
        assertThat(GridKt._getFormattedRow(view.stages, 4)).contains("100 %", "Ganada", "0");
        assertThat(GridKt._getFormattedRow(view.stages, 5)).contains("0 %", "Perdida");
    }

    @Test
    void addsARecolouredStageAtTheEndAndMovesItLeft() {
        PipelineSettingsView view = open();
        _click(view.addStage);
        _setValue(field(TextField.class, "Etapa"), "Demostración");
        _setValue(field(IntegerField.class, "Probabilidad"), 40);
        @SuppressWarnings("unchecked")
        Select<String> colour = field(Select.class, "Color");
        _setValue(colour, "#ec4899");
        clickInDialog("Guardar");
        _assertNoDialogs();

        assertThat(stageNames()).endsWith("Perdido", "Demostración");
        PipelineStage added = stage("Demostración");
        assertThat(added.getProbability()).isEqualTo(40);
        assertThat(added.getColour()).isEqualTo("#ec4899");

        view.moveStage(added, -4);
        assertThat(stageNames()).containsExactly("Nuevo", "Cualificado", "Demostración", "Propuesta", "Negociación",
                "Ganado", "Perdido");
    }

    @Test
    void badValuesAreShownOnTheirFields() {
        PipelineSettingsView view = open();
        _click(view.addStage);
        _setValue(field(TextField.class, "Etapa"), "nuevo");
        clickInDialog("Guardar");
        assertThat(field(TextField.class, "Etapa").getErrorMessage())
                .isEqualTo("Ya hay una etapa con ese nombre en este embudo");

        _setValue(field(TextField.class, "Etapa"), "");
        _setValue(field(IntegerField.class, "Probabilidad"), 150);
        clickInDialog("Guardar");
        assertThat(field(TextField.class, "Etapa").getErrorMessage()).isEqualTo("Escribe el nombre de la etapa");
        assertThat(field(IntegerField.class, "Probabilidad").getErrorMessage())
                .isEqualTo("Escribe un porcentaje entre 0 y 100");
        assertThat(stageNames()).hasSize(6);
    }

    @Test
    void renamesAStageAndKeepsItsKindLockedWhileItHoldsOpportunities() {
        as(seller, () -> opportunities.quickAdd(pipelineId, ana.getId(), "Una", BigDecimal.ONE));
        PipelineSettingsView view = open();
        view.openStageDialog(stage("Nuevo"));
        _setValue(field(TextField.class, "Etapa"), "Entrada");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PipelineSettingsView.StageKind> kind = field(RadioButtonGroup.class, "Significa");
        _setValue(kind, PipelineSettingsView.StageKind.WON);
        clickInDialog("Guardar");
        assertThat(kind.getErrorMessage()).startsWith("Solo se puede cambiar");

        _setValue(kind, PipelineSettingsView.StageKind.OPEN);
        clickInDialog("Guardar");
        _assertNoDialogs();
        assertThat(stageNames()).startsWith("Entrada", "Cualificado");
    }

    @Test
    void deletingAStageWithOpportunitiesMovesThemFirstKeepingTheirHistory() {
        Opportunity one = as(seller, () -> opportunities.quickAdd(pipelineId, ana.getId(), "Una", BigDecimal.ONE));
        PipelineSettingsView view = open();

        view.openDeleteDialog(stage("Nuevo"));
        clickInDialog("Eliminar");
        @SuppressWarnings("unchecked")
        Select<PipelineStage> moveTo = field(Select.class, "Mover sus 1 oportunidades a");
        assertThat(moveTo.isInvalid()).isTrue();
        // Only stages of the same kind are offered.
        assertThat(moveTo.getListDataView().getItems().map(PipelineStage::getName))
                .containsExactly("Cualificado", "Propuesta", "Negociación");
        _setValue(moveTo, stage("Cualificado"));
        clickInDialog("Eliminar");
        _assertNoDialogs();

        assertThat(stageNames()).containsExactly("Cualificado", "Propuesta", "Negociación", "Ganado", "Perdido");
        Opportunity moved = as(admin, () -> opportunities.find(one.getId()).orElseThrow());
        assertThat(moved.getStageId()).isEqualTo(stage("Cualificado").getId());
        assertThat(moved.getVersion()).isGreaterThan(one.getVersion());
        assertThat(as(admin, () -> opportunities.history(one.getId())))
                .extracting(StageChange::getFromStageName, StageChange::getToStageName, StageChange::getChangedBy)
                .containsExactly(tuple(null, "Nuevo", seller.userId()), tuple("Nuevo", "Cualificado", admin.userId()));
    }

    @Test
    void anEmptyStageIsDeletedAtOnceButNotTheLastOpenOne() {
        PipelineSettingsView view = open();
        for (String name : List.of("Nuevo", "Cualificado", "Propuesta")) {
            view.openDeleteDialog(stage(name));
            clickInDialog("Eliminar");
        }
        assertThat(stageNames()).containsExactly("Negociación", "Ganado", "Perdido");

        assertThatThrownBy(() -> as(admin, () -> {
            pipelines.deleteStage(stage("Negociación").getId(), null);
            return null;
        })).hasMessageContaining("pipeline.stage.last-open");
    }

    @Test
    void aNewPipelineStartsWithTheMainPipelinesStages() {
        PipelineSettingsView view = open();
        _click(view.newPipeline);
        _setValue(field(TextField.class, "Nombre del embudo"), "Ventas");
        clickInDialog("Guardar");
        assertThat(field(TextField.class, "Nombre del embudo").getErrorMessage())
                .isEqualTo("Ya hay un embudo con ese nombre");
        _setValue(field(TextField.class, "Nombre del embudo"), "Distribuidores");
        clickInDialog("Guardar");
        _assertNoDialogs();

        assertThat(view.pipeline.getValue().getName()).isEqualTo("Distribuidores");
        assertThat(GridKt._size(view.stages)).isEqualTo(6);
    }

    @Test
    void onlyManagementAndAdminConfigure() {
        assertThatThrownBy(() -> as(seller, () -> pipelines.createPipeline("De Bruno")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(seller, () -> pipelines.moveStage(stage("Nuevo").getId(), 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stageNames()).startsWith("Nuevo");
    }
}
