package com.cartera.sales.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.sales.SalesLookups;
import com.cartera.sales.SalesTarget;
import com.cartera.sales.SalesTargetService;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Management's and admin's sales targets: one row per agent, one column per month of the chosen year, each cell
 * edited in place and saved when it is left. An emptied cell removes the target.
 */
@Route("pipeline/targets")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class SalesTargetsView extends VerticalLayout implements HasHeading {

    /** One cell of the grid: an agent's month. */
    record Cell(UUID memberId, YearMonth month) {
    }

    final Select<Integer> year = new Select<>();
    final Button back = new Button();
    final Grid<TeamMember> grid = new Grid<>();
    final Map<Cell, TextField> fields = new HashMap<>();
    final Map<UUID, Span> totals = new HashMap<>();

    private final SalesTargetService targets;
    private final List<TeamMember> agents;
    private final String currency;
    private final Map<Cell, SalesTarget> stored = new HashMap<>();

    public SalesTargetsView(SalesTargetService targets, TeamDirectory team, SalesLookups lookups,
                            WorkspaceCalendar calendar) {
        this.targets = targets;
        this.agents = team.activeMembers();
        this.currency = lookups.workspaceCurrency();
        setSizeFull();
        addClassName("sales-targets-view");

        int thisYear = calendar.today().getYear();
        year.setLabel(getTranslation("sales-target.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> load());
        back.setText(getTranslation("sales-target.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> UI.getCurrent().navigate(PipelineSettingsView.class));
        var header = new HorizontalLayout(back, year);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(TeamMember::getDisplayName).setHeader(getTranslation("sales-target.agent"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setKey("agent");
        Locale locale = getLocale();
        for (int m = 1; m <= 12; m++) {
            int monthNumber = m;
            grid.addComponentColumn(agent -> fields.get(new Cell(agent.getUserId(), month(monthNumber))))
                    .setHeader(Month.of(m).getDisplayName(TextStyle.SHORT, locale))
                    .setWidth("8.5rem").setFlexGrow(0).setKey("m" + m);
        }
        grid.addComponentColumn(agent -> totals.get(agent.getUserId()))
                .setHeader(getTranslation("sales-target.total")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("total");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);

        add(header, new Paragraph(getTranslation("sales-target.explanation", currency)), grid);
        load();
    }

    private YearMonth month(int monthNumber) {
        return YearMonth.of(year.getValue(), monthNumber);
    }

    /** Reads the year's targets and builds one field per agent and month. */
    void load() {
        stored.clear();
        fields.clear();
        totals.clear();
        for (SalesTarget target : targets.targets(year.getValue())) {
            stored.put(new Cell(target.getMemberId(), target.getMonth()), target);
        }
        for (TeamMember agent : agents) {
            for (int m = 1; m <= 12; m++) {
                var cell = new Cell(agent.getUserId(), month(m));
                fields.put(cell, field(agent, cell));
            }
            var total = new Span();
            total.addClassName("sales-target-total");
            totals.put(agent.getUserId(), total);
            showTotal(agent.getUserId());
        }
        grid.setItems(agents);
    }

    private TextField field(TeamMember agent, Cell cell) {
        var field = new TextField();
        field.setWidthFull();
        field.addThemeName("align-right");
        field.addThemeName("small");
        String monthName = cell.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
        field.setAriaLabel(getTranslation("sales-target.cell", agent.getDisplayName(), monthName,
                cell.month().getYear()));
        field.setPlaceholder("—");
        Optional.ofNullable(stored.get(cell)).ifPresent(target -> field.setValue(format(target.getAmount())));
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save(cell, field);
            }
        });
        return field;
    }

    void save(Cell cell, TextField field) {
        field.setInvalid(false);
        BigDecimal amount;
        String text = field.getValue().strip();
        if (text.isEmpty()) {
            amount = null;
        } else {
            amount = parse(text);
            if (amount == null) {
                reject(field, "sales-target.amount.number");
                return;
            }
        }
        SalesTarget before = stored.get(cell);
        try {
            Optional<SalesTarget> saved = targets.set(cell.memberId(), cell.month(), amount,
                    before == null ? null : before.getVersion());
            saved.ifPresentOrElse(target -> stored.put(cell, target), () -> stored.remove(cell));
            saved.ifPresent(target -> field.setValue(format(target.getAmount())));
            showTotal(cell.memberId());
        } catch (FieldRejectedException rejected) {
            reject(field, rejected.messageKey());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("sales-target.conflict"));
            load();
        }
    }

    private void reject(TextField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey, currency));
        field.setInvalid(true);
    }

    private void showTotal(UUID memberId) {
        BigDecimal sum = stored.entrySet().stream().filter(entry -> entry.getKey().memberId().equals(memberId))
                .map(entry -> entry.getValue().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        totals.get(memberId).setText(MoneyFormat.format(sum, currency, getLocale()));
    }

    /** The amount as the UI language writes numbers (12.500,50 in Spanish), or null when it is not one. */
    BigDecimal parse(String text) {
        var format = (DecimalFormat) NumberFormat.getNumberInstance(getLocale());
        format.setParseBigDecimal(true);
        var position = new ParsePosition(0);
        Number number = format.parse(text, position);
        return number == null || position.getIndex() != text.length() ? null : (BigDecimal) number;
    }

    private String format(BigDecimal amount) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** The field of an agent's month of the year shown (for tests). */
    TextField field(UUID memberId, int monthNumber) {
        return fields.get(new Cell(memberId, month(monthNumber)));
    }

    @Override
    public String heading() {
        return getTranslation("sales-target.title");
    }
}
