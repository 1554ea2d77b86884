package com.cartera.marketing.target.ui;

import java.util.Map;

import com.cartera.marketing.ExclusionReason;
import com.cartera.marketing.target.ExclusionRow;
import com.cartera.marketing.target.TargetMembers;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** Who of the selection was left out of the list and why, with the count per reason. */
class ExclusionsPanel extends VerticalLayout {

    final Paragraph counts = new Paragraph();
    final Select<ExclusionReason> reason = new Select<>();
    final Grid<ExclusionRow> grid = new Grid<>();

    ExclusionsPanel(TargetMembers members, long listId) {
        addClassName("target-list-exclusions");
        setPadding(false);
        setSizeFull();
        Map<ExclusionReason, Integer> byReason = members.exclusionCounts(listId);
        counts.setText(getTranslation("marketing.list.exclusions.counts",
                byReason.get(ExclusionReason.NO_CONSENT), byReason.get(ExclusionReason.NO_ADDRESS)));
        reason.setLabel(getTranslation("marketing.list.filter.reason"));
        reason.setItems(ExclusionReason.values());
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("marketing.list.filter.any"));
        reason.setItemLabelGenerator(r -> r == null ? getTranslation("marketing.list.filter.any")
                : getTranslation("marketing.list.reason." + r));
        reason.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        grid.addColumn(row -> row.name() == null ? getTranslation("marketing.list.member.gone") : row.name())
                .setHeader(getTranslation("marketing.list.column.customer")).setFlexGrow(2);
        grid.addColumn(ExclusionRow::email).setHeader(getTranslation("marketing.list.column.email")).setFlexGrow(2);
        grid.addColumn(ExclusionRow::phone).setHeader(getTranslation("marketing.list.column.phone"));
        grid.addColumn(row -> getTranslation("marketing.list.reason." + row.reason()))
                .setHeader(getTranslation("marketing.list.column.reason"));
        grid.setItems(query -> members.exclusions(listId, reason.getValue(), query.getOffset(), query.getLimit())
                .stream());
        add(counts, reason, grid);
        setFlexGrow(1, grid);
    }
}
