package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every GIFT export is parsed back with gift-pegjs (through Node); skipped with a reason where Node or npm is missing. */
class GiftExportTest {

    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());

    @BeforeAll
    static void needsNode() {
        GiftPegjs.unavailableReason().ifPresent(reason -> MissingTool.skipOrFail("GIFT parser unavailable: " + reason));
    }

    static String export(QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GiftExporter().write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void assertMeaningSurvives(QuestionSet set) throws IOException {
        String gift = export(set);
        List<JsonNode> parsed = GiftReader.questions(gift);
        assertThat(parsed).hasSameSizeAs(set.questions());
        Map<String, JsonNode> byTitle = parsed.stream().collect(Collectors.toMap(q -> q.get("title").asString(), Function.identity()));
        for (Question question : set.questions()) {
            JsonNode read = byTitle.get(question.id());
            assertThat(read).as("question titled %s", question.id()).isNotNull();
            assertThat(GiftReader.meaning(read, question.type())).as(question.type().toString())
                    .isEqualTo(GiftReader.expected(question));
            String feedback = read.get("globalFeedback").isNull() ? "" : GiftReader.html(read.get("globalFeedback"));
            assertThat(feedback).isEqualTo(question.explanation());
        }
    }

    @Test
    void every_type_parses_back_with_the_same_count_stems_and_keys() throws IOException {
        assertMeaningSurvives(SET);
    }

    @Test
    void ids_go_to_the_title_and_the_id_comment() throws IOException {
        for (JsonNode question : GiftReader.questions(export(SET))) {
            assertThat(question.get("id").asString()).isEqualTo(question.get("title").asString());
        }
    }

    @Test
    void each_area_gets_a_category() throws IOException {
        List<String> areas = SET.questions().stream().map(Question::area).distinct().sorted()
                .map(area -> "$course$/CSTO/" + area.key()).toList();
        assertThat(GiftReader.categories(export(SET))).isEqualTo(areas);
    }

    @Test
    void gift_special_characters_and_markup_are_escaped() throws IOException {
        String nasty = "a~b=c#d{e}f:g\\h \\n <b>bold</b> & \"q\" -> '' // [id:x] $CATEGORY: ::t:: ####";
        Question single = Question.builder().area(Area.DATES).id("q:1").stem(nasty + "?\n\nNew paragraph")
                .body(SingleChoice.of("%50% " + nasty, List.of("%50% " + nasty, "[html]" + nasty, "=x", "~y")))
                .explanation("# " + nasty).build();
        Question multiple = Question.builder().area(Area.DATES).stem("Which {of} these?")
                .body(MultipleResponse.of(List.of("=a", "#b"), List.of("=a", "#b", "~c", "{d}"))).build();
        Question shortAnswer = Question.builder().area(Area.DATES).stem("Type it")
                .body(ShortAnswer.accepting("[plain] a*b {c}", "%x~y=z")).build();
        Question matching = Question.builder().area(Area.DATES).stem("Match")
                .body(new Matching(Prompt.numbered("x -> y", "<b>p</b> = q"), Choice.lettered("r -> s", "t:u", "v#w"),
                        Map.of("1", "A", "2", "B"))).build();
        assertMeaningSurvives(new QuestionSet("csto", 1, List.of(single, multiple, shortAnswer, matching)));
        String gift = export(new QuestionSet("csto", 1, List.of(single)));
        assertThat(gift).contains("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h").doesNotContain("<b>");
    }

    @Test
    void short_answer_variants_with_an_arrow_are_left_out_and_reported() throws IOException {
        Question some = Question.builder().area(Area.DATES).stem("Direction?").body(ShortAnswer.accepting("a -> b", "a to b")).build();
        Question none = Question.builder().area(Area.DATES).stem("Arrow?").body(ShortAnswer.accepting("x->y", "=>-> z")).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(some, none));
        GiftExporter exporter = new GiftExporter();
        assertThat(exporter.skipped(set)).extracting(Skipped::questionId).containsExactly(none.id());
        List<JsonNode> parsed = GiftReader.questions(export(set));
        assertThat(parsed).hasSize(1);
        assertThat(GiftReader.meaning(parsed.getFirst(), some.type()).key()).containsExactly("a to b");
    }

    @Test
    void a_set_whose_every_question_is_left_out_exports_an_empty_file() throws IOException {
        Question none = Question.builder().area(Area.DATES).stem("Arrow?").body(ShortAnswer.accepting("x->y")).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(none));
        assertThat(new GiftExporter().skipped(set)).extracting(Skipped::questionId).containsExactly(none.id());
        assertThat(export(set)).isEmpty();
    }

    @Test
    void a_question_is_one_block_without_blank_lines() throws IOException {
        String gift = export(SET);
        List<String> blocks = List.of(gift.strip().split("\n\n"));
        long categories = blocks.stream().filter(b -> b.startsWith("$CATEGORY:")).count();
        assertThat(blocks.size() - categories).isEqualTo(SET.questions().size());
    }

    @Test
    void multiple_response_weights_sum_to_100() throws IOException {
        JsonNode read = GiftReader.questions(export(new QuestionSet("csto", 1, List.of(SampleQuestions.multipleResponse())))).getFirst();
        double positive = 0;
        double negative = 0;
        for (JsonNode choice : read.get("choices").values()) {
            double weight = choice.get("weight").doubleValue();
            positive += Math.max(0, weight);
            negative += Math.min(0, weight);
        }
        assertThat(positive).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(negative).isCloseTo(-100, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void a_matching_answer_moodle_cannot_store_leaves_its_question_out_with_the_reason() throws IOException {
        Question tooLong = Question.builder().area(Area.ORGANS).stem("Match each body to its seat")
                .body(new Matching(Prompt.numbered("Council", "Secretariat"),
                        Choice.lettered("Ж".repeat(256), "Moscow"), java.util.Map.of("1", "A", "2", "B"))).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(SampleQuestions.singleChoice(), tooLong));
        GiftExporter exporter = new GiftExporter();

        assertThat(exporter.skipped(set)).extracting(Skipped::questionId).containsExactly(tooLong.id());
        assertThat(exporter.skipped(set).getFirst().detail()).startsWith("256 characters");
        String gift = export(set);
        assertThat(gift).doesNotContain("ЖЖЖ");
        assertThat(GiftReader.questions(gift)).hasSize(1);
    }

    @Test
    void ampersands_and_angle_brackets_in_every_html_text_are_escaped() throws IOException {
        String text = "R&D < 5 > 3 && <b>bold</b> &amp; &lt;";
        Question question = Question.builder().area(Area.DATES).stem(text + " stem")
                .body(SingleChoice.of(text + " A", List.of(text + " A", "plain B"))).explanation(text + " why").build();
        Question matching = Question.builder().area(Area.ORGANS).stem(text + " match")
                .body(new Matching(Prompt.numbered(text + " left", "other left"),
                        Choice.lettered("R&D <right>", "other"), java.util.Map.of("1", "A", "2", "B"))).build();
        QuestionSet set = new QuestionSet("csto", 1, List.of(question, matching));

        String gift = export(set);

        assertThat(gift).contains("R&amp;D &lt; 5 &gt; 3 &amp;&amp; &lt;b&gt;bold&lt;/b&gt; &amp;amp; &amp;lt;")
                .doesNotContain("<b>");
        // the right-hand side of a match is plain text in Moodle: written as it is
        assertThat(gift).contains("-> R&D <right>");
        assertMeaningSurvives(set);
    }
}
