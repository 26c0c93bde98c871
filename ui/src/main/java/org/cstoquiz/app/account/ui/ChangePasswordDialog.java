package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.Key;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.PasswordChange;
import org.cstoquiz.app.account.PasswordPolicy;

/** Lets the signed-in user choose a new password, after giving the current one. */
public final class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Confirm new password");
    final Button save = new Button("Change password");

    public ChangePasswordDialog(AccountService accounts, String username) {
        Injected<AccountService> service = Injected.of(AccountService.class, accounts);
        setHeaderTitle("Change your password");
        password.setHelperText(PasswordPolicy.RULE);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        for (PasswordField field : new PasswordField[] {current, password, confirmation}) {
            field.setWidth("20em");
            field.setRequiredIndicatorVisible(true);
        }
        current.setAutofocus(true);
        add(new VerticalLayout(current, password, confirmation));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            for (PasswordField field : new PasswordField[] {current, password, confirmation}) {
                field.setInvalid(false);
            }
            PasswordChange.Outcome outcome = service.get().changePassword(username,
                    new PasswordChange(current.getValue(), password.getValue(), confirmation.getValue()));
            if (outcome.changed()) {
                close();
                Notification.show("Your password is changed.");
                return;
            }
            outcome.problems().forEach((field, message) -> {
                PasswordField shown = switch (field) {
                    case CURRENT -> current;
                    case PASSWORD -> password;
                    case CONFIRMATION -> confirmation;
                };
                shown.setErrorMessage(message);
                shown.setInvalid(true);
            });
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }
}
