package com.cartera.customer.ui;

import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

/**
 * A button that shows a check per hideable column of the customer grid; ticking shows the column, unticking
 * hides it. The checks are made when the button is first clicked: a dozen of them would otherwise stay in
 * the session of everyone who opens the grid and never chooses columns.
 */
class ColumnChooser extends Button {

    private final CustomerGrid grid;
    /** The popover with the checks, once opened. */
    Popover popover;
    /** The checks by column key, once opened. */
    CheckboxGroup<String> choices;

    ColumnChooser(CustomerGrid grid) {
        this.grid = grid;
        setId("customers-columns");
        setIcon(VaadinIcon.GRID_H.create());
        setAriaLabel(getTranslation("grid.columns"));
        getElement().setAttribute("title", getTranslation("grid.columns"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        // The popover opens itself on later clicks on this button.
        addClickListener(e -> {
            if (popover == null) {
                open();
            }
        });
    }

    private void open() {
        choices = new CheckboxGroup<>(getTranslation("grid.columns"));
        choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choices.addClassName("column-chooser");
        choices.setItems(CustomerGrid.HIDEABLE_COLUMNS);
        choices.setItemLabelGenerator(grid::header);
        showState();
        choices.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                grid.showColumns(e.getValue());
            }
        });
        popover = new Popover(choices);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setTarget(this);
        popover.open();
    }

    /** Ticks the columns now visible (after a saved view changed them), if the checks were made. */
    void showState() {
        if (choices != null) {
            choices.setValue(grid.visibleColumns().stream().filter(CustomerGrid.HIDEABLE_COLUMNS::contains)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }
}
