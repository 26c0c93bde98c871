package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountSummary;
import org.cstoquiz.app.account.Role;

@Route("accounts")
@PageTitle("Accounts | CSTO Quiz")
@Menu(order = 90, title = "Accounts", icon = "vaadin:users")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final String currentUser;
    final Grid<AccountSummary> grid = new Grid<>();

    AccountsView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.currentUser = authentication.getPrincipalName().orElse("");
        grid.addColumn(AccountSummary::username).setHeader("User name").setKey("User name").setSortable(true);
        grid.addColumn(account -> account.role() == Role.INSTRUCTOR ? "Instructor" : "Learner")
                .setHeader("Role").setKey("Role").setSortable(true);
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Registered");
        grid.addComponentColumn(this::roleButton).setHeader("Change role").setKey("Change role");
        grid.setAllRowsVisible(true);
        add(new H2("Accounts"), grid);
        refresh();
    }

    private Button roleButton(AccountSummary account) {
        boolean instructor = account.role() == Role.INSTRUCTOR;
        Button button = new Button(instructor ? "Make learner" : "Make instructor");
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label",
                (instructor ? "Make learner: " : "Make instructor: ") + account.username());
        button.addClickListener(click -> {
            try {
                AccountSummary changed = accounts.changeRole(account.id(),
                        instructor ? Role.LEARNER : Role.INSTRUCTOR);
                Notification.show(changed.username() + " is now "
                        + (changed.role() == Role.INSTRUCTOR ? "an instructor." : "a learner."));
                if (changed.username().equalsIgnoreCase(currentUser) && changed.role() != Role.INSTRUCTOR) {
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }
                refresh();
            } catch (AccountService.AccountException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        return button;
    }

    private void refresh() {
        grid.setItems(accounts.listAccounts());
    }
}
