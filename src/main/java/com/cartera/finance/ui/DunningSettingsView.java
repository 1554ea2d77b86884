package com.cartera.finance.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.finance.DunningLadder;
import com.cartera.finance.DunningStep;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The workspace's dunning ladder: the steps overdue invoices climb, each giving a follow-up. Finance and admins
 * change it (choose a step in the list to change or deactivate it); management reads it.
 */
@Route("settings/finance/dunning")
@Menu(title = "finance.dunning.menu", order = 97, icon = "vaadin:alarm")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class DunningSettingsView extends VerticalLayout implements HasHeading {

    final Grid<DunningStep> grid = new Grid<>();
    final DunningStepForm form;

    private final DunningLadder ladder;

    public DunningSettingsView(DunningLadder ladder, CurrentUser currentUser) {
        this.ladder = ladder;
        addClassName("dunning-settings-view");
        setMaxWidth("60rem");
        var intro = new Paragraph(getTranslation("finance.dunning.intro"));
        // Narrow screens wrap the action and assignee names rather than cut them.
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DunningStep::daysOverdue).setHeader(getTranslation("finance.dunning.days"))
                .setKey("days").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(step -> getTranslation("finance.dunning.action." + step.action()))
                .setHeader(getTranslation("finance.dunning.action")).setKey("action");
        grid.addColumn(step -> getTranslation("finance.dunning.assignee." + step.assignee()))
                .setHeader(getTranslation("finance.dunning.assignee")).setKey("assignee");
        grid.addColumn(step -> getTranslation(step.active() ? "finance.dunning.yes" : "finance.dunning.no"))
                .setHeader(getTranslation("finance.dunning.active")).setKey("active").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("finance.dunning.empty"));
        form = new DunningStepForm(ladder, this::saved);
        var user = currentUser.require();
        boolean canChange = user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE);
        form.setVisible(canChange);
        if (canChange) {
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    form.edit(e.getValue());
                }
            });
        }
        add(intro, grid, form);
        if (!canChange) {
            add(new Paragraph(getTranslation("finance.dunning.read-only")));
        }
        refresh();
    }

    @Override
    public String heading() {
        return getTranslation("finance.dunning.title");
    }

    private void saved() {
        refresh();
        Notifications.success(getTranslation("finance.dunning.saved"));
    }

    private void refresh() {
        grid.setItems(ladder.steps());
    }
}
