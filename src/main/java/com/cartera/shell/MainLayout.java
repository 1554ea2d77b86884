package com.cartera.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.base.ui.NavBadgeSource;
import com.cartera.notification.ui.NotificationBell;
import com.cartera.security.AccountService;
import com.cartera.security.CurrentUser;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every workspace view: the navigation the user's roles allow, the workspace's name,
 * the language switch and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final H1 viewTitle = new H1();
    private final List<NavBadgeSource> badgeSources;
    private final Map<String, Span> badges = new HashMap<>();

    public MainLayout(CurrentUser currentUser, SignInService signInService, AccountService accountService,
                      AuthenticationContext authenticationContext, List<NavBadgeSource> badgeSources,
                      NotificationBell notificationBell) {
        this.currentUser = currentUser;
        this.badgeSources = List.copyOf(badgeSources);
        setPrimarySection(Section.DRAWER);
        SignedInUser user = currentUser.require();

        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var workspace = new Span(user.currentWorkspace().map(SignedInUser.Workspace::name).orElse(""));
        workspace.addClassName("workspace-label");
        var drawerHeader = new Div(brand, workspace);
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader, new Scroller(navigation()));

        viewTitle.addClassName("view-title");
        var language = new LanguageSelect(accountService::rememberLocale);
        var userMenu = userMenu(user, signInService.workspacesOf(user.userId()).size() > 1, authenticationContext);
        var navbar = new HorizontalLayout(new DrawerToggle(), viewTitle, notificationBell, language, userMenu);
        navbar.addClassName("navbar");
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        if (accountService.emailVerified()) {
            addToNavbar(navbar);
        } else {
            // Work goes on at once; the reminder stays until the address is confirmed.
            var reminder = new Div(new Span(getTranslation("verify.banner")),
                    new Anchor("account", getTranslation("verify.banner.action")));
            reminder.addClassName("verify-banner");
            var stack = new Div(navbar, reminder);
            stack.setWidthFull();
            addToNavbar(stack);
        }
    }

    private SideNav navigation() {
        var nav = new SideNav();
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (badgeSources.stream().anyMatch(source -> source.path().equals(path))) {
                var badge = new Span();
                badge.addClassName("nav-badge");
                badge.setVisible(false);
                item.setSuffixComponent(badge);
                badges.put(path, badge);
            }
            nav.addItem(item);
        }
        return nav;
    }

    private MenuBar userMenu(SignedInUser user, boolean severalWorkspaces, AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var avatar = new Avatar(user.displayName());
        var label = new HorizontalLayout(avatar, new Span(user.displayName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        var root = menu.addItem(label);
        root.getSubMenu().addItem(user.email()).setEnabled(false);
        root.getSubMenu().addItem(getTranslation("menu.account"), e -> UI.getCurrent().navigate("account"));
        root.getSubMenu().addItem(getTranslation("menu.notifications"),
                e -> UI.getCurrent().navigate("account/notifications"));
        if (severalWorkspaces) {
            root.getSubMenu().addItem(getTranslation("menu.switch-workspace"),
                    e -> UI.getCurrent().navigate("workspaces"));
        }
        root.getSubMenu().addItem(getTranslation("menu.logout"), e -> authentication.logout());
        return menu;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().flatMap(SignedInUser::currentWorkspace).isEmpty()) {
            event.forwardTo("workspaces");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasHeading view ? view.heading() : "");
        refreshBadges();
    }

    private void refreshBadges() {
        for (NavBadgeSource source : badgeSources) {
            Span badge = badges.get(source.path());
            if (badge != null) {
                long count = source.count();
                badge.setText(String.valueOf(count));
                badge.setVisible(count > 0);
            }
        }
    }
}
