package com.cartera.customer.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.SavedView;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.security.FieldRejectedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Picks a saved grid view (one's own or one shared by a colleague) and applies it; saves the current
 * filters, sort and columns as a new view or over one's own; shares or deletes one's own views.
 */
class SavedViewsMenu extends HorizontalLayout {

    final ComboBox<SavedView> views = new ComboBox<>();
    final Button actions = new Button();
    // The actions are made when the button is first clicked: most visits never save or change a view.
    Popover actionsPopover;
    Button saveAs;
    Button update;
    Checkbox share;
    Button delete;

    private final SavedViewService service;
    private final Supplier<SavedViewDefinition> current;
    private final Consumer<SavedViewDefinition> apply;

    SavedViewsMenu(SavedViewService service, Supplier<SavedViewDefinition> current, Consumer<SavedViewDefinition> apply) {
        this.service = service;
        this.current = current;
        this.apply = apply;
        setSpacing(false);
        setAlignItems(Alignment.BASELINE);
        addClassName("saved-views");

        views.setPlaceholder(getTranslation("views.choose"));
        views.setAriaLabel(getTranslation("views.choose"));
        views.setItemLabelGenerator(this::label);
        views.setClearButtonVisible(true);
        views.setWidth("14em");
        views.addValueChangeListener(e -> {
            refreshActions();
            // Applied when a person picks it; listing the views afresh only reselects.
            if (e.isFromClient() && e.getValue() != null) {
                apply.accept(e.getValue().getDefinition());
            }
        });

        actions.setId("customers-view-actions");
        actions.setIcon(VaadinIcon.ELLIPSIS_DOTS_V.create());
        actions.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        actions.setAriaLabel(getTranslation("views.actions"));
        actions.getElement().setAttribute("title", getTranslation("views.actions"));
        // The popover opens itself on later clicks on the button.
        actions.addClickListener(e -> {
            if (actionsPopover == null) {
                openActions();
            }
        });
        add(views, actions);
        reload(null);
    }

    private void openActions() {
        saveAs = action("views.save-as", this::openSaveAs);
        update = action("views.update", this::updateSelected);
        delete = action("views.delete", this::confirmDelete);
        share = new Checkbox(getTranslation("views.share"));
        share.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actionsPopover.close();
                toggleShared();
            }
        });
        var list = new VerticalLayout(saveAs, update, share, delete);
        list.setPadding(false);
        list.setSpacing(false);
        actionsPopover = new Popover(list);
        actionsPopover.setPosition(PopoverPosition.BOTTOM_END);
        actionsPopover.setTarget(actions);
        refreshActions();
        actionsPopover.open();
    }

    private Button action(String textKey, Runnable action) {
        var button = new Button(getTranslation(textKey), e -> {
            actionsPopover.close();
            action.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private String label(SavedView view) {
        return service.isMine(view) ? view.getName()
                : getTranslation("views.shared-by", view.getName(), view.getOwner().getDisplayName());
    }

    /** Lists the views again and selects the one with {@code selectedId}, if any, without applying it. */
    private void reload(Long selectedId) {
        var available = service.available();
        views.setItems(available);
        views.setValue(available.stream().filter(view -> view.getId().equals(selectedId)).findFirst().orElse(null));
        refreshActions();
    }

    private void refreshActions() {
        if (actionsPopover == null) {
            return;
        }
        SavedView selected = views.getValue();
        boolean mine = selected != null && service.isMine(selected);
        update.setEnabled(mine);
        share.setEnabled(mine);
        share.setValue(selected != null && selected.isShared());
        delete.setEnabled(mine);
    }

    void openSaveAs() {
        var dialog = new Dialog(getTranslation("views.save-as"));
        dialog.setWidth("min(26rem, 100%)");
        var name = new TextField(getTranslation("views.name"));
        name.setWidthFull();
        name.setMaxLength(80);
        var shared = new Checkbox(getTranslation("views.share"));
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                SavedView saved = service.create(name.getValue(), shared.getValue(), current.get());
                dialog.close();
                Notifications.success(getTranslation("views.saved", saved.getName()));
                reload(saved.getId());
            } catch (FieldRejectedException rejected) {
                name.setErrorMessage(getTranslation(rejected.messageKey()));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, shared));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void updateSelected() {
        SavedView selected = views.getValue();
        whileCurrent(() -> {
            SavedView saved = service.update(selected.getId(), selected.getVersion(), current.get());
            Notifications.success(getTranslation("views.saved", saved.getName()));
            reload(saved.getId());
        });
    }

    private void toggleShared() {
        SavedView selected = views.getValue();
        whileCurrent(() -> {
            SavedView saved = service.share(selected.getId(), selected.getVersion(), !selected.isShared());
            Notifications.success(getTranslation(saved.isShared() ? "views.now-shared" : "views.now-private",
                    saved.getName()));
            reload(saved.getId());
        });
    }

    private void confirmDelete() {
        SavedView selected = views.getValue();
        var confirm = new ConfirmDialog(getTranslation("views.delete"),
                getTranslation("views.delete.confirm", selected.getName()), getTranslation("views.delete"),
                e -> whileCurrent(() -> {
                    service.delete(selected.getId(), selected.getVersion());
                    reload(null);
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Runs a change to a view; if someone changed it meanwhile (another tab), says so and lists afresh. */
    private void whileCurrent(Runnable change) {
        try {
            change.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("views.conflict"));
            reload(null);
        }
    }
}
