package org.cstoquiz.engine.export;

import static org.cstoquiz.engine.export.JsonFormat.*;

import java.io.IOException;
import java.io.OutputStream;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.Source;
import org.cstoquiz.engine.question.TrueFalse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public JSON format (UTF-8, pretty-printed, fields in a fixed order):
 *
 * <pre>
 * { "pack": "csto", "seed": 42, "questions": [ {
 *     "id": "…", "area": "dates", "type": "single_choice", "difficulty": 0.4,
 *     "stem": "…",
 *     "choices": [ {"id": "A", "text": "…"} ],
 *     "answer": "B",
 *     "explanation": "…",
 *     "sources": [ {"document": "003_e4b088d5d6c952e1.txt", "quote": "…"} ],
 *     "facts": ["…"] } ] }
 * </pre>
 *
 * {@code answer} by type: {@code single_choice}, {@code statements}, {@code assertion_reason}: one
 * choice id; {@code multiple_response}: array of choice ids (in choice order); {@code true_false}:
 * {@code true}/{@code false} (no {@code choices}); {@code numeric}: {@code {"value": 1992,
 * "tolerance": 0}} (no {@code choices}); {@code short_answer}: {@code {"accepted": ["Tashkent"]}}
 * (no {@code choices}); {@code ordering}: choice ids in the correct order; {@code matching}: an
 * object from prompt id to choice id, with an extra {@code "prompts": [{"id": "1", "text": "…"}]}.
 * {@link JsonImporter} reads it back.
 */
public final class JsonExporter implements Exporter {

    @Override
    public String formatName() {
        return "json";
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toTree(set));
            out.flush();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** The set as a JSON tree, in the public format. */
    public ObjectNode toTree(QuestionSet set) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(PACK, set.pack());
        root.put(SEED, set.seed());
        ArrayNode questions = root.putArray(QUESTIONS);
        set.questions().forEach(question -> questions.add(toTree(question)));
        return root;
    }

    /** One question as a JSON object, in the public format. */
    public ObjectNode toTree(Question question) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(ID, question.id());
        node.put(AREA, question.area().key());
        node.put(TYPE, question.type().jsonName());
        node.put(DIFFICULTY, question.difficulty());
        node.put(STEM, question.stem());
        if (!question.choices().isEmpty()) {
            ArrayNode choices = node.putArray(CHOICES);
            for (Choice choice : question.choices()) {
                choices.addObject().put(ID, choice.id()).put(TEXT, choice.text());
            }
        }
        if (!question.prompts().isEmpty()) {
            ArrayNode prompts = node.putArray(PROMPTS);
            for (Prompt prompt : question.prompts()) {
                prompts.addObject().put(ID, prompt.id()).put(TEXT, prompt.text());
            }
        }
        switch (question.body()) {
            case SingleAnswerBody single -> node.put(ANSWER, single.correctChoiceId());
            case MultipleResponse multiple -> multiple.correctChoiceIdsInOrder().forEach(node.putArray(ANSWER)::add);
            case TrueFalse trueFalse -> node.put(ANSWER, trueFalse.correctValue());
            case Numeric numeric -> node.putObject(ANSWER).put(VALUE, numeric.value()).put(TOLERANCE, numeric.tolerance());
            case ShortAnswer shortAnswer -> shortAnswer.accepted().forEach(node.putObject(ANSWER).putArray(ACCEPTED)::add);
            case Ordering ordering -> ordering.correctOrder().forEach(node.putArray(ANSWER)::add);
            case Matching matching -> {
                ObjectNode answer = node.putObject(ANSWER);
                matching.correctMatches().forEach(answer::put);
            }
        }
        node.put(EXPLANATION, question.explanation());
        ArrayNode sources = node.putArray(SOURCES);
        for (Source source : question.sources()) {
            sources.addObject().put(DOCUMENT, source.document()).put(QUOTE, source.quote());
        }
        question.factIds().forEach(node.putArray(FACTS)::add);
        return node;
    }
}
