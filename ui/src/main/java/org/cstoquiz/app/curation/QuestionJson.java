package org.cstoquiz.app.curation;

import java.util.List;
import org.cstoquiz.engine.export.JsonExporter;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.Question;
import tools.jackson.databind.json.JsonMapper;

/** One question as stored: the public JSON export format (a set of one), compact. */
final class QuestionJson {

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private QuestionJson() {
    }

    static String write(String pack, long seed, Question question) {
        return COMPACT.writeValueAsString(new JsonExporter().toTree(new QuestionSet(pack, seed, List.of(question))));
    }

    static Question read(String json) {
        return new JsonImporter().read(json).questions().getFirst();
    }

    /** Whether two questions say exactly the same: stem, options, key, explanation, sources, facts, difficulty. */
    static boolean same(Question a, Question b) {
        JsonExporter json = new JsonExporter();
        return json.toTree(a).equals(json.toTree(b));
    }
}
