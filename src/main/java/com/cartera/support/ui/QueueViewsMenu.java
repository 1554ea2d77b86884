package com.cartera.support.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.cartera.base.ui.Notifications;
import com.cartera.security.FieldRejectedException;
import com.cartera.support.QueueView;
import com.cartera.support.SavedQueueView;
import com.cartera.support.SavedQueueViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Picks one of the person's saved queue views and applies it; saves the current filter, sort and columns as a new
 * view, over the chosen one, or deletes the chosen one.
 */
class QueueViewsMenu extends HorizontalLayout {

    final ComboBox<SavedQueueView> views = new ComboBox<>();
    final MenuBar actions = new MenuBar();
    final MenuItem saveAs;
    final MenuItem update;
    final MenuItem delete;

    private final SavedQueueViews service;
    private final Supplier<QueueView> current;

    QueueViewsMenu(SavedQueueViews service, Supplier<QueueView> current, Consumer<QueueView> apply) {
        this.service = service;
        this.current = current;
        setSpacing(false);
        setAlignItems(Alignment.BASELINE);
        addClassName("queue-views");
        views.setId("queue-views");
        views.setPlaceholder(getTranslation("support.queue.views.choose"));
        views.setAriaLabel(getTranslation("support.queue.views.choose"));
        views.setItemLabelGenerator(SavedQueueView::name);
        views.setClearButtonVisible(true);
        views.setWidth("12em");
        views.addValueChangeListener(e -> {
            refreshActions();
            if (e.isFromClient() && e.getValue() != null) {
                apply.accept(e.getValue().view());
            }
        });
        actions.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        MenuItem root = actions.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("support.queue.views.actions"));
        saveAs = root.getSubMenu().addItem(getTranslation("support.queue.views.save-as"), e -> openSaveAs());
        update = root.getSubMenu().addItem(getTranslation("support.queue.views.update"), e -> updateChosen());
        delete = root.getSubMenu().addItem(getTranslation("support.queue.views.delete"), e -> deleteChosen());
        add(views, actions);
        reload(null);
    }

    private void reload(Long chosenId) {
        var mine = service.mine();
        views.setItems(mine);
        views.setValue(mine.stream().filter(v -> chosenId != null && v.id() == chosenId).findFirst().orElse(null));
        refreshActions();
    }

    private void refreshActions() {
        update.setEnabled(views.getValue() != null);
        delete.setEnabled(views.getValue() != null);
    }

    void openSaveAs() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("support.queue.views.save-as"));
        var name = new TextField(getTranslation("support.queue.views.name"));
        name.setId("queue-view-name");
        name.setMaxLength(SavedQueueViews.NAME_LIMIT);
        name.setWidthFull();
        var save = new Button(getTranslation("support.queue.views.save"), e -> {
            try {
                SavedQueueView saved = service.create(name.getValue(), current.get());
                dialog.close();
                reload(saved.id());
                Notifications.success(getTranslation("support.queue.views.saved", saved.name()));
            } catch (FieldRejectedException rejected) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(rejected.messageKey(), SavedQueueViews.NAME_LIMIT));
            }
        });
        save.setId("queue-view-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("support.queue.views.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    void updateChosen() {
        SavedQueueView chosen = views.getValue();
        try {
            SavedQueueView saved = service.update(chosen.id(), chosen.version(), current.get());
            reload(saved.id());
            Notifications.success(getTranslation("support.queue.views.saved", saved.name()));
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            reload(null);
            Notifications.error(getTranslation("support.queue.views.conflict"));
        }
    }

    void deleteChosen() {
        SavedQueueView chosen = views.getValue();
        try {
            service.delete(chosen.id(), chosen.version());
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            Notifications.error(getTranslation("support.queue.views.conflict"));
        }
        reload(null);
    }
}
