package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fresh accounts log in and use the menu: the login leads to the page first asked for, at its own
 * address (no {@code ?continue} left in it), and one click on a menu item opens that item's page, also
 * on a page whose address still carries the saved-request marker.
 */
class AfterLoginNavigationJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "menu after login 42";

    @Autowired
    AccountService accounts;

    @Test
    void theFirstClickOnAMenuItemAfterLoggingInOpensIt() {
        Page page = logInFrom("/", "menu-first-click");
        assertThat(page.getByText("Prepare for your exam on")).isVisible();
        assertThat(page).hasURL(url("/"));

        menuItem(page, "Practice").click();
        assertThat(page).hasURL(url("/practice"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice").setExact(true)))
                .isVisible();

        menuItem(page, "Home").click();
        assertThat(page).hasURL(url("/"));
        assertThat(page.getByText("Prepare for your exam on")).isVisible();
        page.close();
    }

    @Test
    void aPageAskedForBeforeLoggingInOpensAfterItAndTheMenuWorksAtOnce() {
        Page page = logInFrom("/tests", "menu-deep-link");
        assertThat(page).hasURL(url("/tests"));
        assertThat(page.locator(".signed-in-user")).isVisible();

        menuItem(page, "Review").click();
        assertThat(page).hasURL(url("/review"));

        // the address a saved request used to leave behind
        page.navigate(url("/?continue"));
        assertThat(page.getByText("Prepare for your exam on")).isVisible();
        menuItem(page, "Tests").click();
        assertThat(page).hasURL(url("/tests"));
        page.close();
    }

    /** A fresh account opens {@code path}, is sent to the login page and logs in there. */
    private Page logInFrom(String path, String name) {
        PracticePages.register(accounts, name, PASSWORD);
        Page page = browser().newPage(1280, 800);
        page.navigate(url(path));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        PracticePages.submitLogin(page, name, PASSWORD);
        return page;
    }

    private static Locator menuItem(Page page, String title) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true));
    }
}
