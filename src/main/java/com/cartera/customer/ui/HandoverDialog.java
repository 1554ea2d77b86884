package com.cartera.customer.ui;

import java.text.NumberFormat;
import java.util.Map;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.BulkResult;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * "Traspasar cartera": moves an agent's whole portfolio, or the part of it matching the grid's current
 * filters, to another agent in one audited action, after showing how many customers will move.
 */
class HandoverDialog extends Dialog {

    enum Scope { WHOLE_PORTFOLIO, CURRENT_FILTER }

    final ComboBox<TeamMember> from = new ComboBox<>();
    final ComboBox<TeamMember> to = new ComboBox<>();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Paragraph summary = new Paragraph();
    final Button confirm = new Button();

    private final PortfolioBulkService bulk;
    private final CustomerFilter currentFilter;
    private final NumberFormat counts;

    HandoverDialog(PortfolioBulkService bulk, TeamDirectory team, CustomerFilter currentFilter, Runnable onDone) {
        this.bulk = bulk;
        this.currentFilter = currentFilter;
        counts = NumberFormat.getIntegerInstance(getLocale());
        setHeaderTitle(getTranslation("handover.title"));
        setWidth("min(32rem, 100%)");
        addClassName("handover-dialog");

        from.setLabel(getTranslation("handover.from"));
        from.setItems(bulk.portfolioOwners());
        from.setItemLabelGenerator(TeamMember::getDisplayName);
        to.setLabel(getTranslation("handover.to"));
        to.setItems(team.activeMembers());
        to.setItemLabelGenerator(TeamMember::getDisplayName);
        scope.setLabel(getTranslation("handover.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("handover.scope." + s.name()));
        scope.setValue(Scope.WHOLE_PORTFOLIO);
        from.addValueChangeListener(e -> recount());
        to.addValueChangeListener(e -> recount());
        scope.addValueChangeListener(e -> recount());

        confirm.setText(getTranslation("handover.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        Map<String, HasValidation> fields = Map.of("from", from, "to", to);
        confirm.addClickListener(e -> {
            try {
                BulkResult result = bulk.handOver(from.getValue() == null ? null : from.getValue().getUserId(),
                        to.getValue() == null ? null : to.getValue().getUserId(), chosenScope());
                close();
                Notifications.success(getTranslation("handover.done", counts.format(result.changed()),
                        from.getValue().getDisplayName(), to.getValue().getDisplayName()));
                onDone.run();
            } catch (FieldRejectedException rejected) {
                HasValidation field = fields.getOrDefault(rejected.field(), to);
                field.setErrorMessage(getTranslation(rejected.messageKey()));
                field.setInvalid(true);
            }
        });

        var form = new FormLayout(from, to, scope, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private CustomerFilter chosenScope() {
        return scope.getValue() == Scope.CURRENT_FILTER ? currentFilter : CustomerFilter.NONE;
    }

    /** Counts again what would move, and only lets a hand-over of something between two people go ahead. */
    private void recount() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null) {
            summary.setText("");
            confirm.setEnabled(false);
            return;
        }
        long count = bulk.handoverCount(from.getValue().getUserId(), chosenScope());
        summary.setText(getTranslation("handover.summary", counts.format(count), from.getValue().getDisplayName()));
        boolean sameAgent = from.getValue().equals(to.getValue());
        if (sameAgent) {
            to.setErrorMessage(getTranslation("handover.same-agent"));
            to.setInvalid(true);
        }
        confirm.setEnabled(count > 0 && to.getValue() != null && !sameAgent);
    }
}
