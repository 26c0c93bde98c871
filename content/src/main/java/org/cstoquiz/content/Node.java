package org.cstoquiz.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node with the line it starts on (from Jackson's token locations). */
sealed interface Node {

    int line();

    /** "a map", "a list", "text": for messages. */
    String kind();

    record MapNode(int line, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    record Entry(String key, int keyLine, Node value) {
    }

    record ListNode(int line, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for YAML null. */
    record Scalar(int line, String text) implements Node {
        @Override
        public String kind() {
            return text == null ? "nothing" : "text";
        }

        boolean isNull() {
            return text == null;
        }
    }
}
