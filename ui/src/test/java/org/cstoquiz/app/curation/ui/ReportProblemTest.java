package org.cstoquiz.app.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.curation.CurationItem;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.app.curation.Problem;
import org.cstoquiz.app.curation.Report;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** "Report a problem" under an answered question, as a learner meets it. */
@SpringBootTest(properties = "spring.application.name=csto-quiz-report-problem")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@WithMockUser(username = "lena", roles = "LEARNER")
class ReportProblemTest extends SpringBrowserlessTest {

    @Autowired
    CurationService curation;

    @Autowired
    QuestionBankService bank;

    private Question question() {
        return bank.bank(CurationService.SERVED_SEED).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).skip(7).findFirst().orElseThrow();
    }

    private ReportProblem placed(Question question) {
        ReportProblem report = new ReportProblem(question);
        UI.getCurrent().add(report);
        return report;
    }

    private List<Report> reportsSeenByAnInstructor(Question question) {
        return RunAs.instructor(() -> curation.items().stream().filter(i -> i.key().equals(question.id()))
                .findFirst().map(CurationItem::reports).orElse(List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLearnerSendsAReportWithANoteAndTheButtonSaysItIsSent() {
        Question question = question();
        ReportProblem report = placed(question);

        test(report.open).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        test($(Button.class).withText("Send report").single()).click();
        RadioButtonGroup<Problem> problem = $(RadioButtonGroup.class).withCaption("What is wrong?").single();
        assertThat(problem.isInvalid()).as("nothing chosen").isTrue();
        assertThat(problem.getErrorMessage()).isEqualTo("Choose what is wrong.");
        assertThat(curation.reportedByMe(question.id())).isFalse();

        test(problem).selectItem(Problem.WRONG_KEY.label());
        test($(TextArea.class).withCaption("Note").single()).setValue("  The treaty was signed in 1992.  ");
        test($(Button.class).withText("Send report").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Thank you: an instructor will look at this question.");
        assertThat(report.open.getText()).isEqualTo("Problem reported");
        assertThat(report.open.isEnabled()).isFalse();
        assertThat(curation.reportedByMe(question.id())).isTrue();
        assertThat(reportsSeenByAnInstructor(question)).singleElement().satisfies(sent -> {
            assertThat(sent.reporter()).isEqualTo("lena");
            assertThat(sent.problem()).isEqualTo(Problem.WRONG_KEY);
            assertThat(sent.note()).isEqualTo("The treaty was signed in 1992.");
        });

        ReportProblem later = placed(question);
        assertThat(later.open.isEnabled()).as("the same question shown again").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void somethingElseNeedsANoteAndNothingIsSentWithoutOne() {
        Question question = question();
        ReportProblem report = placed(question);

        test(report.open).click();
        RadioButtonGroup<Problem> problem = $(RadioButtonGroup.class).withCaption("What is wrong?").single();
        test(problem).selectItem(Problem.OTHER.label());
        test($(Button.class).withText("Send report").single()).click();

        TextArea note = $(TextArea.class).withCaption("Note").single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say in a few words what is wrong.");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(report.open.isEnabled()).isTrue();
        assertThat(reportsSeenByAnInstructor(question)).isEmpty();
    }
}
