package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.Ageing;
import com.cartera.finance.AgeingBucket;
import com.cartera.finance.OverdueCustomers;
import com.cartera.finance.OwnerAgeing;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Receivables by age as of a day (today unless chosen): the workspace's five buckets, each opening its invoices, the
 * same per owner, and the customers owing the most past due with their payment risk.
 */
@Route("finance/receivables")
@Menu(title = "finance.receivables.menu", order = 33, icon = "vaadin:hourglass")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class ReceivablesView extends VerticalLayout implements HasHeading {

    static final int TOP = 10;

    final DatePicker asOf = new DatePicker();
    final AgeingTiles tiles = new AgeingTiles();
    final OwnerAgeingGrid owners = new OwnerAgeingGrid();
    final TopOverdueGrid top = new TopOverdueGrid();

    private final OwnerAgeing ownerAgeing;
    private final OverdueCustomers overdueCustomers;
    private final CustomerService customers;
    private final TeamDirectory team;
    private final Money money;

    public ReceivablesView(OwnerAgeing ownerAgeing, OverdueCustomers overdueCustomers, CustomerService customers,
                           TeamDirectory team, WorkspaceCalendar calendar, WorkspaceSettingsService settings) {
        this.ownerAgeing = ownerAgeing;
        this.overdueCustomers = overdueCustomers;
        this.customers = customers;
        this.team = team;
        money = new Money(settings.current().getCurrency(), getLocale());
        addClassName("receivables-view");
        asOf.setLabel(getTranslation("finance.receivables.as-of"));
        asOf.setLocale(getLocale());
        asOf.setValue(calendar.today());
        asOf.setRequiredIndicatorVisible(true);
        asOf.setI18n(new DatePicker.DatePickerI18n().setRequiredErrorMessage(
                getTranslation("finance.receivables.as-of.required")));
        asOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        owners.setWidthFull();
        top.setWidthFull();
        add(asOf, new H3(getTranslation("finance.receivables.workspace")), tiles,
                new H3(getTranslation("finance.receivables.by-owner")), owners,
                new H3(getTranslation("finance.receivables.top")), top);
        show(asOf.getValue());
    }

    @Override
    public String heading() {
        return getTranslation("finance.receivables.title");
    }

    private void show(LocalDate day) {
        List<OwnerAgeing.Row> rows = ownerAgeing.asOf(day);
        tiles.show(workspace(day, rows), money);
        owners.show(rows, this::ownerName, money);
        top.show(overdueCustomers.top(day, TOP).stream().map(overdue -> {
            Optional<Customer> customer = customers.find(overdue.customerId());
            return new TopOverdueGrid.Line(overdue.customerId(),
                    customer.map(Customer::getName).orElse("#" + overdue.customerId()), overdue.amount(),
                    ChronoUnit.DAYS.between(overdue.oldestDue(), day),
                    customer.map(Customer::getPaymentRisk).orElse(null));
        }).toList(), money);
    }

    /** The workspace's buckets: the owners' rows add up to it, "no owner" included. */
    private static Ageing workspace(LocalDate day, List<OwnerAgeing.Row> rows) {
        Map<AgeingBucket, BigDecimal> sums = new EnumMap<>(new Ageing.Builder(day).build().buckets());
        rows.forEach(row -> row.ageing().buckets().forEach((bucket, amount) -> sums.merge(bucket, amount,
                BigDecimal::add)));
        return new Ageing(day, sums);
    }

    private String ownerName(OwnerAgeing.Row row) {
        UUID owner = row.ownerId();
        return owner == null ? getTranslation("finance.receivables.no-owner")
                : team.find(owner).map(TeamMember::getDisplayName).orElse(getTranslation("finance.receivables.no-owner"));
    }
}
