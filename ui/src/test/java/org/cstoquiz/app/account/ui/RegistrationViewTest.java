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

    /** The browser then logs the new account in through the login form (the account journey follows it there). */
    @Test
    void registeringStoresTheAccountWithNoProblemShown() {
        navigate(RegistrationView.class);
        fillIn("reg-ok", "long enough password", "long enough password");

        assertThat(accounts.findByUsername("reg-ok")).isPresent();
        assertThat($(TextField.class).withLabel("User name").single().isInvalid()).isFalse();
        assertThat($(PasswordField.class).withLabel("Password").single().isInvalid()).isFalse();
    }

    @Test
    void eachFieldSaysWhatIsWrongAsItIsFilledInBeforeAnythingIsSent() {
        navigate(RegistrationView.class);
        TextField name = $(TextField.class).withLabel("User name").single();
        PasswordField password = $(PasswordField.class).withLabel("Password").single();
        PasswordField confirmation = $(PasswordField.class).withLabel("Confirm password").single();

        test(name).setValue("ab");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("3 to 32");
        test(name).setValue("reg-typed");
        assertThat(name.isInvalid()).isFalse();

        test(password).setValue("long enough password");
        test(confirmation).setValue("long enough passwort");
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("The passwords do not match.");
        test(password).setValue("long enough passwort");
        assertThat(confirmation.isInvalid()).as("a new password re-checks the confirmation").isFalse();
        assertThat(accounts.findByUsername("reg-typed")).as("nothing is stored until the form is sent").isEmpty();
    }

    @Test
    void aCyrillicNameIsALegalName() {
        navigate(RegistrationView.class);
        fillIn("Светлана", "long enough password", "long enough password");

        assertThat($(TextField.class).withLabel("User name").single().isInvalid()).isFalse();
        assertThat(accounts.findByUsername("Светлана")).isPresent();
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
