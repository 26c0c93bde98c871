package org.cstoquiz.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Curation on a database of its own: reports, retiring, editing, going stale, and that every bank
 * served (practice and tests, review, exports) follows the decisions.
 */
@SpringBootTest(properties = "spring.application.name=csto-quiz-curation")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@WithMockUser(username = "irina", roles = "INSTRUCTOR")
class CurationServiceTest {

    @Autowired
    CurationService curation;

    @Autowired
    QuestionBankService bank;

    @Autowired
    QuestionPool pool;

    @Autowired
    JdbcTemplate jdbc;

    private List<Question> served() {
        return bank.bank(CurationService.SERVED_SEED).questions();
    }

    private Question some(QuestionType type) {
        return bank.generated(CurationService.SERVED_SEED).questions().stream().filter(q -> q.type() == type)
                .skip(3).findFirst().orElseThrow();
    }

    private CurationItem item(String key) {
        return curation.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private List<Question> exported(long seed) throws Exception {
        var export = bank.prepare(ExportRequest.parse("json", Optional.of(String.valueOf(seed)), Optional.empty(),
                Optional.empty(), Optional.empty()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return new JsonImporter().read(out.toString(StandardCharsets.UTF_8)).questions();
    }

    @Test
    void aRetiredQuestionIsNeverServedOrExportedAgainAndComesBackWhenRestored() throws Exception {
        Question question = some(QuestionType.SINGLE_CHOICE);
        int whole = served().size();

        curation.retire(question.id(), "the distractors overlap");

        assertThat(served()).hasSize(whole - 1).doesNotContain(question);
        assertThat(pool.matching("csto", Set.of(question.area()), Set.of(question.type()))).doesNotContain(question);
        assertThat(exported(CurationService.SERVED_SEED)).extracting(Question::id).doesNotContain(question.id());
        assertThat(exported(7)).extracting(Question::stem).as("other seeds: same question, other distractors")
                .doesNotContain(question.stem());
        assertThat(item(question.id()).status()).isEqualTo(Status.RETIRED);
        assertThat(curation.history(question.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(HistoryEntry.Action.RETIRED);
            assertThat(entry.by()).isEqualTo("irina");
            assertThat(entry.note()).isEqualTo("the distractors overlap");
        });
        assertThatThrownBy(() -> curation.retire(question.id(), "")).isInstanceOf(CurationException.class)
                .hasMessage("This question is retired already.");

        curation.restore(question.id(), "");

        assertThat(served()).hasSize(whole).contains(question);
        assertThat(curation.history(question.id())).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.RETIRED, HistoryEntry.Action.RESTORED);
    }

    @Test
    void anEditedCopyReplacesTheQuestionEverywhereAndKeepsItsHistory() throws Exception {
        Question question = some(QuestionType.SINGLE_CHOICE);
        QuestionEdit start = QuestionEdit.of(question);
        int wrong = (start.key() instanceof QuestionEdit.CorrectOptions c && c.positions().contains(0)) ? 1 : 0;
        QuestionEdit edit = new QuestionEdit(question.stem() + " (corrected)", "Corrected explanation.", start.choices(),
                start.prompts(), new QuestionEdit.CorrectOptions(Set.of(wrong)));

        Question copy = curation.edit(question.id(), edit, "the key was wrong");

        assertThat(copy.id()).isNotEqualTo(question.id());
        assertThat(copy.stem()).endsWith("(corrected)");
        assertThat(copy.correctResponse()).isEqualTo(org.cstoquiz.engine.question.Response.select(question.choices().get(wrong).id()));
        assertThat(copy.sources()).isEqualTo(question.sources());
        assertThat(served()).contains(copy).doesNotContain(question);
        assertThat(pool.matching("csto", Set.of(), Set.of())).contains(copy);
        assertThat(exported(CurationService.SERVED_SEED)).contains(copy);
        assertThat(item(question.id())).satisfies(item -> {
            assertThat(item.status()).isEqualTo(Status.EDITED);
            assertThat(item.question()).isEqualTo(copy);
            assertThat(item.generated()).contains(question);
        });

        Question again = curation.edit(question.id(), new QuestionEdit(copy.stem(), "Second thoughts.", start.choices(),
                start.prompts(), new QuestionEdit.CorrectOptions(Set.of(wrong))), "");
        assertThat(served()).contains(again).doesNotContain(copy);
        assertThat(curation.history(question.id())).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.EDITED, HistoryEntry.Action.EDITED);
        assertThat(curation.history(question.id()).getFirst().question()).contains(copy);

        curation.revert(question.id(), "");
        assertThat(served()).contains(question).doesNotContain(again);
    }

    @Test
    void aWrongEditIsRefusedWithTheReasonAndChangesNothing() {
        Question question = some(QuestionType.SINGLE_CHOICE);
        QuestionEdit start = QuestionEdit.of(question);
        List<String> same = java.util.Collections.nCopies(start.choices().size(), "same text");

        assertThatThrownBy(() -> curation.edit(question.id(), new QuestionEdit(question.stem(), question.explanation(),
                same, List.of(), start.key()), "")).isInstanceOf(CurationException.class).hasMessageContaining("read the same");
        assertThatThrownBy(() -> curation.edit(question.id(), new QuestionEdit(" ", "", start.choices(), List.of(),
                start.key()), "")).isInstanceOf(CurationException.class).hasMessage("The question needs a text.");
        assertThatThrownBy(() -> curation.edit(question.id(), start, "")).isInstanceOf(CurationException.class)
                .hasMessage("Nothing was changed.");
        assertThatThrownBy(() -> curation.edit("no-such-question", start, "")).isInstanceOf(CurationException.class)
                .hasMessage("There is no question no-such-question in the bank.");

        assertThat(served()).contains(question);
        assertThat(curation.history(question.id())).isEmpty();
    }

    @Test
    void everyTypeCanBeEdited() {
        for (QuestionType type : QuestionType.values()) {
            Question question = bank.generated(CurationService.SERVED_SEED).questions().stream()
                    .filter(q -> q.type() == type).findFirst().orElse(null);
            if (question == null) {
                continue;
            }
            QuestionEdit start = QuestionEdit.of(question);
            Question copy = curation.edit(question.id(), new QuestionEdit(question.stem() + " Edited.", start.explanation(),
                    start.choices(), start.prompts(), start.key()), "");
            assertThat(copy.type()).as(type.toString()).isEqualTo(type);
            assertThat(copy.stem()).endsWith("Edited.");
            assertThat(served()).as(type.toString()).contains(copy);
        }
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void aLearnerReportsAProblemOnceAndCannotCurate() {
        Question question = some(QuestionType.TRUE_FALSE);

        curation.report(question, Problem.WRONG_KEY, "It was 1994, not 1992.");

        assertThat(curation.reportedByMe(question.id())).isTrue();
        assertThatThrownBy(() -> curation.report(question, Problem.TYPO, "")).isInstanceOf(CurationException.class)
                .hasMessageContaining("reported this question already");
        assertThatThrownBy(() -> curation.report(some(QuestionType.NUMERIC), Problem.OTHER, " "))
                .isInstanceOf(CurationException.class).hasMessage("Say in a few words what is wrong.");
        assertThatThrownBy(() -> curation.report(some(QuestionType.NUMERIC), Problem.UNCLEAR, "x".repeat(501)))
                .isInstanceOf(CurationException.class).hasMessage("A note has at most 500 characters.");
        assertThatThrownBy(() -> curation.retire(question.id(), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.items()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reportsAreListedFirstAndAnsweredByTheDecision() {
        Question wrongKey = some(QuestionType.TRUE_FALSE);
        Question typo = some(QuestionType.NUMERIC);
        RunAs.learner("lena", () -> curation.report(wrongKey, Problem.WRONG_KEY, "It was 1994, not 1992."));
        RunAs.learner("oleg", () -> curation.report(wrongKey, Problem.UNCLEAR, ""));
        RunAs.learner("oleg", () -> curation.report(typo, Problem.TYPO, "Tajikstan"));

        List<CurationItem> items = curation.items();
        assertThat(items.getFirst().key()).isEqualTo(wrongKey.id());
        assertThat(items.getFirst().reports()).extracting(Report::reporter).containsExactly("lena", "oleg");
        assertThat(items.getFirst().needsAttention()).isTrue();

        curation.retire(wrongKey.id(), "");
        assertThat(item(wrongKey.id()).reports()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from question_report where resolution = 'RETIRED'", Integer.class))
                .isEqualTo(2);
        assertThat(curation.dismissReports(typo.id())).isEqualTo(1);
        assertThat(curation.items()).noneMatch(i -> i.key().equals(typo.id()));
        RunAs.learner("oleg", () -> curation.report(typo, Problem.TYPO, "still Tajikstan"));
        assertThat(item(typo.id()).reports()).hasSize(1);
    }

    @Test
    void anEditBecomesStaleWhenTheGeneratedQuestionChangesAndIsReviewed() {
        Question question = some(QuestionType.SHORT_ANSWER);
        QuestionEdit start = QuestionEdit.of(question);
        curation.edit(question.id(), new QuestionEdit(question.stem(), "Better explanation.", start.choices(),
                start.prompts(), start.key()), "");
        assertThat(item(question.id()).stale()).isFalse();

        // as if the generator had since changed the question: what was curated is no longer what is generated
        Question before = question.withBody(question.body());
        String older = QuestionJson.write("csto", CurationService.SERVED_SEED,
                org.cstoquiz.engine.question.Question.builder().id(before.id()).area(before.area()).stem(before.stem())
                        .body(before.body()).explanation("An older explanation.").sources(before.sources())
                        .facts(before.factIds()).difficulty(before.difficulty()).build());
        jdbc.update("update curated_question set original = ? where question_id = ?", older, question.id());

        CurationItem stale = item(question.id());
        assertThat(stale.stale()).isTrue();
        assertThat(stale.needsAttention()).isTrue();
        // an edit of the explanation alone keeps the id (it is made from the stem and the options)
        assertThat(served()).as("the edit is still served while stale").filteredOn(q -> q.id().equals(question.id()))
                .singleElement().extracting(Question::explanation).isEqualTo("Better explanation.");

        curation.markReviewed(question.id(), "the new explanation is no better");
        assertThat(item(question.id()).stale()).isFalse();
        assertThat(curation.history(question.id())).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.EDITED, HistoryEntry.Action.REVIEWED);
    }
}
