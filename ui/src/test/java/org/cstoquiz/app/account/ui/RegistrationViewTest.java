package org.cstoquiz.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.cstoquiz.app.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    private void fillIn(String name, String password, String confirmation) {
        test($(TextField.class).withLabel("User name").single()).setValue(name);
        test($(PasswordField.class).withLabel("Password").single()).setValue(password);
        test($(PasswordField.class).withLabel("Confirm password").single()).setValue(confirmation);
        test($(Button.class).withText("Create account").single()).click();
    }

    @Test
    void registeringLeadsToTheLoginPageWithTheNewNameAnnounced() {
        navigate(RegistrationView.class);
        fillIn("reg-ok", "long enough password", "long enough password");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findByUsername("reg-ok")).isPresent();
    }

    @Test
    void shortPasswordIsFlaggedAtItsFieldAndNothingIsStored() {
        navigate(RegistrationView.class);
        fillIn("reg-short", "short", "short");

        PasswordField password = $(PasswordField.class).withLabel("Password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12");
        assertThat(getCurrentView()).isInstanceOf(RegistrationView.class);
        assertThat(accounts.findByUsername("reg-short")).isEmpty();
    }

    @Test
    void mismatchedConfirmationIsFlaggedAtTheConfirmationField() {
        navigate(RegistrationView.class);
        fillIn("reg-mismatch", "long enough password", "not the same");

        PasswordField confirmation = $(PasswordField.class).withLabel("Confirm password").single();
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat($(PasswordField.class).withLabel("Password").single().isInvalid()).isFalse();
        assertThat(accounts.findByUsername("reg-mismatch")).isEmpty();
    }

    @Test
    void takenNameIsFlaggedAtTheNameField() {
        navigate(RegistrationView.class);
        fillIn("reg-taken", "long enough password", "long enough password");
        navigate(RegistrationView.class);
        fillIn("REG-taken", "other password", "other password");

        TextField name = $(TextField.class).withLabel("User name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("already taken");
    }
}
