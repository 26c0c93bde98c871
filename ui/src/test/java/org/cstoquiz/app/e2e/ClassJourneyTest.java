package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A class assignment from creation to results in a real browser: an instructor creates a class and
 * assigns a test; a learner joins with the code and takes the test (two answers right, one wrong);
 * the instructor sees the result and downloads the results as CSV.
 */
class ClassJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "class journey password";
    private static final String TEACHER = "e2e-class-teacher";
    private static final String LEARNER = "e2e-class-learner";
    private static final String TEST = "Journey check";

    @Autowired
    AccountService accounts;

    @Autowired
    SelfTestService tests;

    @Test
    void anInstructorAssignsATestALearnerJoinsAndTakesItAndTheInstructorSeesAndDownloadsTheResult() throws Exception {
        PracticePages.register(accounts, TEACHER, PASSWORD);
        PracticePages.register(accounts, LEARNER, PASSWORD);
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(TEACHER).orElseThrow().id(), Role.INSTRUCTOR));
        if (tests.blueprints().stream().noneMatch(b -> b.name().equals(TEST))) {
            RunAs.instructor(() -> tests.saveBlueprint(Blueprint.draft(TEST, Set.of(), Set.of(QuestionType.SINGLE_CHOICE),
                    3, 0, ScoringScheme.PLAIN)));
        }

        // The instructor creates the class and assigns the test, open from now for a week.
        Page teacher = browser().newPage(1280, 900);
        PracticePages.logIn(teacher, url(""), TEACHER, PASSWORD);
        teacher.navigate(url("/classes"));
        teacher.getByLabel("Class name").fill("Journey group");
        PracticePages.button(teacher, "Create class").click();
        Locator code = teacher.locator(".join-code");
        assertThat(code).hasText(java.util.regex.Pattern.compile("^[A-Z0-9]{6}$"));
        String joinCode = code.textContent().strip();
        teacher.getByLabel("Test (blueprint)").click();
        teacher.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(TEST).setExact(true)).click();
        PracticePages.button(teacher, "Assign the test").click();
        assertThat(teacher.getByText("“" + TEST + "” is assigned to Journey group.")).isVisible();
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        BrowserSupport.screenshot(teacher, "classes-desktop");

        // The learner joins with the code, in lower case as typed from a board, and takes the test.
        Page learner = browser().newPage(1280, 900);
        PracticePages.logIn(learner, url(""), LEARNER, PASSWORD);
        learner.navigate(url("/my-classes"));
        learner.getByLabel("Join a class").fill(joinCode.substring(0, 3).toLowerCase() + "-" + joinCode.substring(3));
        PracticePages.button(learner, "Join").click();
        assertThat(learner.getByText("You are in “Journey group”.")).isVisible();
        learner.navigate(url("/tests"));
        assertThat(learner.getByText("Assigned to you")).isVisible();
        assertThat(learner.locator(".assigned-test").first()).containsText("Open until");
        BrowserSupport.screenshot(learner, "tests-assigned-desktop");
        PracticePages.button(learner, "Start “" + TEST + "” for Journey group").click();
        assertThat(learner.getByText("Question 1 of 3")).isVisible();

        SelfTest test = tests.current(LEARNER, Instant.now()).orElseThrow();
        for (int number = 1; number <= 3; number++) {
            assertThat(learner.getByText("Question " + number + " of 3")).isVisible();
            Question question = test.slot(number).question();
            int right = PracticePages.correctPosition(question);
            int pressed = number == 2 ? (right == 1 ? 2 : 1) : right;
            learner.keyboard().press(String.valueOf(pressed));
            assertThat(learner.getByText("Your answer is saved.")).isVisible();
            learner.keyboard().press("Enter");
        }
        assertThat(learner.getByText("Summary before submitting")).isVisible();
        PracticePages.button(learner, "Submit and finish").click();
        assertThat(learner.getByText("Score: 2 of 3 (66.67%)")).isVisible();

        learner.navigate(url("/my-classes"));
        assertThat(PracticePages.button(learner, "See the result")).isVisible();
        assertThat(PracticePages.button(learner, "Start “" + TEST + "” for Journey group")).hasCount(0); // taken once
        learner.close();

        // The instructor sees the result and downloads the CSV.
        teacher.reload();
        teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Journey group")).first()
                .click();
        teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TEST)).first().click();
        assertThat(teacher.getByText("Results: “" + TEST + "”")).isVisible();
        Locator row = teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("66.67%"));
        assertThat(row.first()).isVisible();
        BrowserSupport.screenshot(teacher, "class-results-desktop");
        Download download = teacher.waitForDownload(() -> teacher.getByText("Download the results (CSV)").click());
        assertThat(download.suggestedFilename()).isEqualTo("results-journey-group-journey-check.csv");
        List<CSVRecord> rows;
        try (Reader csv = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords();
        }
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("learner")).isEqualTo(LEARNER);
        assertThat(rows.getFirst().get("status")).isEqualTo("Submitted");
        assertThat(rows.getFirst().get("marks")).isEqualTo("2.00");
        assertThat(rows.getFirst().get("percentage")).isEqualTo("66.67");
        assertThat(rows.getFirst().get("incorrect")).isEqualTo("1");
        teacher.close();
    }
}
