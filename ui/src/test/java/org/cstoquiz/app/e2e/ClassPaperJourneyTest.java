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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fixed paper from the bank to the class's figures in a real browser: the instructor ticks two
 * questions in the question bank, copies their ids, and on Classes assigns them as a paper in the
 * other order; a learner joins, gets exactly those questions in that order, answers the first
 * rightly and leaves the second blank; the instructor downloads the figures by area and question as
 * CSV and finds what the answers imply.
 */
class ClassPaperJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "class paper journey password";
    private static final String TEACHER = "e2e-paper-teacher";
    private static final String LEARNER = "e2e-paper-learner";
    private static final String PAPER = "Journey paper";
    private static final String GROUP = "Paper group";

    @Autowired
    AccountService accounts;

    @Autowired
    SelfTestService tests;

    @Test
    void anInstructorAssignsQuestionsTickedInTheBankALearnerTakesThemInOrderAndTheFiguresDownloadAsCsv() throws Exception {
        PracticePages.register(accounts, TEACHER, PASSWORD);
        PracticePages.register(accounts, LEARNER, PASSWORD);
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(TEACHER).orElseThrow().id(), Role.INSTRUCTOR));

        // The instructor ticks two questions in the bank and copies their ids.
        Page teacher = browser().newPage(1280, 900);
        PracticePages.logIn(teacher, url(""), TEACHER, PASSWORD);
        teacher.navigate(url("/bank"));
        assertThat(teacher.getByText(Pattern.compile("^\\d+ questions$"))).isVisible();
        teacher.locator("vaadin-details-summary").filter(new Locator.FilterOptions().setHasText("Export and papers")).click();
        InstructorBankJourneyTest.tick(teacher, 0);
        InstructorBankJourneyTest.tick(teacher, 1);
        assertThat(teacher.getByText("2 ticked questions make the paper")).isVisible();
        Locator idsOfPaper = teacher.getByLabel("Question ids of the paper");
        assertThat(idsOfPaper).hasValue(Pattern.compile("^\\S+\\n\\S+$"));
        List<String> ticked = Arrays.asList(idsOfPaper.inputValue().split("\n"));
        List<String> paper = List.of(ticked.get(1), ticked.get(0)); // the instructor's order, not the bank's

        // On Classes: a class, and the paper assigned to it, open from now for a week.
        teacher.navigate(url("/classes"));
        teacher.getByLabel("Class name").fill(GROUP);
        PracticePages.button(teacher, "Create class").click();
        Locator code = teacher.locator(".join-code");
        assertThat(code).hasText(Pattern.compile("^[A-Z0-9]{6}$"));
        String joinCode = code.textContent().strip();
        teacher.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("A fixed paper")).check();
        teacher.getByLabel("Paper title").fill(PAPER);
        teacher.getByLabel("Question ids, in order").fill(String.join("\n", paper));
        PracticePages.button(teacher, "Assign the test").click();
        assertThat(teacher.getByText("“" + PAPER + "” is assigned to " + GROUP + ".")).isVisible();
        assertThat(teacher.getByText("Paper, 2 questions")).isVisible();

        // The learner joins and gets exactly the paper, in its order.
        Page learner = browser().newPage(1280, 900);
        PracticePages.logIn(learner, url(""), LEARNER, PASSWORD);
        learner.navigate(url("/my-classes"));
        learner.getByLabel("Join a class").fill(joinCode);
        PracticePages.button(learner, "Join").click();
        assertThat(learner.getByText("You are in “" + GROUP + "”.")).isVisible();
        learner.navigate(url("/tests"));
        PracticePages.button(learner, "Start “" + PAPER + "” for " + GROUP).click();
        assertThat(learner.getByText("Question 1 of 2")).isVisible();
        SelfTest test = tests.current(LEARNER, Instant.now()).orElseThrow();
        assertThat(test.attempt().slots().stream().map(slot -> slot.question().id()).toList()).containsExactlyElementsOf(paper);
        Question first = test.slot(1).question();
        Question second = test.slot(2).question();
        assertThat(learner.getByText(first.stem().lines().findFirst().orElseThrow()).first()).isVisible();
        KeyboardPages.settled(learner);
        KeyboardAnswers.answer(learner, first, () -> assertThat(learner.getByText("Question 1 of 2")).isVisible());
        assertThat(learner.getByText("Your answer is saved.")).isVisible();
        PracticePages.button(learner, "Next").click();
        assertThat(learner.getByText("Question 2 of 2")).isVisible();
        PracticePages.button(learner, "To the summary").click();
        assertThat(learner.getByText("Summary before submitting")).isVisible();
        PracticePages.button(learner, "Submit and finish").click();
        assertThat(learner.getByText("Score: 1 of 2 (50%)")).isVisible();
        learner.close();

        // The instructor sees the result and downloads the figures.
        teacher.reload();
        teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(GROUP)).first().click();
        teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(PAPER)).first().click();
        assertThat(teacher.getByText("Results: “" + PAPER + "”")).isVisible();
        Download download = teacher.waitForDownload(() ->
                teacher.getByText("Download the figures by area and question (CSV)").click());
        assertThat(download.suggestedFilename()).isEqualTo("figures-paper-group-journey-paper.csv");
        List<CSVRecord> rows;
        try (Reader csv = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords();
        }
        List<CSVRecord> questions = rows.stream().filter(row -> row.get("section").equals("question")).toList();
        assertThat(questions).extracting(row -> row.get("question_id")).containsExactlyElementsOf(paper);
        assertThat(questions).extracting(row -> row.get("asked") + "/" + row.get("answered") + "/" + row.get("facility"))
                .containsExactly("1/1/1.0000", "1/0/0.0000");
        List<CSVRecord> areas = rows.stream().filter(row -> row.get("section").equals("area")).toList();
        if (first.area() == second.area()) {
            assertThat(areas).singleElement().satisfies(area -> assertThat(List.of(area.get("area"), area.get("asked"),
                    area.get("answered"), area.get("facility"), area.get("marks_percentage")))
                    .containsExactly(Names.area(first.area()), "2", "1", "0.5000", "50.00"));
        } else {
            assertThat(areas).hasSize(2);
            for (Slot slot : test.attempt().slots()) {
                boolean answered = slot.number() == 1;
                CSVRecord area = areas.stream().filter(row -> row.get("area").equals(Names.area(slot.question().area())))
                        .findFirst().orElseThrow();
                assertThat(List.of(area.get("asked"), area.get("answered"), area.get("facility"),
                        area.get("marks_percentage"))).containsExactly("1", answered ? "1" : "0",
                        answered ? "1.0000" : "0.0000", answered ? "100.00" : "0.00");
            }
        }
        teacher.close();
    }
}
