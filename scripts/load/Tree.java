import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** The nodes of one UI, kept up to date from the changes in each UIDL response. */
final class Tree {
    static final int ELEMENT_DATA = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, LISTENERS = 4, TEXT = 7,
            CLASS_LIST = 11, VIRTUAL_CHILDREN = 24;
    final Map<Integer, Node> nodes = new HashMap<>();

    Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> node(id);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), feature, change);
                case "remove" -> map(node(id), feature).ifPresent(map -> map.remove(change.path("key").asString()));
                case "clear" -> clear(node(id), feature);
                case "splice" -> splice(node(id), feature, change);
                default -> { }
            }
        }
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
        if (feature == ELEMENT_DATA && key.equals("tag")) {
            node.tag = value.asString();
        } else if (feature == TEXT && key.equals("text")) {
            node.text = value.asString();
        } else {
            map(node, feature).ifPresent(map -> map.put(key, value));
        }
    }

    private static Optional<Map<String, JsonNode>> map(Node node, int feature) {
        return switch (feature) {
            case PROPERTIES -> Optional.of(node.properties);
            case ATTRIBUTES -> Optional.of(node.attributes);
            case LISTENERS -> Optional.of(node.listeners);
            default -> Optional.empty();
        };
    }

    private static void clear(Node node, int feature) {
        switch (feature) {
            case CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            default -> map(node, feature).ifPresent(Map::clear);
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
            splice(list, index, remove, change.path("addNodes").values().stream().map(JsonNode::asInt).toList());
        } else if (feature == CLASS_LIST) {
            splice(node.classes, index, remove, change.path("add").values().stream().map(JsonNode::asString).toList());
        }
    }

    private static <T> void splice(List<T> list, int index, int remove, List<T> add) {
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        list.addAll(Math.min(index, list.size()), add);
    }

    /** The nodes shown: those reached from the body through children and virtual children, in order. */
    List<Node> shown() {
        List<Node> found = new ArrayList<>();
        walk(nodes.get(1), found);
        return found;
    }

    List<Node> below(Node top) {
        List<Node> found = new ArrayList<>();
        walk(top, found);
        return found;
    }

    private void walk(Node node, List<Node> found) {
        if (node == null || found.size() > 100_000) {
            return;
        }
        found.add(node);
        for (int child : node.children) {
            walk(nodes.get(child), found);
        }
        for (int child : node.virtualChildren) {
            walk(nodes.get(child), found);
        }
    }

    /** The text a user reads in an element: its text nodes, in order. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node below : below(node)) {
            if (below.text != null) {
                text.append(below.text);
            }
        }
        return text.toString().strip();
    }

    Optional<Node> first(Predicate<Node> test) {
        return shown().stream().filter(test).findFirst();
    }

    Optional<Node> button(String text) {
        return shown().stream().filter(n -> n.tag.equals("vaadin-button") && text(n).equals(text)).findFirst();
    }

    Optional<Node> withClass(String name) {
        return first(n -> n.classes.contains(name));
    }

    /** The element that holds {@code child} among its children, if it is shown. */
    Optional<Node> parent(Node child) {
        return first(n -> n.children.contains(child.id));
    }

    Optional<Node> field(String label) {
        return first(n -> n.tag.startsWith("vaadin-") && label.equals(n.property("label")));
    }
}
