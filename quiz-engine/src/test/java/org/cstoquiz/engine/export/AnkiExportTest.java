package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.AnkiReader.AnkiFile;
import org.cstoquiz.engine.export.AnkiReader.Note;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.Test;

class AnkiExportTest {

    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());

    static String export(QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnkiExporter().write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void assertRoundTrip(QuestionSet set) throws IOException {
        AnkiFile file = AnkiReader.read(export(set));
        assertThat(file.notes()).hasSameSizeAs(set.questions());
        for (int i = 0; i < set.questions().size(); i++) {
            Question question = set.questions().get(i);
            Note note = file.notes().get(i);
            assertThat(note.guid()).isEqualTo(question.id());
            assertThat(AnkiReader.meaning(note, question.type())).as(question.type().toString())
                    .isEqualTo(AnkiReader.expected(question));
            if (!question.explanation().isEmpty()) {
                assertThat(note.back()).endsWith("\n\n" + question.explanation());
            }
        }
    }

    @Test
    void the_headers_tell_anki_everything() throws IOException {
        AnkiFile file = AnkiReader.read(export(SET));
        assertThat(file.headers()).containsExactly(
                Map.entry("separator", "tab"),
                Map.entry("html", "false"),
                Map.entry("notetype", "Basic"),
                Map.entry("deck", "CSTO Quiz::csto"),
                Map.entry("columns", "GUID\tFront\tBack\tTags"),
                Map.entry("guid column", "1"),
                Map.entry("tags column", "4"));
    }

    @Test
    void every_type_reads_back_with_its_stem_options_and_key() throws IOException {
        assertRoundTrip(SET);
    }

    @Test
    void fronts_and_backs_look_like_flashcards() throws IOException {
        List<Note> notes = AnkiReader.read(export(SET)).notes();
        assertThat(notes.getFirst().front()).isEqualTo("""
                In which year was the Collective Security Treaty signed in Tashkent?

                A. 1991
                B. 1992
                C. 1994
                D. 2002""");
        assertThat(notes.getFirst().back()).isEqualTo("B. 1992\n\nThe Collective Security Treaty was signed in Tashkent on 15 May 1992.");
        assertThat(notes.get(2).front()).endsWith("\n\nTrue or false?");
        assertThat(notes.get(2).back()).startsWith("True\n\n");
        assertThat(notes.get(6).back()).startsWith("1. Collective Security Treaty → A. Tashkent\n2. CSTO Charter → B. Chișinău\n\n");
    }

    @Test
    void tags_carry_pack_area_type_and_facts() throws IOException {
        Note first = AnkiReader.read(export(SET)).notes().getFirst();
        assertThat(first.tags().split(" ")).containsExactly("csto", "area::dates", "type::single_choice", "fact::event.treaty-signed");
    }

    @Test
    void tabs_quotes_line_breaks_hashes_and_markup_are_data() throws IOException {
        Question single = Question.builder().area(Area.DATES).id("#not-a-header")
                .stem("#separator:comma\n\"Quoted\"\tand tabbed <b>bold</b> & more\n\nA. not an option line")
                .body(SingleChoice.of("\"yes\"\t<i>", List.of("\"yes\"\t<i>", "no\nreally")))
                .explanation("#html:true\n\n\"why\"").build();
        Question numeric = Question.builder().area(Area.FIGURES).stem("How many?").body(Numeric.within("-12.5", "0.25")).build();
        Question shortAnswer = Question.builder().area(Area.PEOPLE).stem("Who?").body(ShortAnswer.accepting("Токаев", "K.-J. \"Tokayev\"")).build();
        Question matching = Question.builder().area(Area.PEOPLE).stem("Match").body(new Matching(
                Prompt.numbered("x → y", "2. two"), Choice.lettered("A. a", "b → B. c"), Map.of("1", "B", "2", "A"))).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(single, numeric, shortAnswer, matching));
        assertRoundTrip(set);
        AnkiFile file = AnkiReader.read(export(set));
        assertThat(file.headers()).hasSize(7).containsEntry("html", "false").containsEntry("separator", "tab");
        assertThat(file.notes().getFirst().guid()).isEqualTo("#not-a-header");
    }
}
