package org.cstoquiz.app.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.curation.CurationItem;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.app.curation.HistoryEntry;
import org.cstoquiz.app.curation.Problem;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The instructor's curation screen: what learners reported, then retiring and editing from it. */
@SpringBootTest(properties = "spring.application.name=csto-quiz-curation-view")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@WithMockUser(username = "irina", roles = "INSTRUCTOR")
class CurationViewTest extends SpringBrowserlessTest {

    @Autowired
    CurationService curation;

    @Autowired
    QuestionBankService bank;

    private List<Question> served() {
        return bank.bank(CurationService.SERVED_SEED).questions();
    }

    private Question some(QuestionType type, int skip) {
        return bank.generated(CurationService.SERVED_SEED).questions().stream().filter(q -> q.type() == type)
                .skip(skip).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<CurationItem> grid() {
        return $(Grid.class).single();
    }

    private List<CurationItem> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    private int rowOf(Question question) {
        List<CurationItem> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(question.id())) {
                return i;
            }
        }
        throw new AssertionError(question.id() + " is not listed");
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }

    private String detail() {
        return $(Div.class).withClassName("curation-detail").single().getElement()
                .getTextRecursively();
    }

    @Test
    void aReportedQuestionIsListedWithItsReportAndRetiredFromTheScreen() {
        Question reported = some(QuestionType.TRUE_FALSE, 2);
        RunAs.learner("lena", () -> curation.report(reported, Problem.WRONG_KEY, "It was 1994, not 1992."));
        navigate(CurationView.class);

        assertThat(rows().getFirst().key()).isEqualTo(reported.id());
        var grid = test(grid());
        assertThat(grid.getCellText(0, 2))
                .isEqualTo("reported 1× (the answer given as correct is wrong)");

        grid.select(0);
        assertThat(detail()).contains(reported.stem(), "It was 1994, not 1992.", "lena");

        test(button("Retire…")).click();
        test($(TextField.class).withCaption("Note for the history").single()).setValue("the year is disputed");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(notification()).isEqualTo("Retired: it is never served again.");
        assertThat(served()).doesNotContain(reported);
        assertThat(rows()).as("answered: no longer needs attention").noneMatch(i -> i.key().equals(reported.id()));
        test((Select<CurationView.Show>) $(Select.class).withCaption("Show").single()).selectItem("Retired");
        assertThat(rows()).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo(reported.id());
            assertThat(item.status()).isEqualTo(Status.RETIRED);
        });
        assertThat(curation.history(reported.id())).singleElement()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("the year is disputed"));

        test(grid()).select(0);
        test(button("Serve again")).click();
        assertThat(served()).contains(reported);
        assertThat(rows()).isEmpty();
    }

    @Test
    void anInstructorCorrectsTheKeyAndTextInTheEditorAndAWrongEditChangesNothing() {
        Question question = some(QuestionType.SINGLE_CHOICE, 5);
        RunAs.learner("oleg", () -> curation.report(question, Problem.UNCLEAR, "which of these is meant?"));
        navigate(CurationView.class);
        test(grid()).select(rowOf(question));

        test(button("Edit…")).click();
        TextArea stem = $(TextArea.class).withCaption("Question").single();
        assertThat(stem.getValue()).isEqualTo(question.stem());
        test(stem).setValue(" ");
        test(button("Save the edited copy")).click();
        assertThat($(Span.class).withAttribute("role", "alert").single().getText())
                .isEqualTo("The question needs a text.");
        assertThat(served()).contains(question);
        assertThat(curation.history(question.id())).isEmpty();

        test(stem).setValue(question.stem() + " (as of 2025)");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> correct = $(RadioButtonGroup.class).withCaption("Correct option").single();
        String wrongLetter = correct.getListDataView().getItems()
                .filter(letter -> !letter.equals(correct.getValue())).findFirst().orElseThrow();
        test(correct).selectItem(wrongLetter);
        test($(TextField.class).withCaption("Note for the history").single()).setValue("key fixed");
        test(button("Save the edited copy")).click();

        assertThat(notification()).isEqualTo("Saved: the edited copy is served and exported from now on.");
        Question copy = served().stream().filter(q -> q.stem().equals(question.stem() + " (as of 2025)"))
                .findFirst().orElseThrow();
        assertThat(served()).doesNotContain(question);
        int position = IntStream.range(0, question.choices().size())
                .filter(i -> Choice.letter(i).equals(wrongLetter)).findFirst().orElseThrow();
        assertThat(copy.correctResponse()).isEqualTo(Response.select(question.choices().get(position).id()));
        assertThat(AnswerKeys.describe(copy)).isNotEqualTo(AnswerKeys.describe(question));

        test((Select<CurationView.Show>) $(Select.class).withCaption("Show").single()).selectItem("Edited");
        test(grid()).select(rowOf(question));
        assertThat(detail()).contains(copy.stem(), "The generated question now", question.stem(), "key fixed");
        assertThat(curation.history(question.id())).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.EDITED);
    }

    @Test
    void dismissingReportsLeavesTheQuestionServed() {
        Question question = some(QuestionType.NUMERIC, 1);
        RunAs.learner("oleg", () -> curation.report(question, Problem.TYPO, "Tajikstan"));
        navigate(CurationView.class);
        test(grid()).select(rowOf(question));

        test(button("Dismiss the reports")).click();

        assertThat(notification()).isEqualTo("Reports dismissed; the question is unchanged.");
        assertThat(rows()).noneMatch(i -> i.key().equals(question.id()));
        assertThat(served()).contains(question);
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void learnersCannotOpenCuration() {
        assertThatThrownBy(() -> navigate(CurationView.class)).hasMessageContaining("CurationView");
    }
}
