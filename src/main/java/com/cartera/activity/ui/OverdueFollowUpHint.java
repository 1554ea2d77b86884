package com.cartera.activity.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.activity.FollowUpService;
import com.cartera.customer.Customer;
import com.cartera.customer.NextBestActionSource;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/** The most urgent hint on the customer's page: a follow-up past its time ("Llamada vencida desde el …"). */
@Component
class OverdueFollowUpHint implements NextBestActionSource {

    static final int URGENCY = 100;

    private final FollowUpService followUpService;
    private final WorkspaceCalendar calendar;

    OverdueFollowUpHint(FollowUpService followUpService, WorkspaceCalendar calendar) {
        this.calendar = calendar;
        this.followUpService = followUpService;
    }

    @Override
    public Optional<NextBestAction> suggest(Customer customer) {
        // Read by the 360 page in its UI: the kind and time go into the message in the UI's language.
        UI ui = UI.getCurrent();
        return followUpService.nextOpen(customer.getId())
                .filter(followUp -> followUp.isOverdue(Instant.now()))
                .map(followUp -> new NextBestAction(URGENCY, "hint.follow-up.overdue", List.of(
                        ui.getTranslation("follow-up.kind." + followUp.getKind().name()),
                        FollowUpFormat.dateTime(ui.getLocale(), calendar.zone()).format(followUp.getDueAt()))));
    }
}
