package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SampleQuestions;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    @Test
    void every_type_reads_back_equal() throws IOException {
        QuestionSet set = new QuestionSet("csto", 42, SampleQuestions.everyType());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(set, out);

        QuestionSet read = new JsonImporter().read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read).isEqualTo(set);
        for (int i = 0; i < set.questions().size(); i++) {
            Question original = set.questions().get(i);
            Question copy = read.questions().get(i);
            assertThat(copy).as(original.type().jsonName()).isEqualTo(original);
            assertThat(copy.grade(original.correctResponse()).isCorrect()).isTrue();
        }
    }

    @Test
    void reading_from_a_string_gives_the_same_set() throws IOException {
        QuestionSet set = new QuestionSet("csto", 7, SampleQuestions.everyType());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(set, out);
        assertThat(new JsonImporter().read(out.toString(StandardCharsets.UTF_8))).isEqualTo(set);
    }
}
