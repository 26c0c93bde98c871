package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.engine.export.PdfReader.squeezed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());
    static final PdfExporter PDF = new PdfExporter();

    @Test
    void the_download_is_a_zip_with_the_paper_and_the_key() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDF.write(SET, out);
        Map<String, byte[]> files = QtiReader.unzip(out.toByteArray());
        assertThat(files.keySet()).containsExactly("csto-42-paper.pdf", "csto-42-key.pdf");
        assertThat(files.get("csto-42-paper.pdf")).isEqualTo(PDF.paper(SET));
        assertThat(files.get("csto-42-key.pdf")).isEqualTo(PDF.answerKey(SET));
        assertThat(new String(files.get("csto-42-paper.pdf"), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void every_stem_and_option_is_on_the_paper_in_order_with_numbers() throws IOException {
        String text = squeezed(PdfReader.text(PDF.paper(SET)));
        int from = 0;
        for (int i = 0; i < SET.questions().size(); i++) {
            Question question = SET.questions().get(i);
            String numbered = squeezed((i + 1) + ". " + question.stem());
            int at = text.indexOf(numbered, from);
            assertThat(at).as("question %d: %s", i + 1, question.stem()).isGreaterThanOrEqualTo(from);
            from = at + numbered.length();
            for (int c = 0; c < question.choices().size(); c++) {
                String option = squeezed(QtiItem.choiceIdentifier(c) + ". " + question.choices().get(c).text());
                int optionAt = text.indexOf(option, from);
                assertThat(optionAt).as("option %s of question %d", option, i + 1).isGreaterThanOrEqualTo(from);
                from = optionAt + option.length();
            }
        }
    }

    @Test
    void the_paper_does_not_give_the_answers_away() throws IOException {
        String paper = squeezed(PdfReader.text(PDF.paper(SET)));
        for (Question question : SET.questions()) {
            assertThat(paper).doesNotContain(squeezed(question.explanation()));
        }
        assertThat(paper).doesNotContain("Kishinev");
    }

    @Test
    void the_key_has_every_number_its_answer_and_explanation() throws IOException {
        String key = squeezed(PdfReader.text(PDF.answerKey(SET)));
        for (int i = 0; i < SET.questions().size(); i++) {
            Question question = SET.questions().get(i);
            assertThat(key).contains(squeezed((i + 1) + ". " + AnswerKeys.describe(question)) + squeezed(question.explanation()));
        }
        assertThat(key).contains("1.B.1992", "3.True", "4.2002", "5.Chișinău(alsoaccepted:Kishinev)",
                "7.1.CollectiveSecurityTreaty→A.Tashkent;2.CSTOCharter→B.Chișinău");
    }

    @Test
    void every_page_shows_the_title_the_variant_and_its_number() throws IOException {
        List<Question> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(Question.builder().area(Area.DATES).stem("Question number " + i + " about the Collective Security Treaty "
                            + "and its long, long history, told at length so that the stem wraps onto several lines. ".repeat(3))
                    .body(SingleChoice.of("Yes " + i, List.of("Yes " + i, "No " + i, "Maybe " + i))).build());
        }
        QuestionSet set = new QuestionSet("csto", 7, many);
        PdfExporter exporter = PdfExporter.forVariant("Mid-term test", "B");
        List<String> pages = PdfReader.pages(exporter.paper(set));
        assertThat(pages.size()).isGreaterThan(3);
        for (int n = 0; n < pages.size(); n++) {
            assertThat(pages.get(n)).contains("Mid-term test", "Variant B", "Page " + (n + 1) + " of " + pages.size());
        }
        String all = squeezed(String.join("", pages));
        many.forEach(q -> assertThat(all).contains(squeezed(q.stem())));
        assertThat(PdfReader.pages(exporter.answerKey(set)).getFirst()).contains("Variant B", "answer key");
    }

    @Test
    void non_latin_scripts_print_with_the_embedded_font() throws IOException {
        Question question = Question.builder().area(Area.MEMBERS)
                .stem("Организация Договора о коллективной безопасности; Հայաստան; საქართველო; Ελλάδα; Қазақстан?")
                .body(SingleChoice.of("Москва", List.of("Москва", "Ереван", "Астана"))).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(question));
        byte[] pdf = PDF.paper(set);
        assertThat(PDF.embedsFont()).as("the bundled font is used").isTrue();
        assertThat(PdfReader.allFontsEmbedded(pdf)).isTrue();
        assertThat(squeezed(PdfReader.text(pdf))).contains(squeezed(question.stem()), "A.Москва", "B.Ереван");
    }

    @Test
    void every_character_drawn_has_a_glyph_with_an_outline_in_the_embedded_font() throws IOException {
        Question question = Question.builder().area(Area.MEMBERS)
                .stem("Организация Договора о коллективной безопасности; Հայաստան; საქართველო; Қазақстан; 1992–2002 → ОДКБ")
                .body(SingleChoice.of("Ереван", List.of("Ереван", "Тбилиси", "Բիշքեկ"))).build();
        List<Question> questions = new ArrayList<>(SET.questions());
        questions.add(question);
        QuestionSet set = new QuestionSet("csto", 3, questions);
        for (byte[] pdf : List.of(PDF.paper(set), PDF.answerKey(set))) {
            List<PdfReader.Drawn> drawn = PdfReader.drawn(pdf);
            assertThat(drawn).hasSizeGreaterThan(500);
            assertThat(drawn).allSatisfy(character -> {
                assertThat(character.hasGlyph()).as("a glyph for %s", character.unicode()).isTrue();
                if (!character.unicode().isBlank()) {
                    assertThat(character.hasOutline()).as("an outline for %s", character.unicode()).isTrue();
                }
            });
        }
        assertThat(PdfReader.drawn(PDF.paper(set)).stream().map(PdfReader.Drawn::unicode))
                .contains("Д", "Հ", "ქ", "Қ", "→", "–", "Բ");
    }

    @Test
    void text_in_a_subset_of_many_glyphs_reads_back_whole() throws IOException {
        // more than a hundred glyphs: among their ids are the bytes of "(", ")", "\\", CR and LF
        String latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ()[]{}\\/|!?.,;:'\"-+*=<>#%&@$_~^";
        String cyrillic = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        Question question = Question.builder().area(Area.MEMBERS).stem(latin + " " + cyrillic)
                .body(SingleChoice.of(cyrillic, List.of(cyrillic, latin))).build();
        byte[] pdf = PDF.paper(new QuestionSet("csto", 1, List.of(question)));
        assertThat(PdfReader.glyphCounts(pdf).values()).anyMatch(count -> count > 140);
        String text = squeezed(PdfReader.text(pdf));
        assertThat(text).contains(squeezed("1. " + latin + " " + cyrillic), squeezed("A. " + cyrillic), squeezed("B. " + latin));
    }

    @Test
    void a_document_embeds_only_the_glyphs_it_shows() throws IOException {
        Map<String, Integer> glyphs = PdfReader.glyphCounts(PDF.paper(SET));
        assertThat(glyphs).hasSize(2);
        assertThat(glyphs.keySet()).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), "a tagged subset of DejaVu Sans");
        // the bundled face has 6,253 glyphs: the paper needs letters, digits and a few signs
        assertThat(glyphs.values()).allMatch(count -> count > 20 && count < 150, "a subset's glyph count");
    }

    @Test
    void characters_beyond_the_basic_plane_print_too() throws IOException {
        Question question = Question.builder().area(Area.MEMBERS).stem("Is 𝔸 the set of the member states, Москва?")
                .body(SingleChoice.of("𝔸 and 𐌀", List.of("𝔸 and 𐌀", "Ереван"))).build();
        byte[] pdf = PDF.paper(new QuestionSet("csto", 1, List.of(question)));
        assertThat(PdfReader.allFontsEmbedded(pdf)).isTrue();
        assertThat(squeezed(PdfReader.text(pdf))).contains(squeezed(question.stem()), "A.𝔸and𐌀", "B.Ереван");
        assertThat(PdfReader.drawn(pdf)).allMatch(PdfReader.Drawn::hasGlyph, "a glyph for every character");
    }

    @Test
    void the_same_set_gives_the_same_bytes_whatever_was_printed_before() throws IOException {
        byte[] alone = PDF.paper(SET);
        Question other = Question.builder().area(Area.MEMBERS).stem("Հայաստան, საქართველო, Қазақстан, Ελλάδα?")
                .body(SingleChoice.of("Ереван", List.of("Ереван", "Минск"))).build();
        try (PdfTypeface typeface = PDF.typeface()) {
            PdfExporter.forVariant("Other", "Q").paper(new QuestionSet("csto", 9, List.of(other)), typeface);
            PDF.answerKey(SET, typeface);
            assertThat(PDF.paper(SET, typeface)).isEqualTo(alone);
        }
        assertThat(PDF.paper(SET)).isEqualTo(alone);
    }

    @Test
    void without_a_truetype_font_unsupported_characters_become_question_marks() throws IOException {
        Question question = Question.builder().area(Area.MEMBERS).stem("Déjà vu: Москва 漢字 & <b>x</b> \"q\"")
                .body(SingleChoice.of("Ереван", List.of("Ереван", "Paris"))).build();
        String text = PdfReader.text(new PdfExporter().withStandardFont().paper(new QuestionSet("csto", 1, List.of(question))));
        assertThat(text).contains("Déjà vu: ?????? ?? & <b>x</b> \"q\"", "A. ??????", "B. Paris");
    }

    @Test
    void glyphs_the_font_lacks_become_question_marks_too() throws IOException {
        Question question = Question.builder().area(Area.MEMBERS).stem("Tab\there, bell\u0007 and 漢字?")
                .body(SingleChoice.of("a", List.of("a", "b"))).build();
        String text = PdfReader.text(PDF.paper(new QuestionSet("csto", 1, List.of(question))));
        assertThat(text).contains("Tab here, bell and ???");
    }

    @Test
    void types_without_options_leave_room_to_answer() throws IOException {
        String text = PdfReader.text(PDF.paper(SET));
        assertThat(text).contains("( ) True", "Answer: ____", "Order (letters):", "Matches: 1 → ____");
        assertThat(squeezed(text)).contains(squeezed("1. Collective Security Treaty"), squeezed("C. Minsk"));
    }

    @Test
    void choices_beyond_z_get_numbered_labels() {
        assertThat(QtiItem.choiceIdentifier(25)).isEqualTo("Z");
        assertThat(QtiItem.choiceIdentifier(26)).isEqualTo("C27");
        assertThat(Choice.letter(0)).isEqualTo("A");
    }
}
