package org.cstoquiz.app.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "rev-view", roles = "LEARNER")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBankService bank;

    @BeforeEach
    void account() {
        if (accounts.findByUsername("rev-view").isEmpty()) {
            accounts.register(new RegistrationRequest("rev-view", "long enough password", "long enough password"));
        }
    }

    private Question shownQuestion() {
        String stem = $(Paragraph.class).withCondition(p -> p.getStyle().get("font-weight") != null).single().getText();
        return bank.bank(ExportRequest.DEFAULT_SEED).questions().stream().filter(q -> q.stem().equals(stem))
                .findFirst().orElseThrow();
    }

    @Test
    void answersAQuestionAndSeesWhenTheFactComesBack() {
        navigate(ReviewView.class);
        Question q = shownQuestion();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> options = $(RadioButtonGroup.class).single();
        String key = AnswerKeys.describe(q);
        String correct = options.getListDataView().getItems().filter(key::equals).findFirst().orElseThrow();

        test(options).selectItem(correct);
        test($(Button.class).withText("Check").single()).click();

        String feedback = $(Paragraph.class).withCondition(p -> p.getText().startsWith("Correct.")).single().getText();
        assertThat(feedback).contains(q.explanation()).contains("Next review: ");
        assertThat($(Span.class).withCondition(s -> s.getText().contains("facts seen")).single().getText())
                .containsPattern("[1-9]\\d* of \\d+ facts seen");

        test($(Button.class).withText("Next question").single()).click();
        assertThat(shownQuestion()).isNotEqualTo(q);
    }

    @Test
    void settingAnExamDateShowsThePlanAndAPastDateIsRefused() {
        navigate(ReviewView.class);
        DatePicker examDate = $(DatePicker.class).withCaption("Exam date").single();

        test(examDate).setValue(LocalDate.now().minusDays(1));
        assertThat(examDate.isInvalid()).isTrue();
        assertThat(examDate.getErrorMessage()).isEqualTo("The exam date must be after today.");

        test(examDate).setValue(LocalDate.now().plusDays(10));
        assertThat(examDate.isInvalid()).isFalse();
        assertThat($(Paragraph.class).withCondition(p -> p.getText().startsWith("Exam on ")).single().getText())
                .contains("in 10 days").contains("new facts a day");
    }
}
