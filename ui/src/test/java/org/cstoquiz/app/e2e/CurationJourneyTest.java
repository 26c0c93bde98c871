package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.PracticePages.button;
import static org.cstoquiz.app.e2e.PracticePages.stem;
import static org.cstoquiz.app.e2e.PracticePages.verdict;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.app.curation.HistoryEntry;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report-fix-retire cycle in a real browser: a learner reports a problem from the feedback of a
 * practice question; an instructor finds it on the curation screen, corrects its wording, then
 * retires it; it is served no more.
 */
class CurationJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "curation journey password";

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Autowired
    CurationService curation;

    @Autowired
    QuestionBankService bank;

    private List<Question> served() {
        return bank.bank(CurationService.SERVED_SEED).questions();
    }

    private Page loggedIn(String user, int width, int height) {
        PracticePages.register(accounts, user, PASSWORD);
        Page page = browser().newPage(width, height);
        PracticePages.logIn(page, url(""), user, PASSWORD);
        return page;
    }

    @Test
    void aLearnerReportsAQuestionAndAnInstructorCorrectsThenRetiresIt() {
        // The learner answers one practice question and reports it from the feedback.
        String learner = "e2e-reporter";
        Page learnerPage = loggedIn(learner, 1280, 800);
        PracticeSession session = practice.start(learner,
                PracticeSettings.untimed(1).withTypes(Set.of(QuestionType.SINGLE_CHOICE)), Instant.now());
        Question question = session.attempt().slot(1).question();
        learnerPage.navigate(url("/practice/" + session.id()));
        assertThat(stem(learnerPage)).hasText(question.stem());
        PracticePages.option(learnerPage, PracticePages.wrongChoice(question)).check();
        button(learnerPage, "Submit").click();
        assertThat(verdict(learnerPage)).hasText("Incorrect");

        button(learnerPage, "Report a problem").click();
        Locator dialog = learnerPage.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("The question is unclear")).isVisible();
        dialog.getByText("The question is unclear").click();
        dialog.getByLabel("Note").fill("Two of the options could both be meant.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send report")).click();
        assertThat(learnerPage.getByText("Thank you: an instructor will look at this question.")).isVisible();
        assertThat(button(learnerPage, "Problem reported")).isDisabled();
        learnerPage.close();

        // The instructor finds it, reads the report and corrects the wording.
        String instructor = "e2e-curator";
        PracticePages.register(accounts, instructor, PASSWORD);
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(instructor).orElseThrow().id(), Role.INSTRUCTOR));
        Page page = browser().newPage(1280, 800);
        PracticePages.logIn(page, url(""), instructor, PASSWORD);
        page.navigate(url("/curation"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Curation"))).isVisible();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(question.stem())).first()
                .click();
        Locator detail = page.locator(".curation-detail");
        assertThat(detail).containsText("Two of the options could both be meant.");
        assertThat(detail).containsText(learner);

        button(page, "Edit…").click();
        Locator editor = page.getByRole(AriaRole.DIALOG);
        String corrected = question.stem() + " (one answer)";
        editor.getByLabel("Question").fill(corrected);
        editor.getByLabel("Note for the history").fill("wording made clear");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the edited copy")).click();
        assertThat(page.getByText("Saved: the edited copy is served and exported from now on.")).isVisible();
        assertThat(served()).anyMatch(q -> q.stem().equals(corrected)).doesNotContain(question);

        // Then retires it: served no more, in any form.
        page.getByLabel("Show").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Edited").setExact(true)).click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(corrected)).first().click();
        button(page, "Retire…").click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("will never be served again");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retire")).click();
        assertThat(page.getByText("Retired: it is never served again.")).isVisible();

        assertThat(served()).noneMatch(q -> q.stem().equals(corrected) || q.id().equals(question.id()));
        assertThat(RunAs.instructor(() -> curation.history(question.id()))).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.EDITED, HistoryEntry.Action.RETIRED);
        assertThat(practice.latest(learner, Instant.now()).orElseThrow().attempt().slot(1).question())
                .as("the session that used it keeps it").isEqualTo(question);
        page.close();
    }
}
