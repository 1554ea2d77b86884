package com.cartera.marketing.target.ui;

import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

import com.cartera.base.ui.Notifications;
import com.cartera.marketing.TargetStatus;
import com.cartera.marketing.target.MemberFilter;
import com.cartera.marketing.target.MemberRow;
import com.cartera.marketing.target.TargetMembers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A list's members in a lazy grid, narrowed by status and text; marketing and admin set the status of the picked
 * members or of every member matching the filter.
 */
class MembersPanel extends VerticalLayout {

    final MultiSelectComboBox<TargetStatus> statuses = new MultiSelectComboBox<>();
    final TextField search = new TextField();
    final Span count = new Span();
    final Grid<MemberRow> grid = new Grid<>();
    final Select<TargetStatus> newStatus = new Select<>();
    final Button applyToPicked = new Button();
    final Button applyToMatching = new Button();

    private final TargetMembers members;
    private final long listId;
    private final Runnable changed;
    private MemberFilter filter = MemberFilter.ALL;

    MembersPanel(TargetMembers members, long listId, boolean mayChange, DateTimeFormatter when, Runnable changed) {
        this.members = members;
        this.listId = listId;
        this.changed = changed;
        addClassName("target-list-members");
        setPadding(false);
        setSizeFull();
        statuses.setLabel(getTranslation("marketing.list.filter.status"));
        statuses.setItems(TargetStatus.values());
        statuses.setItemLabelGenerator(this::label);
        statuses.addValueChangeListener(event -> refresh());
        search.setLabel(getTranslation("marketing.list.filter.text"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        var filters = new HorizontalLayout(statuses, search, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(this::name).setHeader(getTranslation("marketing.list.column.customer")).setFlexGrow(2);
        grid.addColumn(MemberRow::email).setHeader(getTranslation("marketing.list.column.email")).setFlexGrow(2);
        grid.addColumn(MemberRow::phone).setHeader(getTranslation("marketing.list.column.phone"));
        grid.addColumn(row -> label(row.status())).setHeader(getTranslation("marketing.list.column.status"));
        grid.addColumn(row -> when.format(row.statusAt())).setHeader(getTranslation("marketing.list.column.status-at"));
        grid.setItems(query -> members.page(listId, filter, query.getOffset(), query.getLimit()).stream(),
                query -> members.count(listId, filter));
        add(filters);
        if (mayChange) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            newStatus.setLabel(getTranslation("marketing.list.bulk.status"));
            newStatus.setItems(TargetStatus.values());
            newStatus.setItemLabelGenerator(this::label);
            applyToPicked.setText(getTranslation("marketing.list.bulk.picked"));
            applyToPicked.addClickListener(event -> applyToPicked());
            applyToMatching.setText(getTranslation("marketing.list.bulk.matching"));
            applyToMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            applyToMatching.addClickListener(event -> applyToMatching());
            var bulk = new HorizontalLayout(newStatus, applyToPicked, applyToMatching);
            bulk.setAlignItems(FlexComponent.Alignment.BASELINE);
            bulk.getStyle().set("flex-wrap", "wrap");
            add(bulk);
        }
        add(grid);
        setFlexGrow(1, grid);
        showCount();
    }

    void refresh() {
        filter = new MemberFilter(statuses.getValue(), search.getValue());
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void applyToPicked() {
        Set<Long> picked = grid.getSelectedItems().stream().map(MemberRow::customerId).collect(Collectors.toSet());
        if (newStatus.getValue() == null || picked.isEmpty()) {
            Notifications.warning(getTranslation("marketing.list.bulk.choose"));
            return;
        }
        done(members.setStatus(listId, picked, newStatus.getValue()));
    }

    private void applyToMatching() {
        if (newStatus.getValue() == null) {
            Notifications.warning(getTranslation("marketing.list.bulk.choose"));
            return;
        }
        done(members.setStatusOfMatching(listId, filter, newStatus.getValue()));
    }

    private void done(int changedCount) {
        Notifications.success(getTranslation("marketing.list.bulk.done", changedCount,
                label(newStatus.getValue())));
        grid.deselectAll();
        refresh();
        changed.run();
    }

    private void showCount() {
        count.setText(getTranslation("marketing.list.members.count", members.count(listId, filter)));
    }

    private String name(MemberRow row) {
        String name = row.name() == null ? getTranslation("marketing.list.member.gone") : row.name();
        if (!row.live()) {
            return name + " · " + getTranslation("marketing.list.member.deleted");
        }
        return row.consent() ? name : name + " · " + getTranslation("marketing.list.member.withdrawn");
    }

    private String label(TargetStatus status) {
        return getTranslation("marketing.list.status." + status);
    }
}
