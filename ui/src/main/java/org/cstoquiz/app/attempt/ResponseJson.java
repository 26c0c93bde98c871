package org.cstoquiz.app.attempt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.engine.question.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Response} as stored with its step: a small JSON object whose {@code type} names the
 * shape, e.g. {@code {"type":"select","choices":["B"]}}, {@code {"type":"number","value":"1992"}}
 * (numbers as strings, so they stay exact) or {@code {"type":"match","pairs":{"1":"C"}}}.
 */
final class ResponseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ResponseJson() {
    }

    static String write(Response response) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (response) {
            case Response.Blank ignored -> node.put("type", "blank");
            case Response.Selection selection -> {
                node.put("type", "select");
                selection.choiceIds().forEach(node.putArray("choices")::add);
            }
            case Response.TrueFalseAnswer trueFalse -> node.put("type", "true_false").put("value", trueFalse.value());
            case Response.NumberAnswer number -> node.put("type", "number").put("value", number.value().toPlainString());
            case Response.TextAnswer text -> node.put("type", "text").put("text", text.text());
            case Response.OrderAnswer order -> {
                node.put("type", "order");
                order.choiceIds().forEach(node.putArray("choices")::add);
            }
            case Response.MatchAnswer match -> {
                node.put("type", "match");
                ObjectNode pairs = node.putObject("pairs");
                match.promptToChoice().forEach(pairs::put);
            }
        }
        return MAPPER.writeValueAsString(node);
    }

    /** @throws IllegalArgumentException if the text is not a response written by {@link #write} */
    static Response read(String json) {
        JsonNode node = MAPPER.readTree(json);
        String type = node.path("type").asString("");
        return switch (type) {
            case "blank" -> Response.BLANK;
            case "select" -> Response.select(strings(node.path("choices")).toArray(String[]::new));
            case "true_false" -> Response.trueFalse(node.path("value").booleanValue());
            case "number" -> new Response.NumberAnswer(new BigDecimal(node.path("value").stringValue()));
            case "text" -> Response.text(node.path("text").stringValue());
            case "order" -> new Response.OrderAnswer(strings(node.path("choices")));
            case "match" -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                node.path("pairs").properties().forEach(pair -> pairs.put(pair.getKey(), pair.getValue().stringValue()));
                yield Response.match(pairs);
            }
            default -> throw new IllegalArgumentException("not a stored response: " + json);
        };
    }

    private static List<String> strings(JsonNode array) {
        if (!(array instanceof ArrayNode)) {
            throw new IllegalArgumentException("expected an array of ids, got " + array);
        }
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.stringValue()));
        return values;
    }
}
