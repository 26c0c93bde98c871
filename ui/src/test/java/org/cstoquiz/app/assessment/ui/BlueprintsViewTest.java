package org.cstoquiz.app.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@ActiveProfiles("test")
@WithMockUser(username = "olga", roles = "INSTRUCTOR")
class BlueprintsViewTest extends SpringBrowserlessTest {

    @Autowired
    SelfTestService service;

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<Blueprint> grid() {
        return $(Grid.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInstructorCreatesABlueprintThatLearnersCanStart() {
        navigate(BlueprintsView.class);
        test($(TextField.class).withCaption("Name").single()).setValue("Members sprint");
        ((MultiSelectComboBox<Area>) $(MultiSelectComboBox.class).withCaption("Areas").single()).setValue(Set.of(Area.MEMBERS));
        test($(IntegerField.class).withCaption("Questions").single()).setValue(12);
        test($(IntegerField.class).withCaption("Minutes").single()).setValue(15);
        test((Select<ScoringScheme>) $(Select.class).withCaption("Scoring").single())
                .selectItem("Exam: a wrong answer costs a third of a mark");
        test(button("Save")).click();

        assertThat(notification()).isEqualTo("Saved “Members sprint”.");
        Blueprint saved = service.blueprints().stream().filter(b -> b.name().equals("Members sprint")).findFirst()
                .orElseThrow();
        assertThat(saved.areas()).containsExactly(Area.MEMBERS);
        assertThat(saved.questions()).isEqualTo(12);
        assertThat(saved.minutes()).isEqualTo(15);
        assertThat(saved.scheme()).isEqualTo(ScoringScheme.EXAM_NEGATIVE);
        int row = test(grid()).size();
        assertThat(row).isEqualTo(service.blueprints().size());
        service.deleteBlueprint(saved.id().orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void rowsSayHowManyOfEachAreaAndTypeTheTestHasTheirSumAndARowTheBankCannotFillIsRefused() {
        navigate(BlueprintsView.class);
        test($(TextField.class).withCaption("Name").single()).setValue("By rows");
        test(button("Add a row")).click();
        test(button("Add a row")).click();
        var areas = $(Select.class).withCaption("Area").all();
        var types = $(Select.class).withCaption("Type").all();
        var counts = $(IntegerField.class).withCaption("How many").all();
        assertThat(areas).hasSize(2);
        // an area and a type of which the bank has a few questions, to ask for one more
        Blueprint.Part few = java.util.Arrays.stream(Area.values())
                .flatMap(area -> java.util.Arrays.stream(QuestionType.values()).map(type -> Blueprint.Part.of(area, type,
                        service.available("csto", Set.of(area), Set.of(type)))))
                .filter(part -> part.questions() >= 3 && part.questions() < Blueprint.MAX_QUESTIONS - 4)
                .findFirst().orElseThrow();
        Area area = few.area().orElseThrow();
        QuestionType type = few.type().orElseThrow();
        int available = few.questions();
        test((Select<Area>) areas.get(0)).selectItem(Names.area(area));
        test((Select<QuestionType>) types.get(0)).selectItem(Names.type(type));
        test(counts.get(0)).setValue(available + 1);
        test(counts.get(1)).setValue(4);
        IntegerField questions = $(IntegerField.class).withCaption("Questions").single();
        assertThat(questions.getValue()).isEqualTo(available + 5);
        assertThat(questions.isReadOnly()).as("the sum of the rows, not typed").isTrue();

        test(button("Save")).click();
        Blueprint.Part three = Blueprint.Part.of(area, type, 3);
        assertThat($(Span.class).withCondition(span -> span.hasClassName("text-error") && span.isVisible()).single()
                .getText()).isEqualTo("Only " + available + " questions are left for “" + SelfTestService.describe(three)
                + "” once the other rows have theirs; ask for at most " + available + ".");
        assertThat(service.blueprints()).extracting(Blueprint::name).doesNotContain("By rows");

        test(counts.get(0)).setValue(3);
        test(button("Save")).click();
        assertThat(notification()).isEqualTo("Saved “By rows”.");
        Blueprint saved = service.blueprints().stream().filter(b -> b.name().equals("By rows")).findFirst().orElseThrow();
        assertThat(saved.parts()).containsExactly(three, Blueprint.Part.of(null, null, 4));
        assertThat(saved.questions()).isEqualTo(7);
        service.deleteBlueprint(saved.id().orElseThrow());
    }

    @Test
    void editingChangesTheBlueprintAndBadInputIsRefusedAtItsFieldWithNothingStored() {
        Blueprint quick = service.blueprints().stream().filter(b -> b.name().equals("Quick check")).findFirst()
                .orElseThrow();
        navigate(BlueprintsView.class);
        int row = service.blueprints().indexOf(quick);
        test(grid()).select(row);
        assertThat($(TextField.class).withCaption("Name").single().getValue()).isEqualTo("Quick check");

        TextField name = $(TextField.class).withCaption("Name").single();
        IntegerField minutes = $(IntegerField.class).withCaption("Minutes").single();
        test(name).setValue(" ");
        minutes.clear();
        test(button("Save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the blueprint a name.");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("The time limit is 0 (untimed) to 180 minutes.");
        test(minutes).setValue(20);
        test(name).setValue("Exam style");
        test($(IntegerField.class).withCaption("Questions").single()).setValue(12);
        test(button("Save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a blueprint named “Exam style”.");
        assertThat(service.blueprint(quick.id().orElseThrow())).isEqualTo(quick);

        test($(TextField.class).withCaption("Name").single()).setValue("Quick check");
        test(button("Save")).click();
        assertThat(service.blueprint(quick.id().orElseThrow()).questions()).isEqualTo(12);
        service.saveBlueprint(quick);
    }
}
