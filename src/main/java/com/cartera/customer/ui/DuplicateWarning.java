package com.cartera.customer.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.cartera.customer.Customer;
import com.cartera.customer.DuplicateCandidate;
import com.cartera.customer.DuplicateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Warns before a customer is saved that it looks like customers already in the portfolio: shows them with
 * why and how likely, and lets the person save anyway, go back to the form, or open an existing one.
 *
 * <p>Usage in a form: {@code duplicateWarning.check(draft, () -> save(draft))}.
 */
public class DuplicateWarning extends Dialog {

    final Paragraph intro = new Paragraph();
    final Grid<DuplicateCandidate> candidates = new Grid<>();
    final Button saveAnyway = new Button();
    final Button cancel = new Button();

    private final DuplicateService duplicateService;
    private Runnable onSaveAnyway = () -> { };

    public DuplicateWarning(DuplicateService duplicateService) {
        this.duplicateService = duplicateService;
        addClassName("duplicate-warning");
        setHeaderTitle(getTranslation("duplicates.warning.title"));
        setWidth("min(70rem, 100%)");

        candidates.addComponentColumn(candidate -> CustomerCell.link(candidate.customer()))
                .setHeader(getTranslation("customer.name")).setFlexGrow(3).setKey("name");
        candidates.addColumn(candidate -> candidate.customer().getEmail())
                .setHeader(getTranslation("customer.email")).setFlexGrow(3).setKey("email");
        candidates.addColumn(candidate -> candidate.customer().getPhone())
                .setHeader(getTranslation("customer.phone")).setFlexGrow(2).setKey("phone");
        candidates.addColumn(candidate -> candidate.customer().getCity())
                .setHeader(getTranslation("customer.city")).setFlexGrow(1).setKey("city");
        candidates.addColumn(candidate -> candidate.customer().getOwner() == null ? ""
                        : candidate.customer().getOwner().getDisplayName())
                .setHeader(getTranslation("customer.owner")).setFlexGrow(2).setKey("owner");
        candidates.addColumn(candidate -> candidate.reasons().stream().map(reason -> getTranslation(reason.labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("duplicates.reasons")).setFlexGrow(3).setKey("reasons");
        candidates.addComponentColumn(candidate -> ScoreBadge.of(candidate.score()))
                .setHeader(getTranslation("duplicates.score")).setAutoWidth(true).setFlexGrow(0).setKey("score");
        candidates.setAllRowsVisible(true);

        saveAnyway.setText(getTranslation("duplicates.warning.save-anyway"));
        saveAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        saveAnyway.addClickListener(e -> {
            close();
            onSaveAnyway.run();
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addClickListener(e -> close());

        add(intro, candidates);
        getFooter().add(saveAnyway, cancel);
    }

    /**
     * Looks for customers like {@code draft}: with none, runs {@code saveAnyway} straight away; otherwise
     * opens this dialog, which runs it only if the person chooses to save anyway.
     */
    public void check(Customer draft, Runnable saveAnyway) {
        List<DuplicateCandidate> found = duplicateService.candidatesFor(draft);
        if (found.isEmpty()) {
            saveAnyway.run();
            return;
        }
        onSaveAnyway = saveAnyway;
        intro.setText(getTranslation("duplicates.warning.intro", draft.getName()));
        candidates.setItems(found);
        open();
    }
}
