package org.cstoquiz.engine.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.ShortAnswer;
import tools.jackson.databind.JsonNode;

/** Turns gift-pegjs's parse of a GIFT export back into {@link Meaning}s. */
final class GiftReader {

    private GiftReader() {
    }

    /** The non-category questions gift-pegjs found. */
    static List<JsonNode> questions(String gift) {
        return GiftPegjs.parse(gift).stream().filter(q -> !q.get("type").asString().equals("Category")).toList();
    }

    static List<String> categories(String gift) {
        return GiftPegjs.parse(gift).stream().filter(q -> q.get("type").asString().equals("Category"))
                .map(q -> q.get("title").asString()).toList();
    }

    static Meaning meaning(JsonNode question, QuestionType original) {
        String stem = html(question.get("stem"));
        String type = question.get("type").asString();
        return switch (type) {
            case "MC" -> {
                List<String> options = new ArrayList<>();
                List<String> key = new ArrayList<>();
                for (JsonNode choice : question.get("choices").values()) {
                    String text = html(choice.get("text"));
                    options.add(text);
                    JsonNode weight = choice.get("weight");
                    if (choice.get("isCorrect").booleanValue() || (weight != null && weight.isNumber() && weight.doubleValue() > 0)) {
                        key.add(text);
                    }
                }
                yield new Meaning(stem, options, key);
            }
            case "TF" -> new Meaning(stem, List.of(), List.of(String.valueOf(question.get("isTrue").booleanValue())));
            case "Numerical" -> {
                JsonNode answer = question.get("choices");
                if (answer.isArray()) {
                    answer = answer.get(0).get("text");
                }
                if (!answer.get("type").asString().equals("range")) {
                    throw new AssertionError("expected value:tolerance, got " + answer);
                }
                yield new Meaning(stem, List.of(), List.of(Meaning.number(new BigDecimal(answer.get("number").toString())),
                        Meaning.number(new BigDecimal(answer.get("range").toString()))));
            }
            case "Short" -> {
                List<String> variants = new ArrayList<>();
                question.get("choices").values().forEach(c -> variants.add(unescapeWildcards(c.get("text").get("text").asString())));
                yield new Meaning(stem, List.of(), variants);
            }
            case "Matching" -> {
                List<JsonNode> pairs = new ArrayList<>();
                question.get("matchPairs").values().forEach(pairs::add);
                if (original == QuestionType.ORDERING) {
                    yield new Meaning(stem, pairs.stream().map(p -> html(p.get("subquestion"))).toList(), pairs.stream()
                            .sorted(Comparator.comparingInt(p -> Integer.parseInt(subanswer(p))))
                            .map(p -> html(p.get("subquestion"))).toList());
                }
                List<String> key = new ArrayList<>();
                for (JsonNode pair : pairs) {
                    String left = html(pair.get("subquestion"));
                    if (!left.isEmpty()) {
                        key.add(left);
                        key.add(subanswer(pair));
                    }
                }
                yield new Meaning(stem, pairs.stream().map(p -> subanswer(p)).distinct().sorted().toList(), key);
            }
            default -> throw new AssertionError("unexpected GIFT question type " + type + ": " + question);
        };
    }

    /**
     * What GIFT can carry of a question. Line breaks in {@code [html]} texts come back as LF (they
     * travel as {@code <br>}). Short-answer variants are plain text on one line (line breaks become
     * spaces; those starting with {@code [} go as {@code [plain]}, which gift-pegjs also squeezes), and
     * those containing {@code ->} are not written. The right column of matching is gift-pegjs's plain
     * text (see {@link #pegjsPlain}).
     */
    static Meaning expected(Question question) {
        Meaning meaning = Meaning.of(question);
        String stem = lf(meaning.stem());
        List<String> options = meaning.options().stream().map(GiftReader::lf).toList();
        List<String> key = meaning.key().stream().map(GiftReader::lf).toList();
        return switch (question.body()) {
            case ShortAnswer shortAnswer -> new Meaning(stem, options, GiftExporter.writableVariants(shortAnswer).stream()
                    .map(variant -> variant.startsWith("[") ? pegjsPlain(variant) : variant.replaceAll("\\R", " ").strip()).toList());
            case Matching ignored -> {
                List<String> pairs = new ArrayList<>(key);
                for (int i = 1; i < pairs.size(); i += 2) {
                    pairs.set(i, pegjsPlain(meaning.key().get(i)));
                }
                yield new Meaning(stem, meaning.options().stream().map(GiftReader::pegjsPlain).sorted().toList(), pairs);
            }
            default -> new Meaning(stem, options, key);
        };
    }

    static String lf(String text) {
        return text.replaceAll("\\r\\n|\\r", "\n");
    }

    /**
     * What gift-pegjs makes of plain (non-HTML) text: line breaks become spaces, runs of two or more
     * blanks one space, both ends trimmed (its removeNewLinesDuplicateSpaces).
     */
    static String pegjsPlain(String text) {
        return text.replaceAll("\\R", " ").replaceAll("\\s\\s+", " ").strip();
    }

    /** An entity the exporter writes, or a {@code &} that starts none. */
    private static final java.util.regex.Pattern AMPERSAND = java.util.regex.Pattern.compile("&(?!(amp|lt|gt|quot|nbsp|#37|#91);)");

    /**
     * The text of an {@code [html]} field as the exporter wrote it: {@code <br>} and its five entities
     * decoded. The field must be escaped HTML: no {@code <} or {@code >} but those of {@code <br>}, no
     * {@code &} that does not start an entity (else Moodle would read a stem's {@code <b>} as markup).
     */
    static String html(JsonNode formatted) {
        String format = formatted.get("format").asString();
        String text = formatted.get("text").asString();
        if (!format.equals("html")) {
            throw new AssertionError("expected an [html] text, got [" + format + "] " + text);
        }
        String markup = text.replace("<br>", "");
        if (markup.contains("<") || markup.contains(">") || AMPERSAND.matcher(markup).find()) {
            throw new AssertionError("unescaped <, > or & in an [html] text: " + text);
        }
        return text.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", "\u00A0").replace("&#37;", "%").replace("&#91;", "[").replace("&amp;", "&");
    }

    /**
     * The right-hand side of a match. gift-pegjs 1.0.2 decodes escapes everywhere except there: it
     * leaves its internal placeholders ({@code \:} read as {@code &&058;}); Moodle decodes them. This
     * undoes the placeholders as gift-pegjs's own {@code escapedCharacterDecode} would.
     */
    static String subanswer(JsonNode pair) {
        return pair.get("subanswer").asString().replace("&&092;", "\\").replace("&&058;", ":").replace("&&035;", "#")
                .replace("&&061;", "=").replace("&&123;", "{").replace("&&125;", "}").replace("&&126;", "~")
                .replace("&&010", "\n");
    }

    static String unescapeWildcards(String text) {
        return text.replace("\\*", "*");
    }
}
