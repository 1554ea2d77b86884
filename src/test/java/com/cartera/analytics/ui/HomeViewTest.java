package com.cartera.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** {@code /} sends each person to their role's home; people with several roles switch between their dashboards. */
class HomeViewTest extends KaribuTest {

    @Test
    void eachRoleLandsOnItsHome() {
        SignedInUser admin = data.newWorkspace("Homes " + TestData.uniqueSlug("h"));
        assertThat(landingOf(admin)).isInstanceOf(ManagementDashboardView.class);
        assertThat(landingOf(member(admin, Role.MANAGEMENT))).isInstanceOf(ManagementDashboardView.class);
        assertThat(landingOf(member(admin, Role.SALES))).isInstanceOf(SalesDashboardView.class);
        assertThat(landingOf(member(admin, Role.MARKETING))).isInstanceOf(MarketingDashboardView.class);
        assertThat(landingOf(member(admin, Role.SUPPORT))).isInstanceOf(SupportDashboardView.class);
        assertThat(landingOf(member(admin, Role.FINANCE))).isInstanceOf(FinanceDashboardView.class);
        assertThat(landingOf(member(admin, Role.FINANCE, Role.SALES))).isInstanceOf(SalesDashboardView.class);
    }

    @Test
    void aPersonWithSeveralRolesSwitchesBetweenTheirDashboardsOnly() {
        SignedInUser admin = data.newWorkspace("Homes " + TestData.uniqueSlug("h"));
        var view = (DashboardPage) landingOf(member(admin, Role.SALES, Role.SUPPORT));
        var switcher = view.switcher().select();
        assertThat(switcher.isVisible()).isTrue();
        assertThat(switcher.getListDataView().getItems()).containsExactly(Dashboard.SALES, Dashboard.SUPPORT);

        UI.getCurrent().navigate("dashboard/sales", QueryParameters.fromString("period=last-month"));
        switcher = ((DashboardPage) UI.getCurrent().getCurrentView()).switcher().select();
        switcher.setValue(Dashboard.SUPPORT);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SupportDashboardView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("dashboard/support?period=last-month");
    }

    @Test
    void aPersonWithOneDashboardSeesNoSwitcher() {
        SignedInUser admin = data.newWorkspace("Homes " + TestData.uniqueSlug("h"));
        var view = (DashboardPage) landingOf(member(admin, Role.MARKETING));
        assertThat(view.switcher().select().isVisible()).isFalse();

        var management = (DashboardPage) landingOf(admin);
        assertThat(management.switcher().select().getListDataView().getItems())
                .containsExactly(Dashboard.values());
    }

    private Object landingOf(SignedInUser user) {
        logout();
        login(user);
        UI.getCurrent().navigate("");
        return UI.getCurrent().getCurrentView();
    }

    private SignedInUser member(SignedInUser admin, Role... roles) {
        return data.addMember(admin, TestData.uniqueEmail("m"), "Member", Set.of(roles));
    }
}
