package org.cstoquiz.app.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.attempt.AttemptFixtures;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Item statistics from real stored attempts, in a database of their own so the counts are exact. */
@SpringBootTest(properties = "spring.application.name=csto-quiz-item-statistics")
@ActiveProfiles("test")
@WithMockUser(username = "ivan", roles = "INSTRUCTOR")
class ItemStatisticsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PracticeService practice;

    @Autowired
    QuestionBankService bank;

    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    /** Six learners answer the same four single-choice questions; only the two weakest get the last one right. */
    private List<Question> answeredByFourLearners() {
        List<Question> questions = bank.bank(ExportRequest.DEFAULT_SEED).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).limit(4).toList();
        boolean[][] right = {
            {true, true, true, false},
            {true, true, true, false},
            {true, true, false, false},
            {true, false, false, false},
            {false, false, false, true},
            {false, false, false, true},
        };
        for (int learner = 0; learner < right.length; learner++) {
            String owner = "stats-learner-" + learner;
            long id = AttemptFixtures.storeUntimedSession(context, owner, START, questions);
            for (int slot = 0; slot < questions.size(); slot++) {
                Question q = practice.session(owner, id, START).attempt().slot(slot + 1).question();
                Response answer = right[learner][slot] ? q.correctResponse() : Response.select(wrongChoice(q));
                practice.answer(owner, id, slot + 1, answer, START.plusSeconds(10L * (slot + 1)));
            }
            practice.finish(owner, id, START.plusSeconds(60));
        }
        return questions;
    }

    /** Always the same wrong option text, whatever letter it has in this attempt. */
    private static String wrongChoice(Question q) {
        var key = ((Response.Selection) q.correctResponse()).choiceIds();
        return q.choices().stream().filter(c -> !key.contains(c.id()))
                .min(java.util.Comparator.comparing(c -> c.text())).orElseThrow().id();
    }

    @Test
    void theBankShowsFacilityAndDiscriminationAndFlagsAndExportsThemAsCsv() throws Exception {
        List<Question> questions = answeredByFourLearners();

        BankView view = navigate(BankView.class);
        @SuppressWarnings("unchecked")
        Grid<Question> grid = $(Grid.class).single();
        int row = grid.getGenericDataView().getItems().toList().indexOf(questions.getFirst());
        var tester = test(grid);
        assertThat(tester.getCellText(row, tester.getColumnPosition("attempts"))).isEqualTo("6");
        assertThat(tester.getCellText(row, tester.getColumnPosition("facility"))).isEqualTo("67%");
        assertThat(tester.getCellText(row, tester.getColumnPosition("discrimination"))).isEqualTo("17%");

        test($(Checkbox.class).withCaption("Negative discrimination only").single()).click();
        assertThat(grid.getGenericDataView().getItems().toList()).containsExactly(questions.get(3));

        test($(Checkbox.class).withCaption("Negative discrimination only").single()).click();
        Map<String, CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(view.statisticsCsv())).getRecords().stream()
                .collect(Collectors.toMap(r -> r.get("question_id"), r -> r));
        assertThat(rows).hasSize(4);
        CSVRecord last = rows.get(questions.get(3).id());
        assertThat(last.get("attempts")).isEqualTo("6");
        assertThat(last.get("facility_percent")).isEqualTo("33.3");
        assertThat(last.get("discrimination_percent")).isEqualTo("-84.3");
        assertThat(last.get("negative_discrimination")).isEqualTo("true");
        assertThat(last.get("most_chosen_wrong_option")).isNotEmpty();
        assertThat(rows.get(questions.get(1).id()).get("discrimination_percent")).isEqualTo("70.7");
        assertThat(rows.get(questions.getFirst().id()).get("stem")).isEqualTo(questions.getFirst().stem());
    }
}
