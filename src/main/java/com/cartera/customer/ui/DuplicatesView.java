package com.cartera.customer.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerMergeService;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.customer.CustomerService;
import com.cartera.customer.DuplicatePair;
import com.cartera.customer.DuplicateService;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The workspace's likely duplicates, most likely first: those who may merge (admin and management) merge a
 * pair or mark it as not a duplicate; sales and marketing look.
 */
@Route("duplicates")
@Menu(title = "menu.duplicates", order = 40, icon = "vaadin:copy-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES, Role.Names.MARKETING})
public class DuplicatesView extends VerticalLayout implements HasHeading {

    final Grid<DuplicatePair> grid = new Grid<>();

    private final DuplicateService duplicateService;
    private final CustomerService customerService;
    private final CustomerMergeService mergeService;
    private final CustomerPermissions permissions;

    public DuplicatesView(DuplicateService duplicateService, CustomerService customerService,
                          CustomerMergeService mergeService, CustomerPermissions permissions) {
        this.duplicateService = duplicateService;
        this.customerService = customerService;
        this.mergeService = mergeService;
        this.permissions = permissions;
        addClassName("duplicates-view");
        setSizeFull();

        grid.addComponentColumn(pair -> ScoreBadge.of(pair.score()))
                .setHeader(getTranslation("duplicates.score")).setAutoWidth(true).setFlexGrow(0).setKey("score");
        grid.addComponentColumn(pair -> CustomerCell.summary(pair.first()))
                .setHeader(getTranslation("duplicates.customer")).setFlexGrow(3).setKey("first");
        grid.addComponentColumn(pair -> CustomerCell.summary(pair.second()))
                .setHeader(getTranslation("duplicates.other")).setFlexGrow(3).setKey("second");
        grid.addColumn(pair -> pair.reasons().stream().map(reason -> getTranslation(reason.labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("duplicates.reasons")).setFlexGrow(2).setKey("reasons");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("duplicates.empty"));
        grid.setSizeFull();
        grid.setItems(query -> duplicateService.pairs(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, duplicateService.countPairs()));

        add(new Paragraph(getTranslation("duplicates.intro")), grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(DuplicatePair pair) {
        var actions = new HorizontalLayout();
        if (permissions.can(Action.MERGE, pair.first()) && permissions.can(Action.MERGE, pair.second())) {
            var merge = new Button(getTranslation("duplicates.merge"), e -> openMerge(pair));
            merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            merge.addClassName("merge");
            var dismiss = new Button(getTranslation("duplicates.dismiss"), e -> dismiss(pair));
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            dismiss.addClassName("dismiss");
            actions.add(merge, dismiss);
        }
        return actions;
    }

    private void openMerge(DuplicatePair pair) {
        // Fresh, with everything a merge shows and the versions it checks.
        Optional<Customer> first = customerService.find(pair.first().getId());
        Optional<Customer> second = customerService.find(pair.second().getId());
        if (first.isEmpty() || second.isEmpty()) {
            gone();
            return;
        }
        new MergeDialog(first.get(), second.get(), mergeService, this::refresh, getLocale()).open();
    }

    private void dismiss(DuplicatePair pair) {
        try {
            duplicateService.dismiss(pair.first().getId(), pair.second().getId());
            Notifications.success(getTranslation("duplicates.dismissed", pair.first().getName(), pair.second().getName()));
            refresh();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            gone();
        }
    }

    private void gone() {
        Notifications.warning(getTranslation("duplicates.gone"));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String heading() {
        return getTranslation("menu.duplicates");
    }
}
