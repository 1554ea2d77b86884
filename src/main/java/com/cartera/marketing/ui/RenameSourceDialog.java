package com.cartera.marketing.ui;

import java.util.function.Consumer;

import com.cartera.marketing.MarketingRefusedException;
import com.cartera.marketing.SourceCatalog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Asks for a source's new name; a refused name shows its message on the field and keeps the dialog open. */
class RenameSourceDialog extends Dialog {

    final TextField name = new TextField();
    final Button save = new Button();

    RenameSourceDialog(String current, Consumer<String> rename) {
        addClassName("rename-source");
        setHeaderTitle(getTranslation("marketing.sources.rename.title", current));
        name.setLabel(getTranslation("marketing.sources.name"));
        name.setMaxLength(SourceCatalog.NAME_MAX);
        name.setValue(current);
        name.setWidthFull();
        save.setText(getTranslation("marketing.sources.rename.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                rename.accept(name.getValue());
                close();
            } catch (MarketingRefusedException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
                name.setInvalid(true);
            }
        });
        var cancel = new Button(getTranslation("marketing.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(name);
        getFooter().add(cancel, save);
    }
}
