package com.cartera.sales.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.sales.Pipeline;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Management's and admin's settings of the pipelines: add pipelines, and add, rename, reorder, recolour and
 * remove stages, set their probability and whether they mean won or lost. Removing a stage that holds
 * opportunities asks where they go.
 */
@Route("pipeline/settings")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
@StyleSheet("styles/pipeline.css")
public class PipelineSettingsView extends VerticalLayout implements HasHeading {

    /** What reaching a stage means. */
    enum StageKind {
        OPEN, WON, LOST;

        static StageKind of(PipelineStage stage) {
            return stage.isWon() ? WON : stage.isLost() ? LOST : OPEN;
        }
    }

    static final List<String> PALETTE = List.of("#64748b", "#0ea5e9", "#6366f1", "#8b5cf6", "#ec4899", "#f59e0b",
            "#eab308", "#16a34a", "#14b8a6", "#dc2626");

    final Select<Pipeline> pipeline = new Select<>();
    final Button newPipeline = new Button();
    final Button renamePipeline = new Button();
    final Button addStage = new Button();
    final Button back = new Button();
    final Button salesTargets = new Button();
    final Grid<PipelineStage> stages = new Grid<>();

    private final PipelineService pipelineService;

    public PipelineSettingsView(PipelineService pipelineService) {
        this.pipelineService = pipelineService;
        setSizeFull();

        pipeline.setLabel(getTranslation("pipeline.pipeline"));
        pipeline.setItemLabelGenerator(Pipeline::getName);
        pipeline.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refreshStages();
            }
        });
        newPipeline.setText(getTranslation("pipeline.settings.new-pipeline"));
        newPipeline.setIcon(VaadinIcon.PLUS.create());
        newPipeline.addClickListener(e -> openPipelineDialog(null));
        renamePipeline.setText(getTranslation("pipeline.settings.rename-pipeline"));
        renamePipeline.addClickListener(e -> openPipelineDialog(pipeline.getValue()));
        addStage.setText(getTranslation("pipeline.settings.add-stage"));
        addStage.setIcon(VaadinIcon.PLUS.create());
        addStage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addStage.addClickListener(e -> openStageDialog(null));
        back.setText(getTranslation("pipeline.settings.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> UI.getCurrent().navigate(PipelineBoardView.class));

        stages.addComponentColumn(stage -> {
            var swatch = new Span();
            swatch.addClassName("colour-swatch");
            swatch.getStyle().set("background", stage.getColour());
            return new Span(swatch, new Span(stage.getName()));
        }).setHeader(getTranslation("pipeline.stage.name")).setFlexGrow(2).setKey("name");
        stages.addColumn(stage -> stage.getProbability() + " %").setHeader(getTranslation("pipeline.stage.probability"))
                .setAutoWidth(true).setKey("probability");
        stages.addColumn(stage -> getTranslation("pipeline.stage.kind." + StageKind.of(stage).name()))
                .setHeader(getTranslation("pipeline.stage.kind")).setAutoWidth(true).setKey("kind");
        stages.addColumn(stage -> pipelineService.opportunityCount(stage.getId()))
                .setHeader(getTranslation("pipeline.stage.opportunities")).setAutoWidth(true).setKey("count");
        stages.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        stages.setAllRowsVisible(true);

        salesTargets.setText(getTranslation("sales-target.open"));
        salesTargets.setIcon(VaadinIcon.BULLSEYE.create());
        salesTargets.addClickListener(e -> UI.getCurrent().navigate(SalesTargetsView.class));

        var header = new HorizontalLayout(back, pipeline, renamePipeline, newPipeline, salesTargets);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, stages, addStage);
        refreshPipelines(pipelineService.mainPipeline());
    }

    private HorizontalLayout actions(PipelineStage stage) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveStage(stage, -1));
        up.setAriaLabel(getTranslation("pipeline.settings.left", stage.getName()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> moveStage(stage, 1));
        down.setAriaLabel(getTranslation("pipeline.settings.right", stage.getName()));
        var edit = new Button(VaadinIcon.EDIT.create(), e -> openStageDialog(stage));
        edit.setAriaLabel(getTranslation("pipeline.settings.edit", stage.getName()));
        var delete = new Button(VaadinIcon.TRASH.create(), e -> openDeleteDialog(stage));
        delete.setAriaLabel(getTranslation("pipeline.settings.delete", stage.getName()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(up, down, edit, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setTooltipText(button.getAriaLabel().orElse(""));
        }
        return new HorizontalLayout(up, down, edit, delete);
    }

    private void refreshPipelines(Pipeline selected) {
        pipeline.setItems(pipelineService.pipelines());
        pipeline.setValue(selected);
    }

    private List<PipelineStage> currentStages() {
        return pipelineService.stages(pipeline.getValue().getId());
    }

    void refreshStages() {
        stages.setItems(currentStages());
    }

    void moveStage(PipelineStage stage, int by) {
        int index = currentStages().indexOf(stage);
        pipelineService.moveStage(stage.getId(), index + by);
        refreshStages();
    }

    void openPipelineDialog(Pipeline existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "pipeline.settings.new-pipeline"
                : "pipeline.settings.rename-pipeline"));
        var name = new TextField(getTranslation("pipeline.name"));
        name.setWidthFull();
        name.setMaxLength(80);
        if (existing != null) {
            name.setValue(existing.getName());
        } else {
            name.setHelperText(getTranslation("pipeline.settings.new-pipeline.help"));
        }
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                Pipeline saved = existing == null ? pipelineService.createPipeline(name.getValue())
                        : pipelineService.renamePipeline(existing.getId(), existing.getVersion(), name.getValue());
                dialog.close();
                refreshPipelines(saved);
            } catch (FieldRejectedException rejected) {
                name.setErrorMessage(getTranslation(rejected.messageKey()));
                name.setInvalid(true);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("pipeline.settings.conflict"));
                dialog.close();
                refreshPipelines(pipelineService.find(existing.getId()).orElseGet(pipelineService::mainPipeline));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void openStageDialog(PipelineStage existing) {
        PipelineStage stage = existing != null ? existing
                : new PipelineStage(pipeline.getValue().getId(), "", 50, PALETTE.getFirst());
        var dialog = new Dialog(getTranslation(existing == null ? "pipeline.settings.add-stage"
                : "pipeline.settings.edit-stage"));
        dialog.setWidth("min(30rem, 100%)");
        var name = new TextField(getTranslation("pipeline.stage.name"));
        name.setValue(stage.getName());
        name.setMaxLength(60);
        var probability = new IntegerField(getTranslation("pipeline.stage.probability"));
        probability.setValue(stage.getProbability());
        probability.setMin(0);
        probability.setMax(100);
        probability.setSuffixComponent(new Span("%"));
        var colour = new Select<String>();
        colour.setLabel(getTranslation("pipeline.stage.colour"));
        List<String> colours = new ArrayList<>(PALETTE);
        if (!colours.contains(stage.getColour())) {
            colours.addFirst(stage.getColour());
        }
        colour.setItems(colours);
        colour.setRenderer(new ComponentRenderer<>(value -> {
            var swatch = new Span();
            swatch.addClassName("colour-swatch");
            swatch.getStyle().set("background", value);
            return new Span(swatch, new Span(value));
        }));
        colour.setValue(stage.getColour());
        var kind = new RadioButtonGroup<StageKind>(getTranslation("pipeline.stage.kind"));
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("pipeline.stage.kind." + value.name()));
        kind.setValue(StageKind.of(stage));
        Map<String, HasValidation> fields = Map.of("name", name, "probability", probability, "colour", colour,
                "won", kind, "wonOrLostOrNeither", kind);

        var save = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(field -> field.setInvalid(false));
            stage.setName(name.getValue());
            stage.setProbability(probability.getValue());
            stage.setColour(colour.getValue());
            stage.setWon(kind.getValue() == StageKind.WON);
            stage.setLost(kind.getValue() == StageKind.LOST);
            try {
                pipelineService.saveStage(stage);
                dialog.close();
                refreshStages();
            } catch (FieldRejectedException rejected) {
                show(fields, rejected.field(), rejected.messageKey());
            } catch (ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(violation -> show(fields,
                        violation.getPropertyPath().toString(),
                        BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("pipeline.settings.conflict"));
                dialog.close();
                refreshStages();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, probability, colour, kind);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void openDeleteDialog(PipelineStage stage) {
        long count = pipelineService.opportunityCount(stage.getId());
        var dialog = new Dialog(getTranslation("pipeline.settings.delete", stage.getName()));
        var moveTo = new Select<PipelineStage>();
        if (count > 0) {
            moveTo.setLabel(getTranslation("pipeline.settings.move-to", count));
            moveTo.setItems(currentStages().stream()
                    .filter(other -> !other.equals(stage) && StageKind.of(other) == StageKind.of(stage)).toList());
            moveTo.setItemLabelGenerator(PipelineStage::getName);
            moveTo.setWidthFull();
            dialog.add(moveTo);
        } else {
            dialog.add(new Paragraph(getTranslation("pipeline.settings.delete.empty")));
        }
        var delete = new Button(getTranslation("pipeline.settings.delete.confirm"), e -> {
            try {
                pipelineService.deleteStage(stage.getId(), moveTo.getValue() == null ? null : moveTo.getValue().getId());
                dialog.close();
                refreshStages();
            } catch (FieldRejectedException rejected) {
                if (count > 0) {
                    moveTo.setErrorMessage(getTranslation(rejected.messageKey()));
                    moveTo.setInvalid(true);
                } else {
                    Notifications.error(getTranslation(rejected.messageKey()));
                }
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    private void show(Map<String, HasValidation> fields, String field, String messageKey) {
        HasValidation target = fields.get(field);
        if (target == null) {
            Notifications.error(getTranslation(messageKey));
            return;
        }
        target.setErrorMessage(getTranslation(messageKey));
        target.setInvalid(true);
    }

    @Override
    public String heading() {
        return getTranslation("pipeline.settings");
    }
}
