package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionArbitraries;

class JsonRoundTripProperties {

    @Provide
    Arbitrary<List<Question>> questionLists() {
        return QuestionArbitraries.questions().list().ofMaxSize(8).map(questions -> {
            Map<String, Question> unique = new LinkedHashMap<>();
            questions.forEach(q -> unique.putIfAbsent(q.id(), q));
            return List.copyOf(unique.values());
        });
    }

    @Property(tries = 300)
    void any_set_of_questions_reads_back_equal(@ForAll("questionLists") List<Question> questions, @ForAll long seed)
            throws IOException {
        QuestionSet set = new QuestionSet("csto", seed, questions);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(set, out);
        assertThat(new JsonImporter().read(out.toString(StandardCharsets.UTF_8))).isEqualTo(set);
    }
}
