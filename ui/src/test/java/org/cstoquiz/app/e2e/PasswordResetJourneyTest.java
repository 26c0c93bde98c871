package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A password reset in a real browser: an instructor sets a one-time password for a learner on
 * Accounts; the learner logs in with it, is sent to choose a new password and reaches no other screen
 * first, chooses one, and from then on logs in with it (the one-time password no longer works).
 */
class PasswordResetJourneyTest extends BrowserJourney {

    private static final String TEACHER = "e2e-reset-teacher";
    private static final String LEARNER = "e2e-reset-learner";
    private static final String TEACHER_PASSWORD = "reset journey teacher secret";
    private static final String FORGOTTEN = "reset journey forgotten secret";
    private static final String ONE_TIME = "one time gift for today";
    private static final String CHOSEN = "my own chosen phrase now";

    @Autowired
    AccountService accounts;

    @Test
    void aLearnerLogsInWithTheOneTimePasswordChoosesTheirOwnBeforeAnythingElseAndLogsInWithIt() {
        PracticePages.register(accounts, TEACHER, TEACHER_PASSWORD);
        PracticePages.register(accounts, LEARNER, FORGOTTEN);
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(TEACHER).orElseThrow().id(), Role.INSTRUCTOR));

        // The instructor sets a one-time password for the learner on Accounts.
        Page teacher = browser().newPage(1280, 900);
        PracticePages.logIn(teacher, url(""), TEACHER, TEACHER_PASSWORD);
        teacher.navigate(url("/accounts"));
        teacher.getByLabel("Search").fill(LEARNER);
        assertThat(teacher.getByText("1 account", new Page.GetByTextOptions().setExact(true))).isVisible();
        PracticePages.button(teacher, "Set one-time password…: " + LEARNER).click();
        Locator oneTime = teacher.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("One-time password"));
        assertThat(oneTime).isVisible();
        assertThat(teacher.getByRole(AriaRole.DIALOG)).hasAttribute("aria-label",
                "Set a one-time password for " + LEARNER + "?");
        oneTime.fill(ONE_TIME);
        PracticePages.button(teacher, "Set one-time password").click();
        assertThat(teacher.getByText(LEARNER + " must choose a new password at their next login")).isVisible();
        assertThat(teacher.getByText("Active, one-time password")).isVisible();
        teacher.close();

        // The learner's old password no longer works; the one-time one leads to choosing a new one.
        Page learner = browser().newPage(1280, 900);
        learner.navigate(url("/login"));
        PracticePages.submitLogin(learner, LEARNER, FORGOTTEN);
        assertThat(learner.getByText("Incorrect user name or password")).isVisible();
        PracticePages.submitLogin(learner, LEARNER, ONE_TIME);
        Locator heading = learner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password"));
        assertThat(heading).isVisible();

        // No other screen opens first, whatever address is typed.
        for (String path : List.of("/", "/tests", "/practice", "/my-classes", "/review")) {
            learner.navigate(url(path));
            assertThat(heading).isVisible();
            assertThat(learner.getByText("Prepare for your exam on")).hasCount(0);
        }

        // A password that breaks the policy is refused at its field; then the learner chooses their own.
        learner.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("short");
        learner.getByLabel("Confirm new password").fill("short");
        PracticePages.button(learner, "Save my new password").click();
        assertThat(heading).isVisible();
        assertThat(learner.locator("vaadin-password-field[invalid]").first()).isVisible();
        learner.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(CHOSEN);
        learner.getByLabel("Confirm new password").fill(CHOSEN);
        PracticePages.button(learner, "Save my new password").click();
        // the page asked for last opens now, in the layout, as the learner
        assertThat(learner.locator(".signed-in-user")).hasText(Pattern.compile("^" + LEARNER + " · Learner$"));
        assertThat(heading).hasCount(0);
        assertThat(learner).hasURL(Pattern.compile(".*/review$"));
        learner.navigate(url("/"));
        assertThat(learner.getByText("Prepare for your exam on")).isVisible();

        // From now on: the chosen password, not the one-time one.
        learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(learner).hasURL(Pattern.compile(".*/login.*"));
        PracticePages.submitLogin(learner, LEARNER, ONE_TIME);
        assertThat(learner.getByText("Incorrect user name or password")).isVisible();
        PracticePages.submitLogin(learner, LEARNER, CHOSEN);
        assertThat(learner.getByText("Prepare for your exam on")).isVisible();
        learner.close();
    }
}
