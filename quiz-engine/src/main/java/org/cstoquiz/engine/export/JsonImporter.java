package org.cstoquiz.engine.export;

import static org.cstoquiz.engine.export.JsonFormat.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.AssertionReason;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionBody;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.Source;
import org.cstoquiz.engine.question.Statements;
import org.cstoquiz.engine.question.TrueFalse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the format {@link JsonExporter} writes back into a {@link QuestionSet}. Every question is
 * checked by the model as it is built (keys among the choices, no duplicate choices, …). Problems are
 * reported as {@link ImportException}s naming the place: {@code $.questions[3].answer: …}.
 * Fields the format does not define are ignored; fields that contradict the type (choices on a
 * true/false question, prompts outside matching) are refused. Ids are kept as written.
 */
public final class JsonImporter {

    public QuestionSet read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new ImportException(where(e.getLocation()), "not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(root);
    }

    public QuestionSet read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new ImportException(where(e.getLocation()), "not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(root);
    }

    public QuestionSet fromTree(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ImportException("$", "expected a JSON object with \"pack\", \"seed\" and \"questions\"");
        }
        String pack = string(root, PACK, "$");
        JsonNode seed = required(root, SEED, "$");
        if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
            throw new ImportException("$.seed", "expected a whole number, got " + seed);
        }
        JsonNode questions = array(root, QUESTIONS, "$");
        List<Question> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String path = "$.questions[" + i + "]";
            Question question = question(questions.get(i), path);
            if (!ids.add(question.id())) {
                throw new ImportException(path + ".id", "id " + question.id() + " appears more than once");
            }
            read.add(question);
        }
        return new QuestionSet(pack, seed.longValue(), read);
    }

    private Question question(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ImportException(path, "expected a question object, got " + node.getNodeType());
        }
        String id = string(node, ID, path);
        Area area = parse(() -> Area.fromKey(string(node, AREA, path)), path + ".area");
        QuestionType type = parse(() -> QuestionType.fromJsonName(string(node, TYPE, path)), path + ".type");
        JsonNode difficulty = required(node, DIFFICULTY, path);
        if (!difficulty.isNumber()) {
            throw new ImportException(path + ".difficulty", "expected a number between 0 and 1, got " + difficulty);
        }
        String stem = string(node, STEM, path);
        QuestionBody body = body(type, node, path);
        String explanation = string(node, EXPLANATION, path);
        List<Source> sources = new ArrayList<>();
        JsonNode sourceNodes = array(node, SOURCES, path);
        for (int i = 0; i < sourceNodes.size(); i++) {
            String sourcePath = path + ".sources[" + i + "]";
            JsonNode source = object(sourceNodes.get(i), sourcePath);
            sources.add(parse(() -> new Source(string(source, DOCUMENT, sourcePath), string(source, QUOTE, sourcePath)),
                    sourcePath));
        }
        List<String> facts = strings(array(node, FACTS, path), path + ".facts");
        return parse(() -> new Question(id, area, stem, body, explanation, sources, facts, difficulty.doubleValue()), path);
    }

    private QuestionBody body(QuestionType type, JsonNode node, String path) {
        String answerPath = path + ".answer";
        JsonNode answer = required(node, ANSWER, path);
        boolean hasChoices = type != QuestionType.TRUE_FALSE && type != QuestionType.NUMERIC
                && type != QuestionType.SHORT_ANSWER;
        if (!hasChoices && node.has(CHOICES)) {
            throw new ImportException(path + ".choices", "a " + type.jsonName() + " question has no choices");
        }
        if (type != QuestionType.MATCHING && node.has(PROMPTS)) {
            throw new ImportException(path + ".prompts", "only matching questions have prompts");
        }
        List<Choice> choices = hasChoices ? choices(array(node, CHOICES, path), path + ".choices") : List.of();
        return parse(() -> switch (type) {
            case SINGLE_CHOICE -> new SingleChoice(choices, stringValue(answer, answerPath));
            case STATEMENTS -> new Statements(choices, stringValue(answer, answerPath));
            case ASSERTION_REASON -> new AssertionReason(choices, stringValue(answer, answerPath));
            case MULTIPLE_RESPONSE -> {
                List<String> ids = strings(arrayValue(answer, answerPath), answerPath);
                if (Set.copyOf(ids).size() != ids.size()) {
                    throw new ImportException(answerPath, "a choice id appears more than once in " + ids);
                }
                yield new MultipleResponse(choices, new TreeSet<>(ids));
            }
            case TRUE_FALSE -> {
                if (!answer.isBoolean()) {
                    throw new ImportException(answerPath, "expected true or false, got " + answer);
                }
                yield new TrueFalse(answer.booleanValue());
            }
            case NUMERIC -> {
                object(answer, answerPath);
                yield new Numeric(number(answer, VALUE, answerPath), number(answer, TOLERANCE, answerPath));
            }
            case SHORT_ANSWER -> {
                object(answer, answerPath);
                yield new ShortAnswer(strings(array(answer, ACCEPTED, answerPath), answerPath + ".accepted"));
            }
            case ORDERING -> new Ordering(choices, strings(arrayValue(answer, answerPath), answerPath));
            case MATCHING -> {
                List<Prompt> prompts = prompts(array(node, PROMPTS, path), path + ".prompts");
                object(answer, answerPath);
                Map<String, String> pairs = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> pair : answer.properties()) {
                    pairs.put(pair.getKey(), stringValue(pair.getValue(), answerPath + "." + pair.getKey()));
                }
                yield new Matching(prompts, choices, pairs);
            }
        }, path);
    }

    private List<Choice> choices(JsonNode array, String path) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String choicePath = path + "[" + i + "]";
            JsonNode choice = object(array.get(i), choicePath);
            choices.add(parse(() -> new Choice(string(choice, ID, choicePath), string(choice, TEXT, choicePath)), choicePath));
        }
        return choices;
    }

    private List<Prompt> prompts(JsonNode array, String path) {
        List<Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String promptPath = path + "[" + i + "]";
            JsonNode prompt = object(array.get(i), promptPath);
            prompts.add(parse(() -> new Prompt(string(prompt, ID, promptPath), string(prompt, TEXT, promptPath)), promptPath));
        }
        return prompts;
    }

    // ---------------------------------------------------------------- small readers

    private static JsonNode required(JsonNode object, String field, String path) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new ImportException(path + "." + field, "missing");
        }
        return value;
    }

    private static String string(JsonNode object, String field, String path) {
        return stringValue(required(object, field, path), path + "." + field);
    }

    private static String stringValue(JsonNode value, String path) {
        if (!value.isString()) {
            throw new ImportException(path, "expected a string, got " + value);
        }
        return value.stringValue();
    }

    private static JsonNode array(JsonNode object, String field, String path) {
        return arrayValue(required(object, field, path), path + "." + field);
    }

    private static JsonNode arrayValue(JsonNode value, String path) {
        if (!value.isArray()) {
            throw new ImportException(path, "expected an array, got " + value);
        }
        return value;
    }

    private static JsonNode object(JsonNode value, String path) {
        if (!value.isObject()) {
            throw new ImportException(path, "expected an object, got " + value);
        }
        return value;
    }

    private static BigDecimal number(JsonNode object, String field, String path) {
        JsonNode value = required(object, field, path);
        if (!value.isNumber()) {
            throw new ImportException(path + "." + field, "expected a number, got " + value);
        }
        return value.decimalValue();
    }

    private static List<String> strings(JsonNode array, String path) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(stringValue(array.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    /** Runs a model constructor, turning its IllegalArgumentException into an ImportException at {@code path}. */
    private static <T> T parse(Supplier<T> build, String path) {
        try {
            return build.get();
        } catch (ImportException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ImportException(path, e.getMessage(), e);
        }
    }

    private static String where(TokenStreamLocation location) {
        return location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
