package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A new user in a real browser: register (which logs in), see the layout, log out, mistype the password, log in again. */
class AccountJourneyTest extends BrowserJourney {

    @Test
    void registerLogOutAndLogBackIn() throws Exception {
        Page page = browser().newPage(1280, 800);
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.getByText("No account yet? Register").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create your account")))
                .isVisible();
        page.getByLabel("User name").fill("e2e-user");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a fine password");
        page.getByLabel("Confirm password").fill("a fine password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        // registering logs the new account in
        assertThat(page.getByText("Prepare for your exam on")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Home"))).isVisible();
        assertThat(page.getByText(Pattern.compile("e2e-user · (Learner|Instructor)"))).isVisible();
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        BrowserSupport.screenshot(page, "home-desktop");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        // a wrong password keeps the name: only the password has to be typed again
        PracticePages.submitLogin(page, "e2e-user", "wrong password");
        assertThat(page.getByText("Incorrect user name or password")).isVisible();
        assertThat(page.getByLabel("User name")).hasValue("e2e-user");

        PracticePages.submitLogin(page, "e2e-user", "a fine password");
        assertThat(page.getByText("Prepare for your exam on")).isVisible();

        // a mistyped address: a page in the layout that says so, and the way home
        page.navigate(url("/practise"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the home page")).click();
        assertThat(page.getByText("Prepare for your exam on")).isVisible();
        page.close();
    }
}
