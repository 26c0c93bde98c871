package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A new user in a real browser: register, log in, see the layout, log out, log in again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountJourneyTest {

    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSupport.launchOrSkip();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(Page page, String name, String password) {
        page.getByLabel("User name").fill(name);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    @Test
    void registerLogOutAndLogBackIn() throws Exception {
        Page page = browser.newPage(1280, 800);
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.getByText("No account yet? Register").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create your account")))
                .isVisible();
        page.getByLabel("User name").fill("e2e-user");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a fine password");
        page.getByLabel("Confirm password").fill("a fine password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page.getByText("Account \"e2e-user\" created. Log in to start.")).isVisible();
        logIn(page, "e2e-user", "wrong password");
        assertThat(page.getByText("Incorrect user name or password")).isVisible();

        logIn(page, "e2e-user", "a fine password");
        assertThat(page.getByText("Prepare for your exam on the CSTO")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Home"))).isVisible();
        assertThat(page.getByText(Pattern.compile("e2e-user · (Learner|Instructor)"))).isVisible();
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        BrowserSupport.screenshot(page, "home-desktop");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        logIn(page, "e2e-user", "a fine password");
        assertThat(page.getByText("Prepare for your exam on the CSTO")).isVisible();
        page.close();
    }
}
