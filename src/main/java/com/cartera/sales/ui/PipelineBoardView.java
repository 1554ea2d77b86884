package com.cartera.sales.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.CustomerService;
import com.cartera.live.LiveEvent;
import com.cartera.live.LiveUpdates;
import com.cartera.sales.BoardCard;
import com.cartera.sales.BoardFilter;
import com.cartera.sales.BoardService;
import com.cartera.sales.OpportunityPermissions;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.Pipeline;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.sales.SalesLookups;
import com.cartera.sales.SalesLookups.TagChoice;
import com.cartera.sales.StageSummary;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The sales pipeline as a kanban board: a column per stage with its count, total and weighted total, and
 * the opportunities as cards that can be dragged between and within columns. Narrowed by owner, customer
 * tag and expected close date. A move someone else beat us to is reported and the board reloaded.
 */
@Route("pipeline")
@Menu(title = "menu.pipeline", order = 20, icon = "vaadin:funnel")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
@StyleSheet("styles/pipeline.css")
public class PipelineBoardView extends VerticalLayout implements HasHeading {

    final Select<Pipeline> pipeline = new Select<>();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final ComboBox<TagChoice> tag = new ComboBox<>();
    final DatePicker closeFrom = new DatePicker();
    final DatePicker closeTo = new DatePicker();
    final Button quickAdd = new Button();
    final Button settings = new Button();
    final Div board = new Div();

    private final BoardService boardService;
    private final OpportunityService opportunityService;
    private final PipelineService pipelineService;
    private final OpportunityPermissions permissions;
    private final CustomerService customerService;
    private final TeamDirectory teamDirectory;
    private final SalesLookups lookups;
    private final Validator validator;
    private final String currency;
    private final Map<Long, StageColumn> columns = new LinkedHashMap<>();
    private List<PipelineStage> stages = List.of();
    private BoardFilter filter = BoardFilter.NONE;

    public PipelineBoardView(BoardService boardService, OpportunityService opportunityService,
                             PipelineService pipelineService, OpportunityPermissions permissions,
                             CustomerService customerService, TeamDirectory teamDirectory, SalesLookups lookups,
                             Validator validator, LiveUpdates liveUpdates) {
        this.boardService = boardService;
        this.opportunityService = opportunityService;
        this.pipelineService = pipelineService;
        this.permissions = permissions;
        this.customerService = customerService;
        this.teamDirectory = teamDirectory;
        this.lookups = lookups;
        this.validator = validator;
        this.currency = lookups.workspaceCurrency();
        setSizeFull();
        addClassName("pipeline-view");

        List<Pipeline> pipelines = pipelineService.pipelines();
        pipeline.setItems(pipelines);
        pipeline.setItemLabelGenerator(Pipeline::getName);
        pipeline.setAriaLabel(getTranslation("pipeline.pipeline"));
        pipeline.setVisible(pipelines.size() > 1);
        pipeline.setValue(pipelineService.mainPipeline());
        pipeline.addValueChangeListener(e -> showPipeline());

        owner.setPlaceholder(getTranslation("pipeline.filter.all-owners"));
        owner.setAriaLabel(getTranslation("pipeline.filter.owner"));
        owner.setItems(teamDirectory.activeMembers());
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> applyFilter());

        tag.setPlaceholder(getTranslation("pipeline.filter.all-tags"));
        tag.setAriaLabel(getTranslation("pipeline.filter.tag"));
        tag.setItems(lookups.tags());
        tag.setItemLabelGenerator(TagChoice::name);
        tag.setClearButtonVisible(true);
        tag.addValueChangeListener(e -> applyFilter());

        closeFrom.setPlaceholder(getTranslation("pipeline.filter.close-from"));
        closeFrom.setAriaLabel(getTranslation("pipeline.filter.close-from"));
        closeFrom.setClearButtonVisible(true);
        closeFrom.addValueChangeListener(e -> applyFilter());
        closeTo.setPlaceholder(getTranslation("pipeline.filter.close-to"));
        closeTo.setAriaLabel(getTranslation("pipeline.filter.close-to"));
        closeTo.setClearButtonVisible(true);
        closeTo.addValueChangeListener(e -> applyFilter());

        quickAdd.setText(getTranslation("pipeline.quick-add"));
        quickAdd.setIcon(VaadinIcon.PLUS.create());
        quickAdd.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        quickAdd.addClickListener(e -> openQuickAdd());
        quickAdd.setVisible(permissions.canCreate());

        settings.setIcon(VaadinIcon.COG.create());
        settings.setAriaLabel(getTranslation("pipeline.settings"));
        settings.setTooltipText(getTranslation("pipeline.settings"));
        settings.addClickListener(e -> UI.getCurrent().navigate(PipelineSettingsView.class));
        settings.setVisible(permissions.canConfigure());

