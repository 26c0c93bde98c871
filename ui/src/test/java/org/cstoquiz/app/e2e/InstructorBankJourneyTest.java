package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor in a real browser: open the question bank, tick questions, download two variants. */
class InstructorBankJourneyTest extends BrowserJourney {

    @Autowired
    AccountService accounts;

    @Test
    void ticksQuestionsAndDownloadsVariantsWithKeys() throws Exception {
        if (accounts.findByUsername("e2e-teacher").isEmpty()) {
            accounts.register(new RegistrationRequest("e2e-teacher", "teacher password", "teacher password"));
        }
        org.cstoquiz.app.RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername("e2e-teacher").orElseThrow().id(), Role.INSTRUCTOR));

        Page page = browser().newPage(1280, 900);
        PracticePages.logIn(page, url(""), "e2e-teacher", "teacher password");
        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Question bank")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question bank"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ questions$"))).isVisible();
        page.locator("vaadin-grid vaadin-checkbox").nth(1).click();
        page.locator("vaadin-grid vaadin-checkbox").nth(2).click();
        assertThat(page.getByText("2 ticked questions make the paper")).isVisible();
        page.getByLabel("Variants").fill("2");
        page.getByLabel("Variants").press("Tab");
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        BrowserSupport.screenshot(page, "bank-desktop");

        Download download = page.waitForDownload(() -> page.getByText("Download", new Page.GetByTextOptions()
                .setExact(true)).click());

        assertThat(download.suggestedFilename()).isEqualTo("csto-quiz-paper-variants.zip");
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder("csto-quiz-paper-A.json", "csto-quiz-paper-A-key.txt",
                "csto-quiz-paper-B.json", "csto-quiz-paper-B-key.txt");
        page.close();
    }
}
