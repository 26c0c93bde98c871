package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonImportErrorsTest {

    private final JsonImporter importer = new JsonImporter();

    private static String set(String question) {
        return "{\"pack\": \"csto\", \"seed\": 42, \"questions\": [" + question + "]}";
    }

    private static String single(String answer) {
        return """
                {"id": "q1", "area": "dates", "type": "single_choice", "difficulty": 0.4, "stem": "When?",
                 "choices": [{"id": "A", "text": "1991"}, {"id": "B", "text": "1992"}],
                 "answer": %s, "explanation": "", "sources": [], "facts": []}""".formatted(answer);
    }

    @Test
    void a_minimal_question_reads() {
        QuestionSet set = importer.read(set(single("\"B\"")));
        assertThat(set.questions().getFirst().id()).isEqualTo("q1");
        assertThat(set.questions().getFirst().correctResponse().toString()).contains("B");
    }

    @Test
    void malformed_json_names_the_line_and_column() {
        assertThatThrownBy(() -> importer.read("{\"pack\": \"csto\",\n \"seed\": }"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 2, column")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void a_key_that_is_not_a_choice_names_the_question() {
        assertThatThrownBy(() -> importer.read(set(single("\"E\""))))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("$.questions[0]: ")
                .hasMessageContaining("'E' is not one of the choice ids");
    }

    @Test
    void an_answer_of_the_wrong_shape_names_the_answer() {
        assertThatThrownBy(() -> importer.read(set(single("[\"B\"]"))))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("$.questions[0].answer: expected a string");
    }

    @Test
    void a_missing_field_is_named() {
        assertThatThrownBy(() -> importer.read(set(single("\"B\"").replace("\"stem\": \"When?\",", ""))))
                .isInstanceOf(ImportException.class).hasMessage("$.questions[0].stem: missing");
        assertThatThrownBy(() -> importer.read("{\"pack\": \"csto\", \"questions\": []}"))
                .isInstanceOf(ImportException.class).hasMessage("$.seed: missing");
    }

    @Test
    void unknown_areas_and_types_are_refused() {
        assertThatThrownBy(() -> importer.read(set(single("\"B\"").replace("\"dates\"", "\"Dates\""))))
                .isInstanceOf(ImportException.class).hasMessageContaining("$.questions[0].area").hasMessageContaining("unknown area");
        assertThatThrownBy(() -> importer.read(set(single("\"B\"").replace("single_choice", "essay"))))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown question type 'essay'");
    }

    @Test
    void choices_on_a_true_false_question_are_refused() {
        String json = set(single("true").replace("single_choice", "true_false"));
        assertThatThrownBy(() -> importer.read(json))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("$.questions[0].choices: a true_false question has no choices");
    }

    @Test
    void duplicate_question_ids_are_refused() {
        assertThatThrownBy(() -> importer.read(set(single("\"B\"") + "," + single("\"A\""))))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("$.questions[1].id");
    }

    @Test
    void duplicate_json_keys_are_refused() {
        assertThatThrownBy(() -> importer.read("{\"pack\": \"csto\", \"pack\": \"sco\", \"seed\": 1, \"questions\": []}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("pack");
    }

    @Test
    void a_numeric_answer_needs_value_and_tolerance() {
        String json = set("""
                {"id": "q2", "area": "dates", "type": "numeric", "difficulty": 0.3, "stem": "Year?",
                 "answer": {"value": 2002}, "explanation": "", "sources": [], "facts": []}""");
        assertThatThrownBy(() -> importer.read(json)).isInstanceOf(ImportException.class)
                .hasMessage("$.questions[0].answer.tolerance: missing");
    }

    @Test
    void unknown_extra_fields_are_ignored() {
        String json = set(single("\"B\"").replace("\"facts\": []", "\"facts\": [], \"tags\": [\"x\"]"));
        assertThat(importer.read(json).questions()).hasSize(1);
    }
}
