package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.Key;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountStanding;
import org.cstoquiz.app.account.PasswordChange;
import org.cstoquiz.app.account.PasswordPolicy;
import org.cstoquiz.app.branding.AppName;

/**
 * Where someone who logged in with a one-time password an instructor gave them chooses their own;
 * until they do, every other screen leads here ({@link OneTimePasswordGuard}).
 */
@Route(value = "new-password", autoLayout = false)
@PermitAll
public class ChooseNewPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Injected<AccountService> accounts;
    private final String username;

    final PasswordField password = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Confirm new password");
    final Button save = new Button("Save my new password");

    /** What the application calls itself, for the tab title. */
    private final String appName;

    @Override
    public String getPageTitle() {
        return "Choose a new password | " + appName;
    }

    ChooseNewPasswordView(AccountService accounts, AuthenticationContext authentication, AppName appName) {
        this.appName = appName.name();
        this.accounts = Injected.of(AccountService.class, accounts);
        this.username = authentication.getPrincipalName().orElse("");
        setAlignItems(Alignment.CENTER);
        password.setHelperText(PasswordPolicy.RULE);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutofocus(true);
        for (PasswordField field : new PasswordField[] {password, confirmation}) {
            field.setWidth("20em");
            field.setRequiredIndicatorVisible(true);
        }
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            password.setInvalid(false);
            confirmation.setInvalid(false);
            PasswordChange.Outcome outcome = accounts.chooseNewPassword(username, password.getValue(),
                    confirmation.getValue());
            if (outcome.changed()) {
                // the page loaded again, so that the session takes the account's own role again, at the
                // address that was asked for
                getUI().ifPresent(ui -> ui.getPage().reload());
                return;
            }
            outcome.problems().forEach((field, message) -> {
                PasswordField shown = field == PasswordChange.Field.CONFIRMATION ? confirmation : password;
                shown.setErrorMessage(message);
                shown.setInvalid(true);
            });
        });
        Button logout = new Button("Log out", click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H1("Choose a new password"),
                new Paragraph(username + ", you logged in with a one-time password an instructor gave you. "
                        + "Choose your own password to continue; nothing else opens until you do."),
                password, confirmation, save, logout);
    }

    /** Nothing to choose once the password is the owner's own: home instead. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.get().standing(username).filter(AccountStanding::mustChangePassword).isEmpty()) {
            event.forwardTo("");
        }
    }
}
