package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.validation.Schema;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.MoodleXmlReader.Answer;
import org.cstoquiz.engine.export.MoodleXmlReader.MoodleQuestion;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MoodleXmlExportTest {

    static final Path XSD = Path.of("src/test/resources/moodle/moodle-xml-subset.xsd");
    static final Schema SCHEMA = XmlSupport.schema(XSD, Map.of());
    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());

    static String export(QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MoodleXmlExporter().write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Schema-valid, and every question's type attribute agrees with what follows it. */
    static void assertValid(String xml) {
        assertThat(XmlSupport.errors(SCHEMA, xml.getBytes(StandardCharsets.UTF_8), Map.of())).isEmpty();
        Map<String, String> firstTypeElement = Map.of("category", "category", "multichoice", "single",
                "truefalse", "answer", "numerical", "unitgradingtype", "shortanswer", "usecase", "matching", "shuffleanswers");
        for (Element question : XmlSupport.children(XmlSupport.parse(xml).getDocumentElement(), "question")) {
            String type = question.getAttribute("type");
            List<Element> parts = XmlSupport.children(question);
            String first = type.equals("category") ? parts.getFirst().getTagName() : parts.get(7).getTagName();
            assertThat(first).as("first type-specific element of a %s question", type).isEqualTo(firstTypeElement.get(type));
            boolean hasTolerance = parts.stream().anyMatch(p -> !XmlSupport.children(p, "tolerance").isEmpty());
            assertThat(hasTolerance).as("tolerance in a %s question", type).isEqualTo(type.equals("numerical"));
        }
    }

    static Map<String, MoodleQuestion> byId(String xml) {
        return MoodleXmlReader.read(xml).stream().collect(Collectors.toMap(MoodleQuestion::idnumber, Function.identity()));
    }

    @Test
    void every_type_validates_against_the_schema() throws IOException {
        assertValid(export(SET));
    }

    @Test
    void the_schema_rejects_what_moodle_would_not_read() {
        String bad = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz><question type="multichoice"><name><text>x</text></name></question></quiz>
                """.strip();
        assertThat(XmlSupport.errors(SCHEMA, bad.getBytes(StandardCharsets.UTF_8), Map.of())).isNotEmpty();
    }

    @Test
    void each_area_has_a_category_and_its_questions_follow_it() throws IOException {
        String xml = export(SET);
        List<MoodleQuestion> questions = MoodleXmlReader.read(xml);
        assertThat(questions).hasSize(SET.questions().size());
        Map<String, Question> original = SET.questions().stream().collect(Collectors.toMap(Question::id, q -> q));
        for (MoodleQuestion question : questions) {
            assertThat(question.category())
                    .isEqualTo("$course$/CSTO/" + original.get(question.idnumber()).area().key());
        }
        Set<Area> areas = SET.questions().stream().map(Question::area).collect(Collectors.toSet());
        long categories = XmlSupport.children(XmlSupport.parse(xml).getDocumentElement(), "question").stream()
                .filter(q -> q.getAttribute("type").equals("category")).count();
        assertThat(categories).isEqualTo(areas.size());
    }

    @Test
    void each_type_maps_to_the_documented_moodle_type() throws IOException {
        Map<String, MoodleQuestion> read = byId(export(SET));
        Map<QuestionType, String> expected = Map.of(QuestionType.SINGLE_CHOICE, "multichoice",
                QuestionType.MULTIPLE_RESPONSE, "multichoice", QuestionType.TRUE_FALSE, "truefalse",
                QuestionType.NUMERIC, "numerical", QuestionType.SHORT_ANSWER, "shortanswer",
                QuestionType.ORDERING, "matching", QuestionType.MATCHING, "matching",
                QuestionType.STATEMENTS, "multichoice", QuestionType.ASSERTION_REASON, "multichoice");
        for (Question question : SET.questions()) {
            MoodleQuestion moodle = read.get(question.id());
            assertThat(moodle.type()).as(question.type().toString()).isEqualTo(expected.get(question.type()));
            if (moodle.type().equals("multichoice")) {
                assertThat(moodle.option("single")).isEqualTo(String.valueOf(question.type() != QuestionType.MULTIPLE_RESPONSE));
                assertThat(moodle.option("shuffleanswers")).isEqualTo(String.valueOf(
                        question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_RESPONSE));
            }
        }
    }

    @Test
    void stems_options_and_keys_survive() throws IOException {
        Map<String, MoodleQuestion> read = byId(export(SET));
        for (Question question : SET.questions()) {
            MoodleQuestion moodle = read.get(question.id());
            assertThat(moodle.meaning(question.type())).as(question.type().toString()).isEqualTo(Meaning.of(question));
            assertThat(moodle.generalFeedback()).isEqualTo(question.explanation());
            assertThat(moodle.name()).isNotBlank().hasSizeLessThanOrEqualTo(80);
        }
    }

    @Test
    void single_answer_questions_have_one_answer_at_100_percent_and_the_rest_at_0() throws IOException {
        for (MoodleQuestion question : MoodleXmlReader.read(export(SET))) {
            if (question.type().equals("multichoice") && question.option("single").equals("true")) {
                assertThat(question.answers()).extracting(a -> a.fraction().stripTrailingZeros().toPlainString())
                        .containsOnly("100", "0")
                        .filteredOn("100"::equals).hasSize(1);
            }
        }
    }

    /** Moodle grades a multi-answer question as the sum of the marked answers' fractions, floored at 0. */
    @Test
    void multiple_response_fractions_grade_every_response_as_the_engine_does() throws IOException {
        for (int correct = 1; correct <= 7; correct++) {
            for (int wrong = 1; wrong <= 7; wrong++) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < correct + wrong; i++) {
                    texts.add("Option " + i);
                }
                Question question = Question.builder().area(Area.ORGANS).stem("Which?")
                        .body(MultipleResponse.of(texts.subList(0, correct), texts)).build();
                MoodleQuestion moodle = MoodleXmlReader.read(export(new QuestionSet("csto", 1, List.of(question)))).getFirst();
                List<Answer> answers = moodle.answers();
                double positive = answers.stream().filter(a -> a.fraction().signum() > 0)
                        .mapToDouble(a -> a.fraction().doubleValue()).sum();
                assertThat(Math.round(positive / 100 * 100) / 100.0).as("Moodle's own check: total rounded to 2 places")
                        .isEqualTo(1.0);
                int n = texts.size();
                for (int mask = 1; mask < (1 << Math.min(n, 10)); mask++) {
                    Set<String> marked = new TreeSet<>();
                    double moodleGrade = 0;
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << i)) != 0) {
                            marked.add(question.choices().get(i).id());
                            moodleGrade += answers.get(i).fraction().doubleValue() / 100;
                        }
                    }
                    double engine = question.grade(new Response.Selection(marked)).fraction();
                    assertThat(Math.max(0, moodleGrade)).isCloseTo(engine, within(1e-4));
                }
            }
        }
    }

    @Test
    void text_that_looks_like_markup_stays_text() throws IOException {
        String stem = "Is <b>this</b> & <![CDATA[that]]> ]]> \"quoted\" 'too' </text></question> bold?\r\nSecond line";
        Question question = Question.builder().area(Area.DATES).stem(stem)
                .body(SingleChoice.of("<i>yes</i> & more", List.of("<i>yes</i> & more", "&amp; no")))
                .explanation("<script>alert(1)</script>").build();
        String xml = export(new QuestionSet("csto", 1, List.of(question)));
        assertValid(xml);
        assertThat(xml).doesNotContain("<b>", "<i>", "<script>", "<![CDATA[");
        MoodleQuestion read = MoodleXmlReader.read(xml).getFirst();
        assertThat(read.questionText()).isEqualTo(question.stem());
        assertThat(read.meaning(QuestionType.SINGLE_CHOICE)).isEqualTo(Meaning.of(question));
        assertThat(read.generalFeedback()).isEqualTo("<script>alert(1)</script>");
        assertThat(XmlSupport.child(read.element(), "questiontext").getAttribute("format")).isEqualTo("plain_text");
    }

    @Test
    void characters_xml_cannot_carry_are_replaced_not_written() throws IOException {
        Question question = Question.builder().area(Area.DATES).stem("Bell\u0007 and NUL\u0000 and lone \uD800 surrogate?")
                .body(SingleChoice.of("Да", List.of("Да", "Нет"))).build();
        String xml = export(new QuestionSet("csto", 1, List.of(question)));
        assertValid(xml);
        assertThat(MoodleXmlReader.read(xml).getFirst().questionText())
                .isEqualTo("Bell\uFFFD and NUL\uFFFD and lone \uFFFD surrogate?");
    }

    @Test
    void short_answer_asterisks_are_literal_not_wildcards() throws IOException {
        Question question = Question.builder().area(Area.DATES).stem("Type the symbol")
                .body(ShortAnswer.accepting("A*B", "star * \\* done")).build();
        MoodleQuestion read = MoodleXmlReader.read(export(new QuestionSet("csto", 1, List.of(question)))).getFirst();
        assertThat(read.answers()).extracting(Answer::text).containsExactly("A\\*B", "star \\* \\\\* done");
        assertThat(read.option("usecase")).isEqualTo("0");
        assertThat(read.meaning(QuestionType.SHORT_ANSWER).key()).containsExactly("A*B", "star * \\* done");
    }

    @Test
    void matching_distractors_are_subquestions_without_text() throws IOException {
        MoodleQuestion matching = byId(export(SET)).get(SampleQuestions.matching().id());
        assertThat(matching.subquestions()).extracting(MoodleXmlReader.Subquestion::text)
                .containsExactly("Collective Security Treaty", "CSTO Charter", "");
        assertThat(matching.subquestions()).extracting(MoodleXmlReader.Subquestion::answer)
                .containsExactly("Tashkent", "Chișinău", "Minsk");
    }

    @Test
    void long_stems_get_short_names_and_ids_go_to_idnumber() throws IOException {
        Question question = Question.builder().area(Area.DATES).stem("Ж".repeat(200) + "\nsecond line")
                .body(SingleChoice.of("a", List.of("a", "b"))).build();
        MoodleQuestion read = MoodleXmlReader.read(export(new QuestionSet("csto", 1, List.of(question)))).getFirst();
        assertThat(read.name()).hasSize(80).endsWith("…");
        assertThat(read.idnumber()).isEqualTo(question.id());
        Set<String> seen = new HashSet<>();
        for (MoodleQuestion q : MoodleXmlReader.read(export(SET))) {
            assertThat(seen.add(q.idnumber())).isTrue();
        }
        assertThat(seen).isEqualTo(SET.questions().stream().map(Question::id).collect(Collectors.toSet()));
    }

    @Test
    void choices_keep_their_order_as_exported() throws IOException {
        for (MoodleQuestion q : MoodleXmlReader.read(export(SET))) {
            if (q.type().equals("multichoice")) {
                Question original = SET.questions().stream().filter(x -> x.id().equals(q.idnumber())).findFirst().orElseThrow();
                assertThat(q.answers()).extracting(Answer::text).isEqualTo(original.choices().stream().map(Choice::text).toList());
                assertThat(q.answers()).allSatisfy(a -> assertThat(a.fraction()).isBetween(BigDecimal.valueOf(-100), BigDecimal.valueOf(100)));
            }
        }
    }

    /** Moodle 4.5 on PostgreSQL stopped a whole-bank import at a matching answer of 374 characters. */
    @Test
    void questions_moodle_cannot_store_whole_are_left_out_and_reported_never_cut_short() throws IOException {
        String longAnswer = "A very long right-hand answer " + "x".repeat(344);
        Question tooLong = Question.builder().area(Area.ORGANS).stem("Match each body to its seat")
                .body(new org.cstoquiz.engine.question.Matching(
                        org.cstoquiz.engine.question.Prompt.numbered("Council", "Secretariat"),
                        Choice.lettered(longAnswer, "Moscow"), Map.of("1", "A", "2", "B"))).build();
        Question longId = Question.builder().id("q".repeat(101)).area(Area.DATES).stem("Which year?")
                .body(SingleChoice.of("1992", List.of("1992", "1993"))).build();
        String justFits = "y".repeat(255);
        Question fits = Question.builder().area(Area.ORGANS).stem("Match again")
                .body(new org.cstoquiz.engine.question.Matching(
                        org.cstoquiz.engine.question.Prompt.numbered("Council", "Secretariat"),
                        Choice.lettered(justFits, "Moscow"), Map.of("1", "A", "2", "B"))).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(SampleQuestions.singleChoice(), tooLong, longId, fits));
        MoodleXmlExporter exporter = new MoodleXmlExporter();

        String xml = export(set);

        assertValid(xml);
        assertThat(MoodleXmlReader.read(xml)).extracting(MoodleQuestion::idnumber)
                .containsExactlyInAnyOrder(SampleQuestions.singleChoice().id(), fits.id());
        assertThat(xml).doesNotContain("A very long").contains(justFits);
        assertThat(exporter.skipped(set)).extracting(Skipped::questionId).containsExactly(tooLong.id(), longId.id());
        assertThat(exporter.skipped(set).getFirst().explained())
                .isEqualTo("a matching answer is longer than 255 characters, the most Moodle stores "
                        + "(374 characters: “A very long right-hand answer xxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”)");
        assertThat(exporter.skipped(set).getLast().reason()).contains("id number");
        assertThat(exporter.report(set).summary()).isEqualTo("2 of 4 questions written in moodle-xml; 2 skipped: "
                + "1 a matching answer is longer than 255 characters, the most Moodle stores; "
                + "1 the question id is longer than 100 characters, the most Moodle stores as an id number");
    }
}
