package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.SerializableRunnable;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountSummary;
import org.cstoquiz.app.account.Role;

/**
 * The accounts, searchable by name: an instructor changes an account's role or suspends it (it
 * cannot log in, and its open sessions end) and reactivates it, each after a confirmation that
 * names the account; and gives an account a one-time password its owner must change at once.
 */
@Route("accounts")
@PageTitle("Accounts")
@Menu(order = 90, title = "Accounts", icon = "vaadin:users")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Injected<AccountService> accounts;
    private final String currentUser;
    final Grid<AccountSummary> grid = new Grid<>();
    final TextField search = new TextField("Search");
    final Span count = new Span();

    AccountsView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = Injected.of(AccountService.class, accounts);
        this.currentUser = authentication.getPrincipalName().orElse("");
        search.setPlaceholder("part of a user name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        count.addClassName("text-secondary");
        grid.addColumn(AccountSummary::username).setHeader("User name").setKey("User name").setSortable(true);
        grid.addColumn(account -> account.role() == Role.INSTRUCTOR ? "Instructor" : "Learner")
                .setHeader("Role").setKey("Role").setSortable(true);
        grid.addColumn(account -> account.suspended() ? "Suspended"
                        : account.mustChangePassword() ? "Active, one-time password" : "Active")
                .setHeader("Status").setKey("Status").setSortable(true);
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Registered");
        grid.addComponentColumn(this::roleButton).setHeader("Change role").setKey("Change role");
        grid.addComponentColumn(this::accessButton).setHeader("Access").setKey("Access");
        grid.addComponentColumn(this::passwordButton).setHeader("Password").setKey("Password");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No account matches.");
        HorizontalLayout bar = new HorizontalLayout(search, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Accounts"), bar, grid);
        refresh();
    }

    private Button roleButton(AccountSummary account) {
        boolean instructor = account.role() == Role.INSTRUCTOR;
        Role newRole = instructor ? Role.LEARNER : Role.INSTRUCTOR;
        String becomes = instructor ? "a learner" : "an instructor";
        return rowButton(instructor ? "Make learner" : "Make instructor", account, () -> confirm(
                "Make " + account.username() + " " + becomes + "?",
                instructor ? account.username() + " will no longer see the question bank, curation, blueprints or "
                        + "accounts, from their next request on." : account.username() + " will see the question bank, "
                        + "curation, blueprints and accounts, and can change other accounts.get().",
                "Make " + becomes.substring(becomes.indexOf(' ') + 1), false,
                () -> accounts.get().changeRole(account.id(), newRole),
                changed -> changed.username() + " is now " + becomes + "."));
    }

    private Button accessButton(AccountSummary account) {
        if (account.suspended()) {
            return rowButton("Reactivate", account, () -> act(() -> accounts.get().setSuspended(account.id(), false),
                    changed -> changed.username() + " can log in again."));
        }
        return rowButton("Suspend", account, () -> confirm("Suspend " + account.username() + "?",
                account.username() + " will not be able to log in, and their open sessions end at their next request. "
                        + "Their answers and results are kept; reactivate the account to let them back in.",
                "Suspend", true, () -> accounts.get().setSuspended(account.id(), true),
                changed -> changed.username() + " is suspended."));
    }

    private Button passwordButton(AccountSummary account) {
        Button button = rowButton("Set one-time password…", account, () -> new OneTimePasswordDialog(accounts.get(), account,
                currentUser, () -> {
                    Notification.show(account.username() + " must choose a new password at their next login; their "
                            + "open sessions end.", 5000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    refresh();
                }).open());
        button.setEnabled(!account.username().equalsIgnoreCase(currentUser));
        return button;
    }

    /** A small button of a row, named for screen readers with the account it acts on. */
    private static Button rowButton(String text, AccountSummary account, SerializableRunnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", text + ": " + account.username());
        return button;
    }

    private void confirm(String header, String text, String confirmText, boolean harmful,
                         SerializableSupplier<AccountSummary> change, SerializableFunction<AccountSummary, String> done) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, confirmed -> act(change, done));
        dialog.setCancelable(true);
        if (harmful) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    private void act(SerializableSupplier<AccountSummary> change, SerializableFunction<AccountSummary, String> done) {
        try {
            AccountSummary changed = change.get();
            Notification.show(done.apply(changed), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            if (changed.username().equalsIgnoreCase(currentUser)
                    && (changed.role() != Role.INSTRUCTOR || changed.suspended())) {
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        } catch (AccountService.AccountException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }

    private void refresh() {
        String wanted = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<AccountSummary> shown = accounts.get().listAccounts().stream()
                .filter(account -> account.username().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        grid.setItems(shown);
        count.setText(shown.size() + (shown.size() == 1 ? " account" : " accounts"));
    }
}
