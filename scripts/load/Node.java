import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One node of the UI's state tree, as far as the learner needs it. */
final class Node {
    final int id;
    String tag = "";
    final Map<String, JsonNode> properties = new HashMap<>();
    final Map<String, JsonNode> attributes = new HashMap<>();
    final Map<String, JsonNode> listeners = new HashMap<>();
    final List<Integer> children = new ArrayList<>();
    final List<Integer> virtualChildren = new ArrayList<>();
    final List<String> classes = new ArrayList<>();
    String text;

    Node(int id) {
        this.id = id;
    }

    String property(String name) {
        JsonNode value = properties.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    String attribute(String name) {
        JsonNode value = attributes.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    boolean disabled() {
        return attributes.containsKey("disabled") || (properties.containsKey("disabled") && properties.get("disabled").asBoolean());
    }

    @Override
    public String toString() {
        return "<" + tag + " #" + id + " " + classes + ">";
    }
}
