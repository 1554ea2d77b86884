package com.cartera.marketing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Someone saved the campaign while it was being edited here: who and when, and a choice between their version
 * (the changes here are dropped) and these changes put on top of theirs.
 */
class CampaignConflictDialog extends Dialog {

    final Paragraph who = new Paragraph();
    final Button showTheirs = new Button();
    final Button keepMine = new Button();

    CampaignConflictDialog(String whoAndWhen, Runnable onShowTheirs, Runnable onKeepMine) {
        addClassName("campaign-conflict");
        setHeaderTitle(getTranslation("marketing.campaign.conflict.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(34rem, 100%)");
        who.setText(whoAndWhen);
        showTheirs.setText(getTranslation("marketing.campaign.conflict.theirs"));
        showTheirs.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showTheirs.addClickListener(e -> {
            close();
            onShowTheirs.run();
        });
        keepMine.setText(getTranslation("marketing.campaign.conflict.mine"));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(e -> {
            close();
            onKeepMine.run();
        });
        add(who);
        getFooter().add(showTheirs, keepMine);
    }
}
