package com.cartera.analytics.ui;

import java.util.Set;
import java.util.UUID;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * What every dashboard shares: the switcher to the other dashboards this person may see, the period picker kept
 * in the URL, and the cards, drawn again whenever the period changes.
 */
@StyleSheet("styles/dashboards.css")
public abstract class DashboardPage extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final PeriodPicker periodPicker;
    final DashboardSwitcher switcher;
    final FlexLayout toolbar = new FlexLayout();
    final Div cards = new Div();
    private final Dashboard dashboard;
    private final PeriodPreset defaultPreset;
    private final WorkspaceCalendar calendar;
    final DashboardTools tools;
    /** The figures drawn last, for the export (read by its download, outside the UI's lock). */
    private volatile DashboardTools.Shown shown;
    private final Component exportButton;

    protected DashboardPage(Dashboard dashboard, PeriodPreset defaultPreset, WorkspaceCalendar calendar,
                            CurrentUser currentUser, DashboardTools tools) {
        this.dashboard = dashboard;
        this.defaultPreset = defaultPreset;
        this.calendar = calendar;
        this.tools = tools;
        addClassName("dashboard");
        setWidthFull();
        periodPicker = new PeriodPicker(calendar.today(),
                choice -> UI.getCurrent().navigate(dashboard.route(), choice.toQueryParameters()));
        Set<Role> roles = currentUser.require().roles();
        switcher = new DashboardSwitcher(dashboard, roles, periodPicker::getValue);
        toolbar.addClassName("dashboard-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        exportButton = tools.exportButton(dashboard, () -> shown, getLocale());
        toolbar.add(switcher, periodPicker, exportButton);
        cards.addClassName("dashboard-cards");
        cards.setWidthFull();
        add(toolbar, cards);
    }

    @Override
    public String heading() {
        return getTranslation(dashboard.titleKey());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PeriodChoice choice = PeriodChoice.read(event.getLocation().getQueryParameters(), calendar.today(),
                defaultPreset);
        periodPicker.setValue(choice);
        draw(choice);
    }

    private void draw(PeriodChoice choice) {
        cards.removeAll();
        show(choice);
        shown = DashboardTools.Shown.of(choice, owner(), DashboardFigures.shownIn(cards));
        exportButton.setVisible(!shown.sheets().isEmpty());
    }

    /** Whose figures the dashboard shows: null for the whole workspace. */
    UUID owner() {
        return null;
    }

    /** The figures drawn last and what for: what the export writes. */
    DashboardTools.Shown shown() {
        return shown;
    }

    /** Opens the customers behind the figures of {@link #owner()} in the customer grid. */
    DrillDownLinks drillDown() {
        return tools.links(owner());
    }

    /** The switcher to the other dashboards (a method, so tests reach it through the view's security proxy). */
    DashboardSwitcher switcher() {
        return switcher;
    }

    /** Adds controls of this dashboard (e.g. whose figures) to the toolbar, after the period. */
    protected void addToToolbar(Component... components) {
        toolbar.add(components);
    }

    protected void addCard(Component... components) {
        cards.add(components);
    }

    /** The period currently shown. */
    protected PeriodChoice period() {
        return periodPicker.getValue();
    }

    /** Draws the dashboard's cards for {@code choice}. */
    protected abstract void show(PeriodChoice choice);

    /** Draws the cards again for the same period, e.g. after another agent is chosen. */
    protected void redraw() {
        draw(period());
    }
}
