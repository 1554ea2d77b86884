package com.cartera.customer.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.CustomerCount;
import com.cartera.customer.BulkResult;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerSelection;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.customer.Tag;
import com.cartera.customer.TagService;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What can be done to the customers selected in the grid: the picked rows, or — one click further — every
 * customer matching the filter, acted on in the database. Shows how many are selected, and afterwards how
 * many were changed and how many skipped for lack of permission.
 */
class BulkActionsBar extends HorizontalLayout {

    // Made when rows are first selected: most visits never select any.
    Span selectionLabel;
    Button selectAllMatching;
    Button clearSelection;
    MenuBar actions;
    MenuItem assignOwner;
    MenuItem addTag;
    MenuItem removeTag;
    MenuItem changeStage;

    private final CustomerGrid grid;
    private final PortfolioBulkService bulk;
    private final TagService tags;
    private final TeamDirectory team;
    private final CustomerPermissions permissions;
    private final Runnable onChanged;
    private boolean allMatching;
    private boolean available = true;
    private CustomerCount matchingCount = new CustomerCount(0, false);

    BulkActionsBar(CustomerGrid grid, PortfolioBulkService bulk, TagService tags, TeamDirectory team,
                   CustomerPermissions permissions, Runnable onChanged) {
        this.grid = grid;
        this.bulk = bulk;
        this.tags = tags;
        this.team = team;
        this.permissions = permissions;
        this.onChanged = onChanged;
        addClassName("bulk-actions");
        setAlignItems(Alignment.CENTER);
        setVisible(false);
        grid.addSelectionListener(e -> {
            allMatching = false;
            refresh();
        });
    }

    private void build() {
        selectionLabel = new Span();
        selectAllMatching = new Button();
        selectAllMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAllMatching.addClickListener(e -> {
            allMatching = true;
            refresh();
        });
        clearSelection = new Button(getTranslation("bulk.clear-selection"));
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearSelection.addClickListener(e -> grid.deselectAll());

        actions = new MenuBar();
        var root = actions.addItem(getTranslation("bulk.actions"));
        assignOwner = root.getSubMenu().addItem(getTranslation("bulk.assign-owner"), e -> openAssignOwner());
        assignOwner.setVisible(permissions.canReassign());
        addTag = root.getSubMenu().addItem(getTranslation("bulk.add-tag"), e -> openTag(true));
        removeTag = root.getSubMenu().addItem(getTranslation("bulk.remove-tag"), e -> openTag(false));
        changeStage = root.getSubMenu().addItem(getTranslation("bulk.change-stage"), e -> openStage());
        add(selectionLabel, selectAllMatching, clearSelection, actions);
    }

    /** The filter's row count changed (the grid counted again): the offer to select them all follows it. */
    void matchingCountIs(CustomerCount count) {
        matchingCount = count;
        refresh();
    }

    /** Bulk actions are for live customers: not offered in the bin. */
    void setAvailable(boolean available) {
        this.available = available;
        refresh();
    }

    private void refresh() {
        int picked = grid.getSelectedItems().size();
        setVisible(available && picked > 0);
        if (!isVisible()) {
            return;
        }
        if (selectionLabel == null) {
            build();
        }
        selectionLabel.setText(allMatching
                ? getTranslation("bulk.all-matching-selected", shown(matchingCount))
                : getTranslation("bulk.selected", count(picked)));
        selectAllMatching.setText(getTranslation("bulk.select-all-matching", shown(matchingCount)));
        selectAllMatching.setVisible(!allMatching && (matchingCount.more() || matchingCount.value() > picked));
    }

    private String shown(CustomerCount count) {
        return count.more() ? getTranslation("grid.more-than", count(count.value())) : count(count.value());
    }

    /** A count as the person's locale writes it; the format is not kept, it holds a few kilobytes. */
    private String count(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    CustomerSelection selection() {
        return allMatching ? CustomerSelection.matching(grid.filter())
                : CustomerSelection.picked(grid.getSelectedItems().stream().map(CustomerRow::id).collect(Collectors.toSet()));
    }

    void openAssignOwner() {
        open("bulk.assign-owner", team.activeMembers(), TeamMember::getDisplayName,
                owner -> bulk.assignOwner(selection(), owner.getUserId()));
    }

    void openTag(boolean add) {
        open(add ? "bulk.add-tag" : "bulk.remove-tag", tags.all(), Tag::getName,
                tag -> add ? bulk.addTag(selection(), tag.getId()) : bulk.removeTag(selection(), tag.getId()));
    }

    void openStage() {
        open("bulk.change-stage", List.of(LifecycleStage.values()), stage -> getTranslation("stage." + stage.name()),
                stage -> bulk.changeStage(selection(), stage));
    }

    /** A dialog choosing the one value the action needs, then applying it to the selection. */
    private <T> void open(String titleKey, List<T> choices, ItemLabelGenerator<T> label, Function<T, BulkResult> action) {
        var dialog = new Dialog(getTranslation(titleKey));
        dialog.setWidth("min(26rem, 100%)");
        dialog.addClassName("bulk-dialog");
        var choice = new ComboBox<T>(getTranslation(titleKey + ".value"));
        choice.setItems(choices);
        choice.setItemLabelGenerator(label);
        choice.setWidthFull();
        var scope = new Span(selectionLabel.getText());
        var apply = new Button(getTranslation("bulk.apply"), e -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage(getTranslation("bulk.value.required"));
                choice.setInvalid(true);
                return;
            }
            try {
                BulkResult result = action.apply(choice.getValue());
                dialog.close();
                report(result);
                grid.deselectAll();
                onChanged.run();
            } catch (FieldRejectedException rejected) {
                choice.setErrorMessage(getTranslation(rejected.messageKey()));
                choice.setInvalid(true);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(choice, scope);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), apply);
        dialog.open();
    }

    private void report(BulkResult result) {
        String text = getTranslation("bulk.result", count(result.changed()), count(result.unchanged()),
                count(result.skipped()));
        if (result.skipped() > 0) {
            Notifications.warning(text);
        } else {
            Notifications.success(text);
        }
    }
}
