package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.cstoquiz.app.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * The server keeps a page for each browser tab, not one for every page the tab has shown: a page the
 * tab has left (by a typed address, here) is dropped from the learner's session as the tab opens the
 * next one, whether or not the left page said it was going. A second tab keeps its own page, which
 * goes on working.
 */
class OpenPagesJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "open pages pass phrase";

    @Autowired
    AccountService accounts;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aTabLeavesNoPageBehindAndASecondTabKeepsItsOwn() {
        String user = "e2e-open-pages";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        for (String screen : List.of("", "practice", "tests", "review", "progress")) {
            page.navigate(url("/" + screen));
            assertThat(page.locator(".signed-in-user")).isVisible();
            PracticePages.waitForVaadin(page);
            assertThat(openPages(user)).as("pages the server holds after the tab opened /" + screen)
                    .containsExactly(screen);
        }

        Page second = page.context().newPage();
        second.navigate(url("/practice"));
        assertThat(second.locator(".signed-in-user")).isVisible();
        PracticePages.waitForVaadin(second);
        assertThat(openPages(user)).as("a page for each tab").containsExactly("practice", "progress");

        menuItem(page, "Review").click();
        assertThat(page).hasURL(url("/review"));
        PracticePages.waitForVaadin(page);
        assertThat(openPages(user)).as("the first tab's page, gone on within itself").containsExactly("practice", "review");
        second.close();
        page.close();
    }

    private List<String> openPages(String user) {
        return ServerSessions.openPages(ServerSessions.vaadinSessionOf(context, user));
    }

    private static Locator menuItem(Page page, String title) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true));
    }
}
