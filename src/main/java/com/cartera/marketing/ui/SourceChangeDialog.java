package com.cartera.marketing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a campaign's new source takes the spend booked on the campaign along. */
class SourceChangeDialog extends Dialog {

    final Paragraph text = new Paragraph();
    final Button move = new Button();
    final Button cancel = new Button();

    SourceChangeDialog(String question, String moveLabel, Runnable onMove) {
        addClassName("source-change");
        setHeaderTitle(getTranslation("marketing.campaign.source-change.title"));
        setWidth("min(32rem, 100%)");
        text.setText(question);
        move.setText(moveLabel);
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> {
            close();
            onMove.run();
        });
        cancel.setText(getTranslation("marketing.campaign.source-change.keep"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> close());
        add(text);
        getFooter().add(cancel, move);
    }
}
