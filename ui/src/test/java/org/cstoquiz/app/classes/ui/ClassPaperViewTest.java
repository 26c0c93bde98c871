package org.cstoquiz.app.classes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.QuizClass;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The controls for a fixed paper, the figures CSV, and renaming and deleting a class, found by their labels. */
@SpringBootTest(properties = "spring.application.name=csto-quiz-class-paper-view")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@WithMockUser(username = "cpv-teacher", roles = "INSTRUCTOR")
class ClassPaperViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassService classes;

    @Autowired
    QuestionBankService bank;

    @Autowired
    QuestionPool pool;

    @Autowired
    CurationService curation;

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(int index) {
        return $(Grid.class).all().get(index);
    }

    private void open(String className) {
        navigate(ClassesView.class);
        var classGrid = test(grid(0));
        for (int i = 0; i < classGrid.size(); i++) {
            if (classGrid.getCellText(i, classGrid.getColumnPosition("Class")).equals(className)) {
                classGrid.select(i);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInstructorAssignsAFixedPaperOfPastedIdsAndIsToldWhatIsWrongFirst() {
        classes.create("Paper group", "cpv-teacher", Instant.now());
        open("Paper group");
        assertThat($(TextArea.class).withCaption("Question ids, in order").exists()).as("a blueprint is the default")
                .isFalse();
        RadioButtonGroup<String> kind = $(RadioButtonGroup.class).withCaption("What to assign").single();
        test(kind).selectItem("A fixed paper");
        TextArea ids = $(TextArea.class).withCaption("Question ids, in order").single();
        assertThat($(Select.class).withCaption("Test (blueprint)").exists()).isFalse();

        TextField title = $(TextField.class).withCaption("Paper title").single();
        test(title).setValue("Week 3 paper");
        test($(Button.class).withText("Assign the test").single()).click();
        assertThat(ids.isInvalid()).as("a paper with no question").isTrue();
        assertThat(ids.getErrorMessage()).startsWith("A paper needs at least one question");
        assertThat(test(grid(2)).size()).as("nothing assigned").isZero();

        List<Question> served = bank.bank(pool.builtIn(), QuestionPool.BANK_SEED).questions();
        test(ids).setValue(served.get(5).id() + "\n" + served.get(1).id() + "\nnot-a-question");
        test($(Button.class).withText("Assign the test").single()).click();
        assertThat(ids.isInvalid()).isTrue();
        assertThat(ids.getErrorMessage()).contains("not-a-question");

        test(ids).setValue(served.get(5).id() + "\n" + served.get(1).id());
        test($(Button.class).withText("Assign the test").single()).click();
        assertThat(ids.isInvalid()).isFalse();
        var assigned = test(grid(2));
        assertThat(assigned.size()).isEqualTo(1);
        assertThat(assigned.getCellText(0, assigned.getColumnPosition("Test"))).isEqualTo("Week 3 paper");
        assertThat(assigned.getCellText(0, assigned.getColumnPosition("Kind"))).isEqualTo("Paper, 2 questions");

        assigned.select(0);
        assertThat($(Anchor.class).withText("Download the results (CSV)").exists()).isTrue();
        assertThat($(Anchor.class).withText("Download the figures by area and question (CSV)").exists()).isTrue();
        assertThat($(Paragraph.class).withClassName("paper-left-out").exists()).as("nothing retired yet").isFalse();

        curation.retire(served.get(1).id(), "outdated");
        test($(Button.class).withText("Refresh").single()).click();
        assertThat($(Paragraph.class).withClassName("paper-left-out").single().getText())
                .startsWith("1 question of this paper has been retired").contains(served.get(1).id());
    }

    @Test
    void anInstructorRenamesAClassAndDeletesItAfterAConfirmationSayingWhatGoes() {
        QuizClass group = classes.create("Old name", "cpv-teacher", Instant.now());
        classes.create("Other group", "cpv-teacher", Instant.now());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        classes.assignPaper(group.id(), "Paper", pool.builtIn(),
                List.of(bank.bank(pool.builtIn(), QuestionPool.BANK_SEED).questions().getFirst().id()),
                now.minusHours(1), now.plusHours(1), ZoneOffset.UTC, "cpv-teacher", Instant.now());
        open("Old name");

        test($(Button.class).withText("Rename…").single()).click();
        TextField name = $(TextField.class).withCaption("New name").single();
        test(name).setValue("other group");
        test($(Button.class).withText("Save the name").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a class named “Other group”.");
        test(name).setValue("New name");
        test($(Button.class).withText("Save the name").single()).click();
        assertThat(classes.classes()).extracting(QuizClass::name).containsExactly("New name", "Other group");
        assertThat(test(grid(0)).getCellText(0, test(grid(0)).getColumnPosition("Class"))).isEqualTo("New name");

        test($(Button.class).withText("Delete…").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getHeader()).isEqualTo("Delete the class New name?");
        assertThat(test(confirm).getText()).contains("0 learners").contains("1 assigned test")
                .contains("deleted with it").contains("keep the tests they took");
        test(confirm).cancel();
        assertThat(classes.classes()).hasSize(2);

        test($(Button.class).withText("Delete…").single()).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(classes.classes()).extracting(QuizClass::name).containsExactly("Other group");
        assertThat(test(grid(0)).size()).isEqualTo(1);
    }
}
