package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SampleQuestions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the public JSON shape. The output is parsed with a plain, unconfigured JSON mapper into a
 * generic tree, and checked field by field, independently of {@link JsonImporter}.
 */
class JsonExportContractTest {

    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());

    static String export(QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode tree() throws IOException {
        return JsonMapper.builder().build().readTree(export(SET));
    }

    static Map<String, JsonNode> byType(JsonNode root) {
        Map<String, JsonNode> byType = new HashMap<>();
        root.get("questions").values().forEach(q -> byType.putIfAbsent(q.get("type").stringValue(), q));
        return byType;
    }

    @Test
    void the_top_level_has_pack_seed_and_questions_in_that_order() throws IOException {
        JsonNode root = tree();
        assertThat(root.propertyNames()).containsExactly("pack", "seed", "questions");
        assertThat(root.get("pack").stringValue()).isEqualTo("csto");
        assertThat(root.get("seed").isIntegralNumber()).isTrue();
        assertThat(root.get("seed").longValue()).isEqualTo(42);
        assertThat(root.get("questions").size()).isEqualTo(SET.questions().size());
    }

    @Test
    void every_question_has_the_fields_of_its_type_in_the_documented_order() throws IOException {
        for (JsonNode question : tree().get("questions").values()) {
            String type = question.get("type").stringValue();
            List<String> expected = new ArrayList<>(List.of("id", "area", "type", "difficulty", "stem"));
            if (!List.of("true_false", "numeric", "short_answer").contains(type)) {
                expected.add("choices");
            }
            if (type.equals("matching")) {
                expected.add("prompts");
            }
            expected.addAll(List.of("answer", "explanation", "sources", "facts"));
            assertThat(question.propertyNames()).as(type).containsExactlyElementsOf(expected);

            assertThat(question.get("id").stringValue()).matches("[0-9a-f]{12}");
            assertThat(question.get("area").stringValue()).matches("dates|members|articles|organs|people|figures|operations|relations");
            assertThat(question.get("difficulty").isNumber()).isTrue();
            assertThat(question.get("stem").isString()).isTrue();
            assertThat(question.get("explanation").isString()).isTrue();
            for (JsonNode source : question.get("sources").values()) {
                assertThat(source.propertyNames()).containsExactly("document", "quote");
            }
            assertThat(question.get("facts").isArray()).isTrue();
            question.get("facts").values().forEach(fact -> assertThat(fact.isString()).isTrue());
            if (question.has("choices")) {
                for (JsonNode choice : question.get("choices").values()) {
                    assertThat(choice.propertyNames()).containsExactly("id", "text");
                }
            }
        }
    }

    @Test
    void the_type_names_are_the_documented_ones() throws IOException {
        assertThat(byType(tree())).containsOnlyKeys("single_choice", "multiple_response", "true_false", "numeric",
                "short_answer", "ordering", "matching", "statements", "assertion_reason");
    }

    @Test
    void each_type_writes_its_answer_in_the_documented_shape() throws IOException {
        Map<String, JsonNode> q = byType(tree());

        JsonNode single = q.get("single_choice");
        assertThat(single.get("answer").stringValue()).isEqualTo("B");
        assertThat(single.get("choices").get(1).get("text").stringValue()).isEqualTo("1992");
        assertThat(single.get("area").stringValue()).isEqualTo("dates");
        assertThat(single.get("difficulty").doubleValue()).isEqualTo(0.4);

        assertThat(q.get("statements").get("answer").stringValue()).isEqualTo("A");
        assertThat(q.get("assertion_reason").get("answer").stringValue()).isEqualTo("B");

        JsonNode multiple = q.get("multiple_response").get("answer");
        assertThat(multiple.isArray()).isTrue();
        assertThat(multiple.values()).extracting(JsonNode::stringValue).containsExactly("A", "B", "C");

        assertThat(q.get("true_false").get("answer").isBoolean()).isTrue();
        assertThat(q.get("true_false").get("answer").booleanValue()).isTrue();

        JsonNode numeric = q.get("numeric").get("answer");
        assertThat(numeric.propertyNames()).containsExactly("value", "tolerance");
        assertThat(numeric.get("value").isIntegralNumber()).isTrue();
        assertThat(numeric.get("value").longValue()).isEqualTo(2002);
        assertThat(numeric.get("tolerance").longValue()).isZero();

        JsonNode shortAnswer = q.get("short_answer").get("answer");
        assertThat(shortAnswer.propertyNames()).containsExactly("accepted");
        assertThat(shortAnswer.get("accepted").values()).extracting(JsonNode::stringValue).containsExactly("Chișinău", "Kishinev");

        assertThat(q.get("ordering").get("answer").values()).extracting(JsonNode::stringValue).containsExactly("B", "A", "C", "D");

        JsonNode matching = q.get("matching");
        assertThat(matching.get("prompts").values()).allSatisfy(p -> assertThat(p.propertyNames()).containsExactly("id", "text"));
        assertThat(matching.get("prompts").get(0).get("id").stringValue()).isEqualTo("1");
        assertThat(matching.get("answer").propertyNames()).containsExactly("1", "2");
        assertThat(matching.get("answer").get("1").stringValue()).isEqualTo("A");
        assertThat(matching.get("answer").get("2").stringValue()).isEqualTo("B");
    }

    @Test
    void numbers_are_written_as_plain_json_numbers() throws IOException {
        String json = export(new QuestionSet("csto", 42, List.of(SampleQuestions.numeric())));
        assertThat(json).containsPattern("\"value\"\\s*:\\s*2002,").containsPattern("\"tolerance\"\\s*:\\s*0\\s");
        assertThat(json).containsPattern("\"seed\"\\s*:\\s*42,");
    }

    @Test
    void text_is_utf8_not_escaped() throws IOException {
        assertThat(export(SET)).contains("Chișinău");
    }

    @Test
    void the_same_set_gives_the_same_bytes() throws IOException {
        assertThat(export(SET)).isEqualTo(export(new QuestionSet("csto", 42, SampleQuestions.everyType())));
    }

    @Test
    void the_callers_stream_is_left_open() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JsonExporter().write(SET, out);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void the_exporter_describes_its_format() {
        Exporter exporter = new JsonExporter();
        assertThat(exporter.formatName()).isEqualTo("json");
        assertThat(exporter.contentType()).isEqualTo("application/json");
        assertThat(exporter.fileExtension()).isEqualTo("json");
        assertThat(exporter.fileName(SET)).isEqualTo("csto-42.json");
    }

    @Test
    void an_empty_set_is_valid() throws IOException {
        QuestionSet empty = new QuestionSet("csto", 1, List.<Question>of());
        assertThat(new JsonImporter().read(export(empty))).isEqualTo(empty);
    }
}
