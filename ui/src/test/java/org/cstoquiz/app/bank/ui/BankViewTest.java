package org.cstoquiz.app.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.base.ui.QuestionPreview;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.AnswerText;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "csto-quiz.packs-dir=../content/src/test/resources/extra-packs")
@ActiveProfiles("test")
@WithMockUser(username = "ivan", roles = "INSTRUCTOR")
class BankViewTest extends SpringBrowserlessTest {

    @Autowired
    QuestionBankService service;

    @SuppressWarnings("unchecked")
    private Grid<Question> grid() {
        return $(Grid.class).single();
    }

    private List<Question> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    private String count() {
        return $(Span.class).withCondition(s -> s.getText().matches("\\d+ questions?")).single().getText();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Area> areas() {
        return $(MultiSelectComboBox.class).withCaption("Areas").single();
    }

    private TextField search() {
        return $(TextField.class).withCaption("Search").single();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theGridTakesThePageWithFiltersAndExportInBarsThatFoldAway() {
        navigate(BankView.class);

        assertThat($(Details.class).all()).extracting(Details::getSummaryText)
                .anySatisfy(text -> assertThat(text).startsWith("Filters: all areas · all types · seed 42"))
                .anySatisfy(text -> assertThat(text).startsWith("Export and papers: json"));
        assertThat($(Details.class).all()).noneMatch(Details::isOpened);
        assertThat(grid().getParent().orElseThrow()).isInstanceOf(SplitLayout.class);
        assertThat(search().isVisible()).isTrue();
    }

    @Test
    void showsTheWholeBankAndFiltersByAreaAndText() {
        navigate(BankView.class);
        int whole = service.bank(42).size();
        assertThat(count()).isEqualTo(whole + " questions");

        areas().setValue(Set.of(Area.DATES));
        assertThat(rows()).isNotEmpty().allSatisfy(q -> assertThat(q.area()).isEqualTo(Area.DATES));

        Question some = rows().get(rows().size() / 2);
        String word = java.util.Arrays.stream(some.stem().split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        test(search()).setValue(word.toUpperCase());
        assertThat(rows()).contains(some);
        assertThat(count()).isEqualTo(rows().size() + (rows().size() == 1 ? " question" : " questions"));
        assertThat($(Details.class).all()).extracting(Details::getSummaryText)
                .anySatisfy(text -> assertThat(text).startsWith("Filters: Dates"));
    }

    @Test
    void anotherPackIsChosenAndItsBankShown() {
        navigate(BankView.class);
        @SuppressWarnings("unchecked")
        Select<PackInfo> pack = $(Select.class).withCaption("Organization").single();
        assertThat(pack.getValue().id()).isEqualTo("csto");
        PackInfo other = service.packs().stream().filter(p -> p.id().equals("nordic")).findFirst().orElseThrow();

        pack.setValue(other);

        List<Question> expected = service.bank("nordic", 42).questions();
        assertThat(expected).isNotEmpty();
        assertThat(rows()).containsExactlyElementsOf(expected);
        assertThat(count()).isEqualTo(expected.size() + (expected.size() == 1 ? " question" : " questions"));
    }

    @Test
    void theSearchLooksInOptionsAndExplanationsAsWellAsStems() {
        navigate(BankView.class);
        List<Question> bank = service.bank(42).questions();
        Question withOption = bank.stream().filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow();
        Choice distractor = withOption.choices().stream()
                .filter(c -> !AnswerText.normalise(withOption.stem()).contains(AnswerText.normalise(c.text())))
                .findFirst().orElseThrow();

        test(search()).setValue(distractor.text());
        assertThat(rows()).contains(withOption);

        Question explained = bank.stream().filter(q -> q.explanation().length() > 40).findFirst().orElseThrow();
        String phrase = explained.explanation().substring(0, 30);
        test(search()).setValue(phrase);
        assertThat(rows()).contains(explained)
                .allSatisfy(q -> assertThat(BankFilters.searchable(q)).contains(AnswerText.normalise(phrase)));
        assertThat(BankFilters.searchable(explained)).contains(AnswerText.normalise(explained.stem()),
                AnswerText.normalise(explained.explanation()));
    }

    @Test
    void columnsSortByDifficultyAndTheStatisticsColumnsAreSortable() {
        navigate(BankView.class);
        var tester = test(grid());
        for (String column : List.of("difficulty", "attempts", "facility", "discrimination", "stem")) {
            assertThat(tester.isColumnSortable(column)).as(column).isTrue();
        }

        tester.sortByColumn("difficulty", SortDirection.DESCENDING);

        List<Double> difficulties = rows().stream().map(Question::difficulty).toList();
        assertThat(difficulties).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(tester.getCellText(0, tester.getColumnPosition("difficulty")))
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", difficulties.getFirst()));

        areas().setValue(Set.of(Area.MEMBERS)); // a new filter keeps the sort
        assertThat(rows().stream().map(Question::difficulty).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aClickedQuestionIsPreviewedBesideTheGridWithItsKeyExplanationAndSource() {
        BankView view = navigate(BankView.class);
        Question first = rows().getFirst();

        test(grid()).clickRow(0);

        assertThat(view.previewed()).contains(first);
        QuestionPreview preview = $(QuestionPreview.class).single();
        assertThat(preview.getParent().flatMap(p -> p.getParent())).containsInstanceOf(SplitLayout.class);
        String text = preview.getElement().getTextRecursively();
        assertThat(text).contains(first.stem(), AnswerKeys.describe(first), first.explanation(),
                first.sources().getFirst().quote());
        assertThat(grid().getSelectedItems()).as("a click previews, it does not tick").isEmpty();
    }

    @Test
    void thePreviewGoesBelowTheGridOnANarrowWindow() {
        BankView view = navigate(BankView.class);

        view.fitTo(390);
        assertThat(view.previewPlacement()).isEqualTo(SplitLayout.Orientation.VERTICAL);
        view.fitTo(1280);
        assertThat(view.previewPlacement()).isEqualTo(SplitLayout.Orientation.HORIZONTAL);
    }

    @Test
    void downloadsWhatIsShownOrASampleOfItNamedAfterThePaperTitle() throws Exception {
        BankView view = navigate(BankView.class);
        areas().setValue(Set.of(Area.DATES));
        List<Question> shown = rows();

        BankExport.DownloadFile file = view.downloadFile().orElseThrow();
        assertThat(file.fileName()).isEqualTo("csto-quiz-paper.json");
        QuestionSet all = new JsonImporter().read(new String(file.bytes().get(), StandardCharsets.UTF_8));
        assertThat(all.questions()).extracting(Question::id).containsExactlyElementsOf(shown.stream().map(Question::id).toList());
        assertThat(view.exportReport()).isEqualTo(shown.size() + " of " + shown.size() + " questions will be written in json.");

        IntegerField howMany = $(IntegerField.class).withCaption("How many").single();
        test(howMany).setValue(5);
        QuestionSet sample = new JsonImporter().read(new String(view.downloadFile().orElseThrow().bytes().get(), StandardCharsets.UTF_8));
        assertThat(sample.questions()).hasSize(5);
        assertThat(shown).containsAll(sample.questions());

        test(howMany).setValue(shown.size() + 1);
        assertThat(howMany.isInvalid()).isTrue();
        assertThat(howMany.getErrorMessage()).isEqualTo("Only " + shown.size() + " questions are shown");
        assertThat($(Anchor.class).withText("Download").single().isEnabled()).isFalse();
        assertThat(view.downloadFile()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aikenSaysWhatItWritesAndOffersNoFileWhenItCanWriteNothing() {
        BankView view = navigate(BankView.class);
        areas().setValue(Set.of(Area.DATES));
        List<Question> shown = rows();
        long singleAnswer = shown.stream().filter(q -> q.body() instanceof org.cstoquiz.engine.question.SingleAnswerBody).count();
        test($(Select.class).withCaption("Format").single()).selectItem("aiken");

        assertThat(view.exportReport()).startsWith(singleAnswer + " of " + shown.size() + " questions will be written in aiken; "
                + (shown.size() - singleAnswer) + " left out: ").contains("Aiken has only single-answer multiple choice, not true_false");
        assertThat(view.downloadFile()).isPresent();

        MultiSelectComboBox<QuestionType> types = $(MultiSelectComboBox.class).withCaption("Types").single();
        types.setValue(Set.of(QuestionType.TRUE_FALSE));

        assertThat(view.exportReport()).startsWith("Nothing to download: none of the " + rows().size()
                + " questions can be written in aiken (" + rows().size() + " Aiken has only single-answer multiple choice, not true_false)");
        assertThat($(Anchor.class).withText("Download").single().isEnabled()).isFalse();
        assertThat(view.downloadFile()).isEmpty();
    }

    @Test
    void theTickedQuestionsIdsAreListedInPaperOrderToGiveThePaperToAClass() {
        navigate(BankView.class);
        assertThat($(TextArea.class).withCaption("Question ids of the paper").exists()).as("nothing ticked").isFalse();
        List<Question> ticked = List.of(rows().get(7), rows().get(2));
        ticked.forEach(grid()::select);
        TextArea ids = $(TextArea.class).withCaption("Question ids of the paper").single();
        assertThat(ids.getValue().split("\n")).containsExactly(rows().get(2).id(), rows().get(7).id());
        assertThat(ids.getHelperText()).contains("Classes");
    }

    @Test
    void tickedQuestionsMakeAPaperWhoseVariantsComeAsOneZipWithAFileAndAKeyEach() throws Exception {
        BankView view = navigate(BankView.class);
        List<Question> ticked = List.of(rows().get(0), rows().get(3), rows().get(7));
        ticked.forEach(grid()::select);
        Area other = java.util.Arrays.stream(Area.values()).filter(a -> a != ticked.getFirst().area()).findFirst().orElseThrow();
        areas().setValue(Set.of(other)); // ticks survive a change of filter
        assertThat($(Span.class).withText("3 ticked questions make the paper").exists()).isTrue();

        test($(TextField.class).withCaption("Paper title").single()).setValue("Mock exam, week 3");
        test($(IntegerField.class).withCaption("Variants").single()).setValue(3);
        BankExport.DownloadFile file = view.downloadFile().orElseThrow();

        assertThat(file.fileName()).isEqualTo("mock-exam-week-3-variants.zip");
        Map<String, byte[]> entries = unzip(file.bytes().get());
        assertThat(entries.keySet()).containsExactly("mock-exam-week-3-A-key.txt", "mock-exam-week-3-A.json",
                "mock-exam-week-3-B-key.txt", "mock-exam-week-3-B.json", "mock-exam-week-3-C-key.txt",
                "mock-exam-week-3-C.json");
        for (String label : List.of("A", "B", "C")) {
            QuestionSet variant = new JsonImporter().read(new String(entries.get("mock-exam-week-3-" + label + ".json"),
                    StandardCharsets.UTF_8));
            assertThat(variant.questions()).extracting(Question::id)
                    .containsExactlyInAnyOrderElementsOf(ticked.stream().map(Question::id).toList());
            String key = new String(entries.get("mock-exam-week-3-" + label + "-key.txt"), StandardCharsets.UTF_8);
            assertThat(key).startsWith("Mock exam, week 3 — variant " + label + " — answer key");
            for (int i = 0; i < 3; i++) {
                assertThat(key).contains((i + 1) + ". " + AnswerKeys.describe(variant.questions().get(i)));
            }
        }

        test($(Select.class).withCaption("Format").single()).selectItem("pdf");
        assertThat(unzip(view.downloadFile().orElseThrow().bytes().get()).keySet()).containsExactly(
                "mock-exam-week-3-A-key.pdf", "mock-exam-week-3-A-paper.pdf", "mock-exam-week-3-B-key.pdf",
                "mock-exam-week-3-B-paper.pdf", "mock-exam-week-3-C-key.pdf", "mock-exam-week-3-C-paper.pdf");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void learnersCannotOpenTheBank() {
        assertThatThrownBy(() -> navigate(BankView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
