package org.cstoquiz.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountSummary;
import org.cstoquiz.app.account.RegistrationRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class OneTimePasswordViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "long enough password";

    @Autowired
    AccountService accounts;

    private AccountSummary register(String name) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.register(new RegistrationRequest(name, PASSWORD, PASSWORD));
        }
        return accounts.findByUsername(name).orElseThrow();
    }

    @Test
    @WithMockUser(username = "otp-admin", roles = "INSTRUCTOR")
    void anInstructorSetsAOneTimePasswordInADialogNamingTheUserAndThePolicyIsChecked() {
        register("otp-admin");
        register("otp-pupil");
        navigate(AccountsView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).withCaption("Search").single()).setValue("otp-pupil");
        var grid = test($(Grid.class).single());
        Button set = (Button) grid.getCellComponent(0, grid.getColumnPosition("Password"));
        assertThat(set.getElement().getAttribute("aria-label")).isEqualTo("Set one-time password…: otp-pupil");
        test(set).click();
        OneTimePasswordDialog dialog = $(OneTimePasswordDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Set a one-time password for otp-pupil?");

        PasswordField field = $(PasswordField.class).withCaption("One-time password").single();
        test(field).setValue("password1234");
        test($(Button.class).withText("Set one-time password").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("too easy to guess");
        assertThat(accounts.findByUsername("otp-pupil").orElseThrow().mustChangePassword()).as("nothing set").isFalse();

        test(field).setValue("violet chimney marmalade");
        test($(Button.class).withText("Set one-time password").single()).click();
        assertThat(accounts.findByUsername("otp-pupil").orElseThrow().mustChangePassword()).isTrue();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("otp-pupil must choose a new password at their next login; their open sessions end.");
        assertThat(grid.getCellText(0, grid.getColumnPosition("Status"))).isEqualTo("Active, one-time password");
    }

    @Test
    @WithMockUser(username = "otp-student", roles = AccountService.CHOOSING_PASSWORD_ROLE)
    void someoneWithAOneTimePasswordReachesNothingButChoosingANewOne() {
        long id = register("otp-student").id();
        RunAs.instructor(() -> accounts.resetPassword(id, "lilac ferry compass", "test-setup"));

        for (String address : new String[] {"", "tests", "my-classes", "progress", "practice"}) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOf(ChooseNewPasswordView.class);
        }
        ChooseNewPasswordView view = (ChooseNewPasswordView) getCurrentView();
        test(view.password).setValue("lilac ferry compass");
        test(view.confirmation).setValue("lilac ferry compass");
        test(view.save).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Choose a password different from the one you were given.");

        test(view.password).setValue("seven quiet harbour lamps");
        test(view.confirmation).setValue("seven quiet harbour lamps");
        test(view.save).click();
        assertThat(accounts.findByUsername("otp-student").orElseThrow().mustChangePassword()).isFalse();
        UI.getCurrent().navigate("tests");
        assertThat(getCurrentView()).as("free to go on").isNotInstanceOf(ChooseNewPasswordView.class);
        UI.getCurrent().navigate("new-password");
        assertThat(getCurrentView()).as("nothing left to choose").isNotInstanceOf(ChooseNewPasswordView.class);
    }
}
