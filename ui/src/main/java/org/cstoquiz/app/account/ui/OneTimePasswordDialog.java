package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountSummary;
import org.cstoquiz.app.account.PasswordPolicy;

/**
 * Sets a one-time password for an account, named in the dialog: its owner logs in with it and must
 * choose their own at once; the account's open sessions end.
 */
final class OneTimePasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("One-time password");
    final Button set;

    OneTimePasswordDialog(AccountService accounts, AccountSummary account, String instructor, SerializableRunnable done) {
        setHeaderTitle("Set a one-time password for " + account.username() + "?");
        password.setHelperText(PasswordPolicy.RULE + " Tell it to " + account.username() + " yourself.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRevealButtonVisible(true);
        password.setWidth("22em");
        password.setRequiredIndicatorVisible(true);
        password.setAutofocus(true);
        add(new VerticalLayout(new Paragraph(account.username() + " will log in with this password and must then "
                + "choose their own before anything else. Their open sessions end at their next request."), password));
        set = new Button("Set one-time password", click -> {
            try {
                Optional<String> problem = accounts.resetPassword(account.id(), password.getValue(), instructor);
                if (problem.isPresent()) {
                    password.setErrorMessage(problem.get());
                    password.setInvalid(true);
                    return;
                }
                close();
                done.run();
            } catch (AccountService.AccountException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        set.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        set.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), set);
    }
}
