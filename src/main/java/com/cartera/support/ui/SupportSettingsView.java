package com.cartera.support.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.security.Role;
import com.cartera.support.DeskSettings;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.TicketRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The desk's set-up: the reopen window, the ticket categories and the team queues. Admin only. */
@Route("settings/support")
@Menu(title = "support.settings.menu", order = 91, icon = "vaadin:lifebuoy")
@RolesAllowed(Role.Names.ADMIN)
public class SupportSettingsView extends VerticalLayout implements HasHeading {

    final IntegerField reopenWindow = new IntegerField();
    final Button save = new Button();
    final NamedListEditor categories;
    final NamedListEditor teams;

    private final SupportSettingsService settings;
    private long version;

    public SupportSettingsView(SupportSettingsService settings) {
        this.settings = settings;
        addClassName("support-settings-view");
        setMaxWidth("48rem");
        reopenWindow.setLabel(getTranslation("support.settings.reopen-window"));
        reopenWindow.setHelperText(getTranslation("support.settings.reopen-window.help"));
        reopenWindow.setMin(0);
        reopenWindow.setMax(DeskSettings.REOPEN_WINDOW_MAX);
        reopenWindow.setStepButtonsVisible(true);
        reopenWindow.setWidth("min(20em, 100%)");
        save.setText(getTranslation("support.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveWindow());
        showDesk(settings.desk());
        var window = new FlexLayout(reopenWindow, save);
        window.setAlignItems(FlexComponent.Alignment.BASELINE);
        window.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        window.getStyle().set("gap", "var(--lumo-space-m)");

        categories = new NamedListEditor("support.settings.categories",
                () -> settings.categories(true).stream()
                        .map(category -> new NamedListEditor.Entry(category.id(), category.name(), category.archived()))
                        .toList(),
                settings::addCategory, settings::renameCategory, settings::archiveCategory);
        teams = new NamedListEditor("support.settings.teams",
                () -> settings.teams(true).stream()
                        .map(team -> new NamedListEditor.Entry(team.id(), team.name(), team.archived())).toList(),
                settings::addTeam, settings::renameTeam, settings::archiveTeam);
        add(window, categories, teams);
    }

    @Override
    public String heading() {
        return getTranslation("support.settings.title");
    }

    private void showDesk(DeskSettings desk) {
        version = desk.version();
        reopenWindow.setValue(desk.reopenWindowDays());
    }

    private void saveWindow() {
        reopenWindow.setInvalid(false);
        Integer days = reopenWindow.getValue();
        try {
            showDesk(settings.saveReopenWindow(days == null ? -1 : days, version));
            Notifications.success(getTranslation("support.settings.saved"));
        } catch (TicketRefusedException refused) {
            reopenWindow.setErrorMessage(TicketErrors.text(this, refused));
            reopenWindow.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException stale) {
            showDesk(settings.desk());
            Notifications.warning(getTranslation("support.settings.conflict"));
        }
    }
}
