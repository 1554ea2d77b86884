package com.cartera.customer.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.cartera.customer.Customer;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

/** A menu with a check per hideable column of the customer grid; ticking shows the column, unticking hides it. */
class ColumnChooser extends MenuBar {

    /** The menu items by column key. */
    final Map<String, MenuItem> items = new LinkedHashMap<>();

    ColumnChooser(CustomerGrid grid) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var root = addItem(VaadinIcon.GRID_H.create());
        root.add(getTranslation("grid.columns"));
        root.setAriaLabel(getTranslation("grid.columns"));
        for (Grid.Column<Customer> column : grid.hideableColumns()) {
            MenuItem item = root.getSubMenu().addItem(column.getHeaderText());
            item.setCheckable(true);
            item.setKeepOpen(true);
            item.addClickListener(e -> column.setVisible(item.isChecked()));
            items.put(column.getKey(), item);
        }
        showState(grid);
    }

    /** Ticks the items of the columns now visible (after a saved view changed them). */
    void showState(CustomerGrid grid) {
        grid.hideableColumns().forEach(column -> items.get(column.getKey()).setChecked(column.isVisible()));
    }
}
