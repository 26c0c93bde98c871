package org.cstoquiz.app.classes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.QuizClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ClassesViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "class view password";

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    SelfTestService tests;

    private void register(String name) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.register(new RegistrationRequest(name, PASSWORD, PASSWORD));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(int index) {
        return $(Grid.class).all().get(index);
    }

    @Test
    @WithMockUser(username = "cv-teacher", roles = "INSTRUCTOR")
    void anInstructorCreatesAClassAssignsATestAndSeesEachLearnersResult() {
        register("cv-learner");
        navigate(ClassesView.class);

        test($(Button.class).withText("Create class").single()).click();
        TextField name = $(TextField.class).withCaption("Class name").single();
        assertThat(name.isInvalid()).as("a class needs a name").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the class a name.");

        test(name).setValue("View group");
        test($(Button.class).withText("Create class").single()).click();
        var classGrid = test(grid(0));
        int row = -1;
        for (int i = 0; i < classGrid.size(); i++) {
            if (classGrid.getCellText(i, classGrid.getColumnPosition("Class")).equals("View group")) {
                row = i;
            }
        }
        assertThat(row).as("the new class is listed").isNotNegative();
        String code = classGrid.getCellText(row, classGrid.getColumnPosition("Join code"));
        assertThat(code).matches("[A-Z0-9]{6}");
        assertThat($(Span.class).withClassName("join-code").single().getText()).isEqualTo(code);
        assertThat(test($(Notification.class).last()).getText()).contains(code);

        // a learner joins with the code; the instructor sees them
        RunAs.learner("cv-learner", () -> classes.join("cv-learner", code.toLowerCase(), Instant.now()));
        navigate(ClassesView.class);
        classGrid = test(grid(0));
        for (int i = 0; i < classGrid.size(); i++) {
            if (classGrid.getCellText(i, classGrid.getColumnPosition("Class")).equals("View group")) {
                classGrid.select(i);
            }
        }
        var members = test(grid(1));
        assertThat(members.size()).isEqualTo(1);
        assertThat(members.getCellText(0, members.getColumnPosition("Learner"))).isEqualTo("cv-learner");

        // a test assigned, open now
        @SuppressWarnings("unchecked")
        Select<Blueprint> blueprint = $(Select.class).withCaption("Test (blueprint)").single();
        test(blueprint).selectItem("Quick check");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        $(DateTimePicker.class).withCaption("Opens").single().setValue(now.minusHours(1).withNano(0));
        $(DateTimePicker.class).withCaption("Closes").single().setValue(now.minusHours(2).withNano(0));
        test($(Button.class).withText("Assign the test").single()).click();
        DateTimePicker closes = $(DateTimePicker.class).withCaption("Closes").single();
        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("The closing time must be after the opening time.");
        closes.setValue(now.plusHours(2).withNano(0));
        test($(Button.class).withText("Assign the test").single()).click();
        var assigned = test(grid(2));
        assertThat(assigned.size()).isEqualTo(1);
        assertThat(assigned.getCellText(0, assigned.getColumnPosition("Test"))).isEqualTo("Quick check");
        assertThat(assigned.getCellText(0, assigned.getColumnPosition("Now"))).isEqualTo("Open");

        // the learner takes it, leaving everything blank
        AtomicReference<SelfTest> taken = new AtomicReference<>();
        RunAs.learner("cv-learner", () -> taken.set(classes.start("cv-learner",
                classes.assignedTo("cv-learner", Instant.now()).getFirst().assignment().id(), Instant.now())));
        tests.submit("cv-learner", taken.get().id(), Instant.now());

        assigned.select(0);
        var results = test(grid(3));
        assertThat(results.size()).isEqualTo(1);
        assertThat(results.getCellText(0, results.getColumnPosition("Learner"))).isEqualTo("cv-learner");
        assertThat(results.getCellText(0, results.getColumnPosition("Status"))).isEqualTo("Submitted");
        assertThat(results.getCellText(0, results.getColumnPosition("Percentage"))).isEqualTo("0%");
        var byArea = test(grid(4));
        assertThat(byArea.size()).as("the areas of the blank test").isPositive();
        assertThat(byArea.getCellText(0, byArea.getColumnPosition("Answered"))).isEqualTo("0");
        assertThat($(Anchor.class).withText("Download the results (CSV)").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "cv-teacher", roles = "INSTRUCTOR")
    void anInstructorReplacesTheCodeAndRemovesALearnerAfterConfirming() {
        register("cv-leaver");
        QuizClass group = classes.create("Leavers", "cv-teacher", Instant.now());
        RunAs.learner("cv-leaver", () -> classes.join("cv-leaver", group.joinCode(), Instant.now()));
        navigate(ClassesView.class);
        var classGrid = test(grid(0));
        for (int i = 0; i < classGrid.size(); i++) {
            if (classGrid.getCellText(i, classGrid.getColumnPosition("Class")).equals("Leavers")) {
                classGrid.select(i);
            }
        }
        test($(Button.class).withText("New code…").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getText()).contains(group.joinCode()).contains("will no longer work");
        test(confirm).confirm();
        String newCode = $(Span.class).withClassName("join-code").single().getText();
        assertThat(newCode).isNotEqualTo(group.joinCode());

        Button remove = (Button) test(grid(1)).getCellComponent(0, test(grid(1)).getColumnPosition("Remove"));
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove: cv-leaver");
        test(remove).click();
        ConfirmDialog removal = $(ConfirmDialog.class).last();
        assertThat(test(removal).getHeader()).isEqualTo("Remove cv-leaver from Leavers?");
        test(removal).confirm();
        assertThat(classes.members(group.id())).isEmpty();
    }

    @Test
    @WithMockUser(username = "cv-joiner", roles = "LEARNER")
    void aLearnerJoinsWithTheCodeAndStartsTheAssignedTestOnce() {
        register("cv-joiner");
        AtomicReference<QuizClass> group = new AtomicReference<>();
        RunAs.instructor(() -> {
            group.set(classes.create("Joiners", "cv-teacher", Instant.now()));
            Blueprint quick = tests.blueprints().stream().filter(b -> b.name().equals("Quick check")).findFirst().orElseThrow();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            return classes.assign(group.get().id(), quick.id().orElseThrow(), now.minusHours(1), now.plusHours(3),
                    ZoneOffset.UTC, "cv-teacher", Instant.now());
        });
        navigate(MyClassesView.class);
        assertThat($(Paragraph.class).withText("You are in no class yet.").exists()).isTrue();

        TextField code = $(TextField.class).withCaption("Join a class").single();
        test(code).setValue("QQQ-QQQ");
        test($(Button.class).withText("Join").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("No class has the code “QQQQQQ”");

        String typed = group.get().joinCode().substring(0, 3) + " " + group.get().joinCode().substring(3).toLowerCase();
        test(code).setValue(typed);
        test($(Button.class).withText("Join").single()).click();
        assertThat(code.isInvalid()).isFalse();
        assertThat($(Paragraph.class).withText("You are in “Joiners”.").exists()).isTrue();

        Button start = $(Button.class).withText("Start “Quick check” for Joiners").single();
        test(start).click();
        SelfTest started = tests.current("cv-joiner", Instant.now()).orElseThrow();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("tests/" + started.id());

        navigate(MyClassesView.class);
        assertThat($(Button.class).withText("Start “Quick check” for Joiners").exists()).as("started once").isFalse();
        assertThat($(Button.class).withText("Continue the test").exists()).isTrue();
    }
}
