package org.cstoquiz.engine.export;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The field names of the public JSON format and the mapper both sides use. */
final class JsonFormat {

    static final String PACK = "pack";
    static final String SEED = "seed";
    static final String QUESTIONS = "questions";

    static final String ID = "id";
    static final String AREA = "area";
    static final String TYPE = "type";
    static final String DIFFICULTY = "difficulty";
    static final String STEM = "stem";
    static final String CHOICES = "choices";
    static final String PROMPTS = "prompts";
    static final String TEXT = "text";
    static final String ANSWER = "answer";
    static final String EXPLANATION = "explanation";
    static final String SOURCES = "sources";
    static final String DOCUMENT = "document";
    static final String QUOTE = "quote";
    static final String FACTS = "facts";
    static final String VALUE = "value";
    static final String TOLERANCE = "tolerance";
    static final String ACCEPTED = "accepted";

    /** Leaves the caller's streams open, keeps decimals exact, and refuses duplicate keys. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonFormat() {
    }
}
