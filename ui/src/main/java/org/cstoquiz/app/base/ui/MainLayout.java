package org.cstoquiz.app.base.ui;

import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.branding.AppName;
import org.cstoquiz.app.account.ui.ChangePasswordDialog;

/** The frame around every signed-in view: a side navigation built from the views' {@code @Menu}. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** What the application calls itself, for the tab titles. */
    private final String appName;

    MainLayout(AuthenticationContext authentication, AppName appName) {
        this.appName = appName.name();
        setPrimarySection(Section.DRAWER);

        Span title = new Span(appName.name());
        title.addClassName("app-name");
        title.addClassNames("text-l", "font-semibold");
        // the navbar lays its parts out in a row itself: no layout around them, one element fewer per page
        addToNavbar(new DrawerToggle(), title);

        VerticalLayout drawer = new VerticalLayout(createSideNav(), createUserBox(authentication));
        drawer.setSizeFull();
        drawer.setPadding(true);
        addToDrawer(drawer);
    }

    /**
     * Every screen's tab title is its own name, then the application's ("Tests | CSTO Quiz"; with
     * several organizations loaded, "Tests | Organizations Quiz"): the screens name themselves with
     * {@code @PageTitle}, the layout adds the name it has, once the router has set the screen's title.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        ui.beforeClientResponse(this, context -> {
            String screen = ui.getInternals().getTitle();
            String suffix = " | " + appName;
            if (screen == null || screen.isBlank()) {
                ui.getPage().setTitle(appName);
            } else if (!screen.endsWith(suffix)) {
                ui.getPage().setTitle(screen + suffix);
            }
        });
    }

    private static SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(toItem(entry)));
        return nav;
    }

    private static SideNavItem toItem(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static VerticalLayout createUserBox(AuthenticationContext authentication) {
        String name = authentication.getPrincipalName().orElse("");
        String role = authentication.hasRole("INSTRUCTOR") ? "Instructor" : "Learner";
        Span who = new Span(name + " · " + role);
        who.addClassName("signed-in-user");
        // the listeners look the beans up when clicked: they are kept with the session, the beans are not
        Button logout = new Button("Log out", click -> Injected.lookUp(AuthenticationContext.class).logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        Button changePassword = new Button("Change password",
                click -> new ChangePasswordDialog(Injected.lookUp(AccountService.class), name).open());
        changePassword.addThemeVariants(ButtonVariant.TERTIARY);
        VerticalLayout box = new VerticalLayout(who, changePassword, logout);
        box.setPadding(false);
        box.setSpacing(false);
        box.getStyle().set("margin-top", "auto");
        return box;
    }
}
