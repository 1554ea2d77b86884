package com.cartera.analytics.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.cartera.security.Role;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/**
 * Lets a person who may see several dashboards move between them, keeping the period chosen. Hidden for people
 * with one dashboard.
 */
class DashboardSwitcher extends Composite<Select<Dashboard>> {

    DashboardSwitcher(Dashboard current, Set<Role> roles, Supplier<PeriodChoice> period) {
        List<Dashboard> visible = Dashboard.visibleFor(roles);
        var select = getContent();
        select.addClassName("dashboard-switcher");
        select.setLabel(getTranslation("dashboard.switch"));
        select.setItems(visible);
        select.setItemLabelGenerator(dashboard -> getTranslation(dashboard.titleKey()));
        select.setValue(current);
        select.setVisible(visible.size() > 1);
        select.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue() != current) {
                UI.getCurrent().navigate(event.getValue().route(), period.get().toQueryParameters());
            }
        });
    }

    Select<Dashboard> select() {
        return getContent();
    }
}
