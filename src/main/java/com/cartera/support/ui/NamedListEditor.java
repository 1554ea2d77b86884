package com.cartera.support.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.cartera.base.ui.Notifications;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.TicketRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A workspace list of names (ticket categories, team queues): add, rename, archive and restore. */
class NamedListEditor extends VerticalLayout {

    /** One entry of the list. */
    record Entry(long id, String name, boolean archived) {
    }

    /** One entry as shown: its name field and buttons. */
    record Row(Entry entry, TextField name, Button rename, Button archive) {
    }

    final TextField newName = new TextField();
    final Button add = new Button();
    final Div rows = new Div();
    final List<Row> shown = new ArrayList<>();

    private final Supplier<List<Entry>> entries;
    private final BiConsumer<Long, String> onRename;
    private final BiConsumer<Long, Boolean> onArchive;

    NamedListEditor(String titleKey, Supplier<List<Entry>> entries, Consumer<String> onAdd,
                    BiConsumer<Long, String> onRename, BiConsumer<Long, Boolean> onArchive) {
        this.entries = entries;
        this.onRename = onRename;
        this.onArchive = onArchive;
        setPadding(false);
        addClassName("named-list-editor");
        newName.setPlaceholder(getTranslation("support.settings.new-name"));
        newName.setMaxLength(SupportSettingsService.NAME_MAX);
        newName.setAriaLabel(getTranslation("support.settings.new-name"));
        add.setText(getTranslation("support.settings.add"));
        add.addClickListener(e -> act(() -> {
            String name = newName.getValue();
            onAdd.accept(name);
            Notifications.success(getTranslation("support.settings.added", name.strip()));
            newName.clear();
        }, newName));
        var adder = new FlexLayout(newName, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H3(getTranslation(titleKey)), rows, adder);
        refresh();
    }

    void refresh() {
        rows.removeAll();
        shown.clear();
        for (Entry entry : entries.get()) {
            var name = new TextField();
            name.setValue(entry.name());
            name.setMaxLength(SupportSettingsService.NAME_MAX);
            name.setAriaLabel(getTranslation("support.settings.name"));
            var rename = new Button(getTranslation("support.settings.rename"), e -> act(() -> {
                onRename.accept(entry.id(), name.getValue());
                Notifications.success(getTranslation("support.settings.renamed"));
            }, name));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var archive = new Button(getTranslation(entry.archived() ? "support.settings.restore"
                    : "support.settings.archive"), e -> act(() -> onArchive.accept(entry.id(), !entry.archived()), name));
            archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, entry.archived() ? ButtonVariant.LUMO_SUCCESS
                    : ButtonVariant.LUMO_ERROR);
            var row = new FlexLayout(name, rename, archive);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-xs)");
            if (entry.archived()) {
                var badge = new Span(getTranslation("support.settings.archived"));
                badge.getElement().getThemeList().add("badge contrast");
                row.add(badge);
            }
            rows.add(row);
            shown.add(new Row(entry, name, rename, archive));
        }
    }

    private void act(Runnable change, TextField field) {
        field.setInvalid(false);
        try {
            change.run();
            refresh();
        } catch (TicketRefusedException refused) {
            field.setErrorMessage(TicketErrors.text(this, refused));
            field.setInvalid(true);
        }
    }
}