        var toolbar = new HorizontalLayout(pipeline, owner, tag, closeFrom, closeTo, quickAdd, settings);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        board.addClassName("pipeline-board");
        add(toolbar, board);
        setFlexGrow(1, board);
        showPipeline();
        liveUpdates.follow(this, this::changedByColleague);
    }

    /** A colleague added, edited or moved a deal: the columns show the board as stored now. */
    private void changedByColleague(LiveEvent event) {
        if (event.kind() == LiveEvent.Kind.OPPORTUNITY_MOVED || event.kind() == LiveEvent.Kind.OPPORTUNITY_CHANGED) {
            refresh();
        }
    }

    /** The column of the stage named {@code name}. */
    StageColumn column(String name) {
        return columns.values().stream().filter(column -> column.stage.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + name));
    }

    private void showPipeline() {
        stages = pipelineService.stages(pipeline.getValue().getId());
        board.removeAll();
        columns.clear();
        for (PipelineStage stage : stages) {
            var column = new StageColumn(stage, this);
            columns.put(stage.getId(), column);
            board.add(column);
        }
        refresh();
    }

    /** Reads every column's figures and first cards again. */
    void refresh() {
        for (StageSummary summary : boardService.summaries(pipeline.getValue().getId(), filter)) {
            StageColumn column = columns.get(summary.stage().getId());
            if (column != null) {
                column.show(summary, currency);
            }
        }
    }

    private void applyFilter() {
        boolean backwards = closeFrom.getValue() != null && closeTo.getValue() != null
                && closeTo.getValue().isBefore(closeFrom.getValue());
        closeTo.setInvalid(backwards);
        closeTo.setErrorMessage(backwards ? getTranslation("pipeline.filter.close-backwards") : null);
        if (backwards) {
            return;
        }
        filter = BoardFilter.NONE
                .withOwner(owner.getValue() == null ? null : owner.getValue().getUserId())
                .withTag(tag.getValue() == null ? null : tag.getValue().id())
                .withExpectedClose(closeFrom.getValue(), closeTo.getValue());
        refresh();
    }

    List<BoardCard> fetch(long stageId, BoardCard after, int limit) {
        return boardService.cards(stageId, filter, after, limit);
    }

    OpportunityCard cardFor(BoardCard card, StageColumn column) {
        return new OpportunityCard(card, stages, permissions.canEdit(card.ownerId()), column, this);
    }

    /**
     * Moves a card to a stage, right above {@code aboveCardId} (null: at the bottom). What the drop
     * listeners and the move menu call. Into a lost stage it first asks for the reason.
     */
    void move(BoardCard card, long toStageId, Long aboveCardId) {
        if (aboveCardId != null && aboveCardId == card.id()) {
            return;
        }
        PipelineStage target = stages.stream().filter(stage -> stage.getId() == toStageId).findFirst().orElseThrow();
        if (target.isLost() && card.stageId() != toStageId) {
            askLostReason(card, reason -> move(card, toStageId, aboveCardId, reason));
        } else {
            move(card, toStageId, aboveCardId, null);
        }
    }

    private boolean move(BoardCard card, long toStageId, Long aboveCardId, String lostReason) {
        try {
            opportunityService.move(card.id(), card.version(), toStageId, aboveCardId, lostReason);
            refresh();
            return true;
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.warning(getTranslation("pipeline.conflict", card.title()));
            refresh();
            return true;
        } catch (FieldRejectedException rejected) {
            Notifications.error(getTranslation(rejected.messageKey()));
            return false;
        } catch (AccessDeniedException refused) {
            Notifications.error(getTranslation("error.forbidden"));
            refresh();
            return true;
        }
    }

    /** Asks why the deal was lost; the move happens when the reason is given. */
    private void askLostReason(BoardCard card, Predicate<String> moveWithReason) {
        var dialog = new Dialog(getTranslation("pipeline.lost.title", card.title()));
        var reason = new TextField(getTranslation("opportunity.lost-reason"));
        reason.setWidthFull();
        reason.setMaxLength(300);
        reason.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("pipeline.lost.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("opportunity.lost-reason.required"));
                reason.setInvalid(true);
            } else if (moveWithReason.test(reason.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    void open(BoardCard card) {
        opportunityService.find(card.id()).ifPresentOrElse(
                opportunity -> new OpportunityDialog(opportunity, opportunityService, permissions, teamDirectory,
                        lookups, validator, this::refresh).open(),
                () -> {
                    Notifications.warning(getTranslation("pipeline.conflict", card.title()));
                    refresh();
                });
    }

    void openQuickAdd() {
        new QuickAddDialog(pipeline.getValue().getId(), currency, opportunityService, customerService, this::refresh)
                .open();
    }

    @Override
    public String heading() {
        return getTranslation("menu.pipeline");
    }
}
