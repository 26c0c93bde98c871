package org.cstoquiz.app.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.AnswerText;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
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

    @Test
    void showsTheWholeBankAndFiltersByAreaAndText() {
        navigate(BankView.class);
        int whole = service.bank(42).size();
        assertThat(count()).isEqualTo(whole + " questions");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Area> areas = $(MultiSelectComboBox.class).withCaption("Areas").single();
        areas.setValue(Set.of(Area.DATES));
        assertThat(rows()).isNotEmpty().allSatisfy(q -> assertThat(q.area()).isEqualTo(Area.DATES));

        Question some = rows().get(rows().size() / 2);
        String word = java.util.Arrays.stream(some.stem().split("[^\\p{L}]+"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        test($(TextField.class).withCaption("Search").single()).setValue(word.toUpperCase());
        assertThat(rows()).contains(some).allSatisfy(q ->
                assertThat(AnswerText.normalise(q.stem())).contains(AnswerText.normalise(word)));
        assertThat(count()).isEqualTo(rows().size() + (rows().size() == 1 ? " question" : " questions"));
    }

    @Test
    void anotherPackIsChosenAndItsBankShown() {
        navigate(BankView.class);
        @SuppressWarnings("unchecked")
        Select<PackInfo> pack = $(Select.class).withCaption("Pack").single();
        assertThat(pack.getValue().id()).isEqualTo("csto");
        PackInfo other = service.packs().stream().filter(p -> p.id().equals("nordic")).findFirst().orElseThrow();

        pack.setValue(other);

        List<Question> expected = service.bank("nordic", 42).questions();
        assertThat(expected).isNotEmpty();
        assertThat(rows()).containsExactlyElementsOf(expected);
        assertThat(count()).isEqualTo(expected.size() + (expected.size() == 1 ? " question" : " questions"));
    }

    @Test
    void aSelectedQuestionIsPreviewedWithItsKeyExplanationAndSource() {
        navigate(BankView.class);
        Question first = rows().getFirst();

        test(grid()).clickRow(0);

        assertThat(grid().isDetailsVisible(first)).isTrue();
        QuestionPreview preview = $(QuestionPreview.class).single();
        String text = preview.getElement().getTextRecursively();
        assertThat(text).contains(first.stem(), AnswerKeys.describe(first), first.explanation(),
                first.sources().getFirst().quote());
    }

    @Test
    void downloadsWhatIsShownOrASampleOfIt() throws Exception {
        BankView view = navigate(BankView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Area> areas = $(MultiSelectComboBox.class).withCaption("Areas").single();
        areas.setValue(Set.of(Area.DATES));
        List<Question> shown = rows();

        QuestionSet all = new JsonImporter().read(new String(
                view.downloadFile().bytes().get(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(all.questions()).extracting(Question::id).containsExactlyElementsOf(shown.stream().map(Question::id).toList());

        IntegerField howMany = $(IntegerField.class).withCaption("How many").single();
        test(howMany).setValue(5);
        QuestionSet sample = new JsonImporter().read(new String(
                view.downloadFile().bytes().get(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sample.questions()).hasSize(5);
        assertThat(shown).containsAll(sample.questions());

        test(howMany).setValue(shown.size() + 1);
        assertThat(howMany.isInvalid()).isTrue();
        assertThat(howMany.getErrorMessage()).isEqualTo("Only " + shown.size() + " questions are shown");
        assertThat($(Anchor.class).withText("Download").single().isEnabled()).isFalse();
    }

    @Test
    void tickedQuestionsMakeAPaperWhoseVariantsComeAsAZipWithKeys() throws Exception {
        BankView view = navigate(BankView.class);
        List<Question> ticked = List.of(rows().get(0), rows().get(3), rows().get(7));
        ticked.forEach(grid()::select);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Area> areas = $(MultiSelectComboBox.class).withCaption("Areas").single();
        Area other = java.util.Arrays.stream(Area.values()).filter(a -> a != ticked.getFirst().area()).findFirst().orElseThrow();
        areas.setValue(Set.of(other)); // ticks survive a change of filter
        assertThat($(Span.class).withText("3 ticked questions make the paper").exists()).isTrue();

        test($(TextField.class).withCaption("Paper title").single()).setValue("Mock exam, week 3");
        test($(IntegerField.class).withCaption("Variants").single()).setValue(3);
        BankView.DownloadFile file = view.downloadFile();

        assertThat(file.fileName()).isEqualTo("mock-exam-week-3-variants.zip");
        java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(file.bytes().get()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("mock-exam-week-3-A-key.txt", "mock-exam-week-3-A.json",
                "mock-exam-week-3-B-key.txt", "mock-exam-week-3-B.json", "mock-exam-week-3-C-key.txt",
                "mock-exam-week-3-C.json");
        for (String label : List.of("A", "B", "C")) {
            QuestionSet variant = new JsonImporter().read(new String(entries.get("mock-exam-week-3-" + label + ".json"),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(variant.questions()).extracting(Question::id)
                    .containsExactlyInAnyOrderElementsOf(ticked.stream().map(Question::id).toList());
            String key = new String(entries.get("mock-exam-week-3-" + label + "-key.txt"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(key).startsWith("Mock exam, week 3 — variant " + label + " — answer key");
            for (int i = 0; i < 3; i++) {
                assertThat(key).contains((i + 1) + ". " + AnswerKeys.describe(variant.questions().get(i)));
            }
        }
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void learnersCannotOpenTheBank() {
        assertThatThrownBy(() -> navigate(BankView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
