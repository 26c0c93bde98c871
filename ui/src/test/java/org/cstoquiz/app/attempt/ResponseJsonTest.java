package org.cstoquiz.app.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.engine.question.Response;
import org.junit.jupiter.api.Test;

class ResponseJsonTest {

    @Test
    void everyShapeOfResponseReadsBackEqual() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("2", "C");
        pairs.put("1", "A");
        List<Response> responses = List.of(Response.BLANK, Response.select(), Response.select("B"),
                Response.select("A", "C"), Response.trueFalse(true), Response.trueFalse(false), Response.number(1992),
                new Response.NumberAnswer(new BigDecimal("2.50")), Response.text("  Chișinău \"quoted\" <b>x</b>"),
                Response.text(""), Response.order("B", "A", "C"), Response.match(pairs), Response.match(Map.of()));
        for (Response response : responses) {
            assertThat(ResponseJson.read(ResponseJson.write(response))).as(response.toString()).isEqualTo(response);
        }
        assertThat(ResponseJson.write(Response.number(1992))).isEqualTo("{\"type\":\"number\",\"value\":\"1992\"}");
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> ResponseJson.read("{\"type\":\"guess\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
