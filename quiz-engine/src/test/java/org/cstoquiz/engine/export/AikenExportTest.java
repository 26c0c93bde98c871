package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.ExamFormats;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.Test;

class AikenExportTest {

    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());
    static final AikenExporter AIKEN = new AikenExporter();

    static String export(QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AIKEN.write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The meaning Aiken can carry: stem and options on one line each. */
    static Meaning expected(Question question) {
        Meaning meaning = Meaning.of(question);
        return new Meaning(AikenExporter.stemLine(meaning.stem()), meaning.options().stream().map(AikenExporter::oneLine).toList(),
                meaning.key().stream().map(AikenExporter::oneLine).toList());
    }

    static void assertRoundTrip(QuestionSet set) throws IOException {
        AikenReader.Result read = AikenReader.read(export(set));
        assertThat(read.errors()).isEmpty();
        List<Question> written = set.questions().stream().filter(q -> !AIKEN.skippedIds(set).contains(q.id())).toList();
        assertThat(read.questions()).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            assertThat(read.questions().get(i).meaning()).isEqualTo(expected(written.get(i)));
        }
    }

    @Test
    void single_answer_questions_read_back_and_the_rest_is_reported() throws IOException {
        assertRoundTrip(SET);
        List<String> expectedSkipped = SET.questions().stream()
                .filter(q -> !(q.body() instanceof SingleAnswerBody)).map(Question::id).toList();
        assertThat(AIKEN.skippedIds(SET)).isEqualTo(expectedSkipped);
        assertThat(AIKEN.skipped(SET)).extracting(Skipped::reason).allMatch(r -> r.startsWith("Aiken has only single-answer"));
        assertThat(AikenReader.read(export(SET)).questions()).hasSize(
                (int) SET.questions().stream().filter(q -> q.body() instanceof SingleAnswerBody).count());
    }

    @Test
    void the_file_has_only_stems_options_and_answers() throws IOException {
        String aiken = export(SET);
        for (String block : aiken.strip().split("\n\n")) {
            List<String> lines = block.lines().toList();
            assertThat(lines.getFirst()).doesNotMatch("^([A-Z][).]|ANSWER:).*");
            for (int i = 1; i < lines.size() - 1; i++) {
                assertThat(lines.get(i)).matches(Character.toString('A' + i - 1) + "\\. .+");
            }
            assertThat(lines.getLast()).matches("ANSWER: [A-Z]");
        }
        assertThat(aiken).contains("A. 1991\nB. 1992\nC. 1994\nD. 2002\nANSWER: B\n");
    }

    @Test
    void numbered_statements_on_the_stems_one_line_still_read_as_statements() throws IOException {
        Question statements = SampleQuestions.statements();
        AikenReader.AikenQuestion read = AikenReader.read(export(new QuestionSet("csto", 1, List.of(statements)))).questions().getFirst();
        assertThat(read.stem()).doesNotContain("\n")
                .contains("statements: (1) It was signed in Tashkent in 1992; (2) Uzbekistan")
                .endsWith(". " + ExamFormats.WHICH_QUESTION);
    }

    @Test
    void lines_of_a_stem_that_end_no_sentence_get_a_full_stop() {
        assertThat(AikenExporter.stemLine("Consider the following statements:\nAssertion (A): It was signed in 1992\n"
                + "Reason (R): It entered into force in 1994\nWhich one is correct?"))
                .isEqualTo("Consider the following statements: Assertion (A): It was signed in 1992. "
                        + "Reason (R): It entered into force in 1994. Which one is correct?");
        assertThat(AikenExporter.stemLine("How many years apart?\n1. Belarus signed.\n2. It entered into force\n"))
                .isEqualTo("How many years apart? (1) Belarus signed; (2) It entered into force.");
        assertThat(AikenExporter.stemLine("  One line only  ")).isEqualTo("One line only");
    }

    @Test
    void stems_moodle_would_misread_are_skipped_with_a_reason() throws IOException {
        List<Question> risky = List.of(
                stem("A. Lukashenko is the President of which member state?"),
                stem("B) Which one?"),
                stem("C.Which one?"),
                stem("ANSWER: which letter?"),
                stem("?"));
        Question fine = stem("a. lower-case letters are not option labels?");
        QuestionSet set = new QuestionSet("csto", 1, Stream.concat(Stream.of(fine), risky.stream()).toList());
        assertThat(AIKEN.skippedIds(set)).isEqualTo(risky.stream().map(Question::id).toList());
        assertThat(AIKEN.skipped(set).getLast().reason()).contains("two bytes");
        assertRoundTrip(set);
    }

    @Test
    void markup_and_special_characters_are_written_as_they_are() throws IOException {
        Question question = Question.builder().area(Area.DATES)
                .stem("Is <b>this</b> & ~ = # { } : \\ \"markup\"?\r\nЧто это? Ինչ է սա?")
                .body(SingleChoice.of("<i>Да</i>", List.of("<i>Да</i>", "Нет & no", "ANSWER: A"))).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(question));
        assertThat(AIKEN.skipped(set)).isEmpty();
        assertRoundTrip(set);
        assertThat(AikenReader.read(export(set)).questions().getFirst().stem())
                .isEqualTo("Is <b>this</b> & ~ = # { } : \\ \"markup\"? Что это? Ինչ է սա?");
    }

    @Test
    void a_set_with_nothing_to_write_is_reported_as_such() throws IOException {
        QuestionSet set = new QuestionSet("csto", 1, List.of(SampleQuestions.trueFalse(), SampleQuestions.numeric()));
        assertThat(export(set)).isEmpty();
        assertThat(AIKEN.skipped(set)).extracting(Skipped::questionId).containsExactly(
                SampleQuestions.trueFalse().id(), SampleQuestions.numeric().id());
        assertThat(AIKEN.skipped(set).getFirst().reason()).contains(QuestionType.TRUE_FALSE.jsonName());
        ExportReport report = AIKEN.report(set);
        assertThat(report.nothingWritten()).isTrue();
        assertThat(report.summary()).isEqualTo("0 of 2 questions written in aiken; 2 skipped: "
                + "1 Aiken has only single-answer multiple choice, not true_false; "
                + "1 Aiken has only single-answer multiple choice, not numeric");
    }

    private static Question stem(String stem) {
        return Question.builder().area(Area.PEOPLE).stem(stem).body(SingleChoice.of("yes", List.of("yes", "no"))).build();
    }
}
