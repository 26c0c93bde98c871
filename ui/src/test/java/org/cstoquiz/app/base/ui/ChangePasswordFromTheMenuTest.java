package org.cstoquiz.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** A signed-in user changes their password from the menu. */
@SpringBootTest
@ActiveProfiles("test")
class ChangePasswordFromTheMenuTest extends SpringBrowserlessTest {

    static final String OLD = "my first pass phrase";
    static final String NEW = "a second, longer pass phrase";

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    private PasswordField field(String label) {
        return $(PasswordField.class).withLabel(label).single();
    }

    @Test
    @WithMockUser(username = "pat-changes", roles = "LEARNER")
    void aWeakOrMismatchedNewPasswordIsFlaggedAndAGoodOneIsStored() {
        if (accounts.findByUsername("pat-changes").isEmpty()) {
            accounts.register(new RegistrationRequest("pat-changes", OLD, OLD));
        }
        navigate(HomeView.class);
        test($(Button.class).withText("Change password").first()).click();

        test(field("Current password")).setValue(OLD);
        test(field("New password")).setValue("password1234");
        test(field("Confirm new password")).setValue("password1234");
        test($(Button.class).withText("Change password").last()).click();
        assertThat(field("New password").isInvalid()).isTrue();
        assertThat(field("New password").getErrorMessage()).contains("too easy to guess");

        test(field("New password")).setValue(NEW);
        test(field("Confirm new password")).setValue(NEW);
        test($(Button.class).withText("Change password").last()).click();

        assertThat($(PasswordField.class).withLabel("New password").exists()).as("the dialog closed").isFalse();
        assertThat(encoder.matches(NEW, accounts.loadUserByUsername("pat-changes").getPassword())).isTrue();
    }
}
