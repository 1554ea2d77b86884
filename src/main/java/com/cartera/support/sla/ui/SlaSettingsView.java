package com.cartera.support.sla.ui;

import java.time.DayOfWeek;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.support.TicketPriority;
import com.cartera.support.sla.SlaSettings;
import com.cartera.support.sla.SlaSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The desk's service levels (admin): targets per priority, business hours per weekday in the workspace's zone, and
 * holidays. Saving moves the dues of every ticket whose clock still runs.
 */
@Route("settings/support/sla")
@Menu(title = "menu.support-sla", order = 93, icon = "vaadin:timer")
@RolesAllowed(Role.Names.ADMIN)
public class SlaSettingsView extends VerticalLayout implements HasHeading {

    final SlaTargetsForm targets = new SlaTargetsForm();
    final BusinessHoursForm hours = new BusinessHoursForm();
    final HolidaysEditor holidays = new HolidaysEditor();
    final Button save = new Button();

    private final SlaSettingsService service;

    public SlaSettingsView(SlaSettingsService service, WorkspaceCalendar calendar) {
        this.service = service;
        addClassName("sla-settings-view");
        setMaxWidth("48rem");
        save.setText(getTranslation("support.sla.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new Paragraph(getTranslation("support.sla.intro")),
                new H3(getTranslation("support.sla.targets")), targets,
                new H3(getTranslation("support.sla.hours")),
                new Paragraph(getTranslation("support.sla.hours.zone", calendar.zone().getId())), hours,
                new H3(getTranslation("support.sla.holidays")), holidays, save);
        show(service.settings());
    }

    @Override
    public String heading() {
        return getTranslation("support.sla.title");
    }

    private void show(SlaSettings settings) {
        targets.show(settings.targets());
        hours.show(settings.hours());
        holidays.show(settings.holidays());
    }

    private void save() {
        var typedTargets = targets.read();
        var typedHours = hours.read();
        if (typedTargets == null || typedHours == null) {
            return;
        }
        try {
            show(service.save(new SlaSettings(typedHours, holidays.holidays(), typedTargets)));
            Notifications.success(getTranslation("support.sla.saved"));
        } catch (FieldRejectedException e) {
            String message = getTranslation(e.messageKey());
            String[] field = e.field().split("\\.", 2);
            switch (field[0]) {
                case "hours" -> {
                    if (field.length == 2) {
                        hours.reject(DayOfWeek.valueOf(field[1]), message);
                    }
                }
                case "target" -> targets.reject(TicketPriority.valueOf(field[1]), message);
                default -> {
                }
            }
            Notifications.error(message);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("support.sla.conflict"));
            show(service.settings());
        }
    }
}
