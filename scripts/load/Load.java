import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Load benchmark at the protocol level: simulated learners use the real UI as a browser does, without
 * a browser, speaking Vaadin Flow's own protocol — the page, the bootstrap request ({@code ?v-r=init}),
 * UIDL requests ({@code ?v-r=uidl}) with the security key, syncId and clientId, events, property
 * syncs and navigation, and the heartbeat ({@code ?v-r=heartbeat}). Each learner keeps a small model
 * of its page's state tree from the UIDL changes, so it finds a button by its text and a field by its
 * label as a user does.
 *
 * <p>A learner logs in with the login form, opens Practice from the menu, starts a session with the
 * form's defaults (every type, ten questions, timed), and then, question after question, thinks,
 * answers in the question's own input (radio buttons, check boxes, number and text fields, the
 * ordering buttons, the selects of a matching question), submits, reads the feedback, thinks and goes
 * to the next question; at the end it opens the result and starts another session. Its page sends the
 * countdown's sync event when the server has not restarted the countdown for a minute, and the
 * heartbeat at the server's interval, as the browser would.
 *
 * <p>Usage: {@code java -cp CLASSPATH Load.java BASE_URL LEARNERS SECONDS RAMP_SECONDS [SERVER_PID]}
 * drives a run; {@code java -cp CLASSPATH Load.java - count H2_URL} counts the stored answers.
 * System properties: {@code think} ("3-8", seconds), {@code prepare} (parallel registrations, 4), {@code trace} (print each UIDL request),
 * {@code heartbeat} (seconds; the server's own interval when unset), {@code jcmd} (path).
 */
public class Load {

    /** Prints every UIDL request, to compare with what a browser sends (see Record.java). */
    static final boolean TRACE = Boolean.getBoolean("trace");
    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String PASSWORD = "load learner pass phrase";
    static final String PREFIX = "load-";
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern VERDICT = Pattern.compile("Correct|Incorrect|Partly correct \\(\\d+%\\)|Not answered");
    /** What Chromium reports about its window in the bootstrap request (as recorded from a real one). */
    static final String BROWSER_DETAILS = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-tzo=0&v-dstd=0"
            + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[1].equals("count")) {
            count(args[2]);
            return;
        }
        String base = args[0].replaceAll("/+$", "");
        int learners = Integer.parseInt(args[1]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration ramp = Duration.ofSeconds(Long.parseLong(args[3]));
        Optional<Long> server = args.length > 4 ? Optional.of(Long.parseLong(args[4])) : Optional.empty();
        new Run(base, learners, length, ramp, server).go();
    }

    // ---------------------------------------------------------------- figures

    /** The latencies and errors of a run, by action. */
    static final class Stats {
        final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        final AtomicLong confirmed = new AtomicLong();
        /** Answers confirmed once every learner has logged in (after the ramp), for the steady rate. */
        final AtomicLong confirmedSteady = new AtomicLong();
        volatile long steadyFrom = Long.MAX_VALUE;
        final AtomicLong requests = new AtomicLong();
        final AtomicLong loggedIn = new AtomicLong();

        void time(String action, long nanos) {
            micros.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(nanos / 1000);
        }

        void error(String kind, String detail) {
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            if (samples.size() < 20) {
                samples.add(kind + ": " + detail);
            }
        }

        long errorCount() {
            return errors.values().stream().mapToLong(AtomicLong::get).sum();
        }

        void print(List<String> order) {
            System.out.printf("%-10s %8s %9s %9s %9s %9s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
            List<String> actions = new ArrayList<>(order);
            micros.keySet().stream().filter(a -> !actions.contains(a)).sorted().forEach(actions::add);
            for (String action : actions) {
                long[] values = Optional.ofNullable(micros.get(action)).map(q -> q.stream().mapToLong(Long::longValue).toArray())
                        .orElse(new long[0]);
                Arrays.sort(values);
                if (values.length == 0) {
                    System.out.printf("%-10s %8d %9s %9s %9s %9s%n", action, 0, "-", "-", "-", "-");
                    continue;
                }
                System.out.printf("%-10s %8d %9.1f %9.1f %9.1f %9.1f%n", action, values.length, pct(values, 50),
                        pct(values, 95), pct(values, 99), values[values.length - 1] / 1000.0);
            }
        }

        static double pct(long[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
        }
    }

    /** A failure the learner reports and recovers from by loading the practice page again. */
    static final class Failure extends RuntimeException {
        final String kind;

        Failure(String kind, String detail) {
            super(detail);
            this.kind = kind;
        }
    }

    // ---------------------------------------------------------------- the state tree

    /** One node of the UI's state tree, as far as the learner needs it. */
    static final class Node {
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

    /** The nodes of one UI, kept up to date from the changes in each UIDL response. */
    static final class Tree {
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

        Optional<Node> field(String label) {
            return first(n -> n.tag.startsWith("vaadin-") && label.equals(n.property("label")));
        }
    }

    // ---------------------------------------------------------------- one browser, one page

    /** One browser (its cookies) and the page it shows (one UI). */
    static final class Browser {
        final String base;
        final HttpClient http;
        final Stats stats;
        Tree tree = new Tree();
        String csrf;
        String formToken;
        int uiId = -1;
        int syncId;
        int clientId;
        long heartbeatNanos;
        long nextHeartbeat;
        long countdownStarted;
        String location = "";
        /** Nodes attached since the last echo. */
        final java.util.Set<Integer> attached = new java.util.HashSet<>();
        long echoNanos;

        /** This browser's cookies (the learners share one client and its connections, not their cookies). */
        final Map<String, String> cookies = new ConcurrentHashMap<>();

        Browser(String base, Stats stats, HttpClient http) {
            this.base = base;
            this.stats = stats;
            this.http = http;
        }

        static HttpClient client(ExecutorService executor) {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        }

        HttpResponse<String> exchange(HttpRequest request) {
            stats.requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                for (String cookie : response.headers().allValues("Set-Cookie")) {
                    String[] parts = cookie.split(";");
                    int equals = parts[0].indexOf('=');
                    if (equals > 0) {
                        String name = parts[0].substring(0, equals).strip();
                        String value = parts[0].substring(equals + 1).strip();
                        boolean expired = value.isEmpty() || Arrays.stream(parts).anyMatch(part -> part.strip().equalsIgnoreCase("Max-Age=0"));
                        if (expired) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    }
                }
                return response;
            } catch (IOException e) {
                throw new Failure("io", request.uri() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted", request.uri().toString());
            }
        }

        HttpRequest.Builder request(String pathAndQuery) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(120))
                    .header("User-Agent", "csto-quiz-load");
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
            return request;
        }

        /** Loads a page as the browser does: the HTML (following redirects), the bootstrap, the navigation. */
        void open(String path) {
            String html = get(path);
            Matcher token = CSRF.matcher(html);
            formToken = token.find() ? token.group(1) : null;
            String route = location;
            int question = route.indexOf('?');
            String query = question < 0 ? "" : route.substring(question + 1);
            String routePath = question < 0 ? route : route.substring(0, question);
            HttpResponse<String> init = exchange(request("/?v-r=init&location=" + encode(routePath) + "&query=" + encode(query)
                    + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-" + ThreadLocalRandom.current().nextDouble())
                    .GET().build());
            if (init.statusCode() != 200) {
                throw new Failure("http " + init.statusCode(), "init " + path);
            }
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            tree = new Tree();
            attached.clear();
            uiId = config.path("v-uiId").asInt();
            heartbeatNanos = Duration.ofSeconds(Long.getLong("heartbeat", config.path("heartbeatInterval").asLong(300))).toNanos();
            // a learner who has been around for a while: its heartbeat falls anywhere in the interval
            nextHeartbeat = System.nanoTime() + ThreadLocalRandom.current().nextLong(Math.max(1, heartbeatNanos));
            JsonNode uidl = config.path("uidl");
            csrf = uidl.path("Vaadin-Security-Key").asString();
            clientId = 0;
            handle(uidl, "init " + path);
            ObjectNode data = NODES.objectNode();
            data.put("route", "/" + routePath);
            data.put("query", query);
            data.put("appShellTitle", "");
            data.putObject("historyState").put("idx", 0);
            data.put("trigger", "");
            send(List.of(event(1, "ui-navigate", data)));
        }

        /** GET with the browser's redirects followed; the final page's body, its address kept as the location. */
        String get(String path) {
            String next = path;
            for (int hop = 0; hop < 5; hop++) {
                HttpResponse<String> response = exchange(request(next).GET().build());
                if (response.statusCode() / 100 == 3) {
                    next = relative(response.headers().firstValue("Location").orElseThrow());
                    continue;
                }
                if (response.statusCode() != 200) {
                    throw new Failure("http " + response.statusCode(), "GET " + next);
                }
                location = next.replaceFirst("^/", "");
                return response.body();
            }
            throw new Failure("redirects", "GET " + path);
        }

        String relative(String address) {
            return address.startsWith(base) ? address.substring(base.length()) : address.replaceFirst("^https?://[^/]+", "");
        }

        /** Posts the login form as the page's form does; where the server sent the browser. */
        String postForm(String path, Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                    .append(encode(value)));
            HttpResponse<String> response = exchange(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
            if (response.statusCode() / 100 != 3) {
                throw new Failure("http " + response.statusCode(), "POST " + path);
            }
            return relative(response.headers().firstValue("Location").orElse("/"));
        }

        /**
         * Sends events and property syncs in one UIDL request and applies the answer; then, as the
         * browser does once it has drawn them, reports the state of the fields the answer attached.
         */
        JsonNode send(List<ObjectNode> rpc) {
            JsonNode uidl = post(rpc);
            echo();
            return uidl;
        }

        /**
         * The browser's report on newly drawn fields: their web components fire their property-change
         * events as they start ("value-changed", "checked-changed", "opened-changed"…), which the page
         * sends for each node the server listens to, with the value of a synchronized property the
         * server has not set (its default in the browser). Timed as "echo", apart from the action.
         */
        void echo() {
            if (attached.isEmpty()) {
                return;
            }
            List<ObjectNode> events = new ArrayList<>();
            List<ObjectNode> syncs = new ArrayList<>();
            for (Node node : tree.shown()) {
                if (!attached.contains(node.id)) {
                    continue;
                }
                for (String listener : node.listeners.keySet()) {
                    if (!listener.endsWith("-changed")) {
                        continue;
                    }
                    events.add(event(node.id, listener, null));
                    String property = camelCase(listener.substring(0, listener.length() - "-changed".length()));
                    if (!node.properties.containsKey(property)) {
                        browserDefault(node, property).ifPresent(value -> syncs.add(sync(node.id, property, value)));
                    }
                }
            }
            attached.clear();
            if (events.isEmpty()) {
                return;
            }
            events.addAll(syncs);
            long start = System.nanoTime();
            post(events);
            attached.clear();
            long took = System.nanoTime() - start;
            echoNanos += took;
            stats.time("echo", took);
        }

        static String camelCase(String kebab) {
            StringBuilder name = new StringBuilder();
            for (String part : kebab.split("-")) {
                name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return name.toString();
        }

        /** What a freshly drawn component holds in a property the server did not set (as recorded from Chromium). */
        static Optional<JsonNode> browserDefault(Node node, String property) {
            return Optional.ofNullable(switch (property) {
                case "checked", "opened", "expanded", "collapsed", "overlay" -> NODES.booleanNode(false);
                case "drawerOpened" -> NODES.booleanNode(true);
                case "filter" -> NODES.stringNode("");
                case "value" -> switch (node.tag) {
                    case "vaadin-radio-group" -> NODES.stringNode("");
                    case "vaadin-checkbox-group" -> NODES.arrayNode();
                    default -> null;
                };
                default -> null;
            });
        }

        /** The time since {@code start} spent on the action itself, without the echoes sent meanwhile. */
        long since(long start, long echoAtStart) {
            return System.nanoTime() - start - (echoNanos - echoAtStart);
        }

        JsonNode post(List<ObjectNode> rpc) {
            ObjectNode message = NODES.objectNode();
            message.put("csrfToken", csrf);
            ArrayNode calls = message.putArray("rpc");
            rpc.forEach(calls::add);
            message.put("syncId", syncId);
            message.put("clientId", clientId);
            if (TRACE) {
                System.out.println(">>> " + message);
            }
            HttpResponse<String> response = exchange(request("/?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
            if (response.statusCode() != 200) {
                throw new Failure("http " + response.statusCode(), "uidl " + rpc);
            }
            String body = response.body().strip();
            if (body.startsWith("for(;;);")) {
                body = body.substring("for(;;);".length());
            }
            JsonNode uidl = JSON.readTree(body);
            if (uidl.isArray()) {
                uidl = uidl.path(0);
            }
            handle(uidl, "uidl");
            return uidl;
        }

        private void handle(JsonNode uidl, String what) {
            JsonNode meta = uidl.path("meta");
            if (meta.has("appError")) {
                throw new Failure("appError", what + ": " + meta.get("appError"));
            }
            if (meta.has("sessionExpired") || meta.has("redirect")) {
                throw new Failure("sessionExpired", what + ": " + meta);
            }
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            } else {
                clientId++;
            }
            tree.apply(uidl.path("changes"));
            for (JsonNode change : uidl.path("changes")) {
                if (change.path("type").asString().equals("attach")) {
                    attached.add(change.path("node").asInt());
                }
            }
            for (JsonNode call : uidl.path("execute")) {
                if (call.toString().contains("countdown-sync")) {
                    countdownStarted = System.nanoTime();
                }
            }
        }

        static ObjectNode event(int node, String type, JsonNode data) {
            ObjectNode event = NODES.objectNode();
            event.put("type", "event");
            event.put("node", node);
            event.put("event", type);
            event.set("data", data == null ? NODES.objectNode() : data);
            return event;
        }

        static ObjectNode sync(int node, String property, JsonNode value) {
            ObjectNode sync = NODES.objectNode();
            sync.put("type", "mSync");
            sync.put("node", node);
            sync.put("feature", 1);
            sync.put("property", property);
            sync.set("value", value);
            return sync;
        }

        /** The event data Chromium sends with a click on a button. */
        static ObjectNode click(Node node) {
            ObjectNode data = NODES.objectNode();
            data.put("event.shiftKey", false);
            data.put("event.metaKey", false);
            data.put("event.detail", 1);
            data.put("event.ctrlKey", false);
            data.put("event.clientX", 320);
            data.put("event.clientY", 400);
            data.put("event.altKey", false);
            data.put("event.button", 0);
            data.put("event.screenY", 497);
            data.put("event.screenX", 330);
            return event(node.id, "click", data);
        }

        /** A value typed into a field and sent by the field's lazy value change (with the flush of the debounce). */
        static List<ObjectNode> typed(Node field, String value) {
            ObjectNode data = NODES.objectNode();
            data.put("1", 1);
            data.put("for", "trailing");
            return List.of(sync(field.id, "value", NODES.stringNode(value)), event(field.id, "input", data));
        }

        /** A value set in a field that sends it on change (the registration form's fields). */
        static List<ObjectNode> changed(Node field, String value) {
            return List.of(sync(field.id, "value", NODES.stringNode(value)), event(field.id, "change", null));
        }

        Node need(Optional<Node> node, String what) {
            return node.orElseThrow(() -> new Failure("missing", what + " on " + location));
        }

        void heartbeatIfDue() {
            if (uiId < 0 || System.nanoTime() < nextHeartbeat) {
                return;
            }
            nextHeartbeat = System.nanoTime() + heartbeatNanos;
            long start = System.nanoTime();
            HttpResponse<String> response = exchange(request("/?v-r=heartbeat&v-uiId=" + uiId)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            if (response.statusCode() != 200) {
                throw new Failure("http " + response.statusCode(), "heartbeat");
            }
            stats.time("heartbeat", System.nanoTime() - start);
        }

        /** The countdown's own request: the page asks the server when it has counted a minute unprompted. */
        void countdownSyncIfDue() {
            if (countdownStarted == 0 || System.nanoTime() - countdownStarted < Duration.ofSeconds(60).toNanos()) {
                return;
            }
            Optional<Node> countdown = tree.withClass("practice-countdown");
            if (countdown.isEmpty()) {
                countdownStarted = 0;
                return;
            }
            countdownStarted = System.nanoTime();
            long start = System.nanoTime();
            long echo = echoNanos;
            send(List.of(event(countdown.get().id, "countdown-sync", null)));
            stats.time("sync", since(start, echo));
        }

        static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    // ---------------------------------------------------------------- the learner

    /** One simulated learner: its account and its browser. */
    static final class Learner {
        final String name;
        final Stats stats;
        final HttpClient http;
        final long thinkMin;
        final long thinkMax;
        Browser browser;
        /** When the run ends: thinking stops there. */
        long until = Long.MAX_VALUE;

        Learner(String name, Stats stats, HttpClient http, long thinkMin, long thinkMax) {
            this.name = name;
            this.stats = stats;
            this.http = http;
            this.thinkMin = thinkMin;
            this.thinkMax = thinkMax;
        }

        /** Registers the account on the registration page (which logs it in), then logs out. */
        void register(String base) {
            browser = new Browser(base, stats, http);
            long start = System.nanoTime();
            long echo = 0;
            browser.open("/register");
            Tree tree = browser.tree;
            List<ObjectNode> form = new ArrayList<>();
            form.addAll(Browser.changed(browser.need(tree.field("User name"), "User name"), name));
            form.addAll(Browser.changed(browser.need(tree.field("Password"), "Password"), PASSWORD));
            form.addAll(Browser.changed(browser.need(tree.field("Confirm password"), "Confirm password"), PASSWORD));
            form.add(Browser.click(browser.need(tree.button("Create account"), "Create account")));
            JsonNode answer = browser.send(form);
            if (!answer.path("execute").toString().contains("form.action = 'login'")) {
                throw new Failure("register", name + " not registered");
            }
            String landing = browser.postForm("/login", Map.of("username", name, "password", PASSWORD, "_csrf", browser.formToken));
            landOnHome(landing);
            stats.time("register", browser.since(start, echo));
            try {
                browser.send(List.of(Browser.click(browser.need(browser.tree.button("Log out"), "Log out"))));
            } catch (Failure failure) {
                if (failure.kind.equals("sessionExpired")) {
                    return; // logging out ends the session: the page is told so and goes to the log-in page
                }
                throw failure;
            }
            throw new Failure("logout", name + " still logged in");
        }

        /** The log-in page, the form posted, and the home page it leads to. */
        void logIn(String base) {
            browser = new Browser(base, stats, http);
            long start = System.nanoTime();
            long echo = 0;
            browser.open("/login");
            stats.time("login:page", browser.since(start, echo));
            long posted = System.nanoTime();
            String landing = browser.postForm("/login", Map.of("username", name, "password", PASSWORD, "_csrf", browser.formToken));
            stats.time("login:form", System.nanoTime() - posted);
            long home = System.nanoTime();
            long echoAtHome = browser.echoNanos;
            landOnHome(landing);
            stats.time("login:home", browser.since(home, echoAtHome));
            stats.time("login", browser.since(start, echo));
            stats.loggedIn.incrementAndGet();
        }

        private void landOnHome(String landing) {
            if (landing.contains("error") || landing.contains("throttled") || landing.startsWith("/login")) {
                throw new Failure("login", name + " sent to " + landing);
            }
            browser.open(landing);
            browser.need(browser.tree.withClass("signed-in-user"), "the signed-in user");
        }

        /** Practice from the menu (a navigation inside the page); a session still open is resumed there. */
        void openPractice() {
            long start = System.nanoTime();
            long echo = browser.echoNanos;
            ObjectNode data = NODES.objectNode();
            data.put("route", "practice");
            data.put("query", "");
            data.put("appShellTitle", "");
            data.putObject("historyState").put("idx", 0);
            data.put("trigger", "client");
            browser.send(List.of(Browser.event(1, "ui-navigate", data)));
            stats.time("open", browser.since(start, echo));
        }

        /** Starts a session with the form as it is, unless the page shows one in progress. */
        void start() {
            Tree tree = browser.tree;
            if (tree.withClass("practice-progress").isPresent()) {
                return;
            }
            Node start = browser.need(tree.button("Start"), "Start");
            long begin = System.nanoTime();
            long echo = browser.echoNanos;
            browser.send(List.of(Browser.click(start)));
            stats.time("start", browser.since(begin, echo));
            browser.need(browser.tree.withClass("practice-progress"), "the session's progress after Start");
        }

        /** Answers the question shown in its own input, submits, and checks the verdict; false when done. */
        boolean answerOne() {
            Tree tree = browser.tree;
            if (tree.withClass("practice-progress").isEmpty() || tree.button("See the result").isPresent()) {
                return false;
            }
            Node input = browser.need(tree.withClass("answer-input"), "the answer input");
            List<Node> inside = tree.below(input);
            List<ObjectNode> submit = new ArrayList<>();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Optional<Node> radios = inside.stream().filter(n -> n.tag.equals("vaadin-radio-group")).findFirst();
            Optional<Node> boxes = inside.stream().filter(n -> n.tag.equals("vaadin-checkbox-group")).findFirst();
            Optional<Node> typed = inside.stream().filter(n -> n.tag.equals("vaadin-number-field") || n.tag.equals("vaadin-text-field")).findFirst();
            List<Node> selects = inside.stream().filter(n -> n.tag.equals("vaadin-select")).toList();
            List<Node> moves = inside.stream().filter(n -> n.tag.equals("vaadin-button") && !n.disabled()
                    && Optional.ofNullable(n.attribute("aria-label")).orElse("").startsWith("Move ")).toList();
            String type;
            if (radios.isPresent()) {
                type = "choice";
                List<Node> options = tree.below(radios.get()).stream().filter(n -> n.tag.equals("vaadin-radio-button")).toList();
                Node option = options.get(random.nextInt(options.size()));
                choose(List.of(Browser.sync(option.id, "checked", NODES.booleanNode(true)), Browser.event(option.id, "checked-changed", null),
                        Browser.sync(radios.get().id, "value", NODES.stringNode(option.property("value"))),
                        Browser.event(radios.get().id, "value-changed", null)));
            } else if (boxes.isPresent()) {
                type = "multiple";
                List<Node> options = tree.below(boxes.get()).stream().filter(n -> n.tag.equals("vaadin-checkbox")).toList();
                ArrayNode chosen = NODES.arrayNode();
                for (Node option : options) {
                    if (chosen.isEmpty() || random.nextBoolean() && chosen.size() < options.size() - 1) {
                        chosen.add(option.property("value"));
                        choose(List.of(Browser.sync(option.id, "checked", NODES.booleanNode(true)),
                                Browser.event(option.id, "checked-changed", null),
                                Browser.sync(boxes.get().id, "value", chosen.deepCopy()),
                                Browser.event(boxes.get().id, "value-changed", null)));
                    }
                }
            } else if (typed.isPresent()) {
                type = typed.get().tag.equals("vaadin-number-field") ? "number" : "text";
                // typed and sent with the click that submits it, as the field's pending value is
                submit.addAll(Browser.typed(typed.get(), type.equals("number") ? String.valueOf(random.nextInt(1, 3000)) : "Minsk"));
            } else if (!selects.isEmpty()) {
                type = "matching";
                for (Node select : selects) {
                    List<Node> items = tree.below(select).stream()
                            .filter(n -> n.tag.equals("vaadin-select-item") && !Optional.ofNullable(n.property("value")).orElse("").isEmpty())
                            .toList();
                    Node item = items.get(random.nextInt(items.size()));
                    choose(List.of(Browser.sync(select.id, "opened", NODES.booleanNode(true)), Browser.event(select.id, "opened-changed", null)));
                    choose(List.of(Browser.sync(select.id, "opened", NODES.booleanNode(false)), Browser.event(select.id, "opened-changed", null),
                            Browser.sync(select.id, "value", NODES.stringNode(item.property("value"))),
                            Browser.event(select.id, "value-changed", null)));
                }
            } else if (!moves.isEmpty()) {
                type = "ordering";
                int count = random.nextInt(1, 4);
                for (int i = 0; i < count; i++) {
                    List<Node> enabled = tree.below(browser.need(tree.withClass("answer-input"), "the ordering")).stream()
                            .filter(n -> n.tag.equals("vaadin-button") && !n.disabled()
                                    && Optional.ofNullable(n.attribute("aria-label")).orElse("").startsWith("Move ")).toList();
                    choose(List.of(Browser.click(enabled.get(random.nextInt(enabled.size())))));
                }
            } else {
                throw new Failure("unknown input", "no input known in " + inside);
            }
            submit.add(Browser.click(browser.need(tree.button("Submit"), "Submit")));
            long start = System.nanoTime();
            long echo = browser.echoNanos;
            browser.send(submit);
            long took = browser.since(start, echo);
            stats.time("answer", took);
            stats.time("answer:" + type, took);
            Optional<Node> verdict = browser.tree.withClass("verdict");
            String said = verdict.map(browser.tree::text).orElse("");
            if (!VERDICT.matcher(said).matches()) {
                Optional<Node> hint = browser.tree.first(n -> n.classes.contains("text-error") && "alert".equals(n.attribute("role")));
                throw new Failure("unconfirmed", type + " answer: no verdict (" + hint.map(browser.tree::text).orElse("") + ")");
            }
            stats.confirmed.incrementAndGet();
            if (System.nanoTime() >= stats.steadyFrom) {
                stats.confirmedSteady.incrementAndGet();
            }
            return true;
        }

        private void choose(List<ObjectNode> rpc) {
            long start = System.nanoTime();
            long echo = browser.echoNanos;
            browser.send(rpc);
            stats.time("choose", browser.since(start, echo));
        }

        /** "Next question", or at the end "See the result" and then "Start another session" from the result. */
        void next() {
            Tree tree = browser.tree;
            Node next = browser.need(tree.withClass("next-question").or(() -> tree.button("See the result")), "Next question");
            boolean last = browser.tree.text(next).equals("See the result");
            long start = System.nanoTime();
            long echo = browser.echoNanos;
            browser.send(List.of(Browser.click(next)));
            stats.time(last ? "result" : "next", browser.since(start, echo));
            if (last) {
                browser.need(browser.tree.withClass("practice-result"), "the result");
                think();
                browser.send(List.of(Browser.click(browser.need(browser.tree.button("Start another session"), "Start another session"))));
                think();
                start();
            } else {
                browser.need(browser.tree.withClass("practice-progress"), "the next question");
            }
        }

        void think() {
            long millis = thinkMin == thinkMax ? thinkMin : ThreadLocalRandom.current().nextLong(thinkMin, thinkMax + 1);
            long end = Math.min(until, System.nanoTime() + millis * 1_000_000);
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                // the page's own requests go on while the learner thinks
                browser.heartbeatIfDue();
                browser.countdownSyncIfDue();
                long wake = Math.min(left, Math.max(1, Math.min(browser.nextHeartbeat - System.nanoTime(),
                        browser.countdownStarted == 0 ? Long.MAX_VALUE
                                : browser.countdownStarted + Duration.ofSeconds(60).toNanos() - System.nanoTime())));
                try {
                    Thread.sleep(Duration.ofNanos(wake));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Failure("interrupted", "think");
                }
            }
        }
    }

    // ---------------------------------------------------------------- a run

    /** Prepares the accounts, lets the learners log in over the ramp and practise until the end, and reports. */
    record Run(String base, int learners, Duration length, Duration ramp, Optional<Long> server) {

        void go() throws Exception {
            String[] think = System.getProperty("think", "3-8").split("-");
            long thinkMin = (long) (Double.parseDouble(think[0]) * 1000);
            long thinkMax = (long) (Double.parseDouble(think[think.length - 1]) * 1000);
            String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
            try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor(); HttpClient http = Browser.client(io)) {
                Stats preparing = new Stats();
                List<Learner> all = new ArrayList<>();
                for (int i = 0; i < learners; i++) {
                    all.add(new Learner(PREFIX + tag + "-" + i, preparing, http, thinkMin, thinkMax));
                }
                long prepareStart = System.nanoTime();
                Semaphore parallel = new Semaphore(Integer.getInteger("prepare", 4));
                CountDownLatch registered = new CountDownLatch(learners);
                for (Learner learner : all) {
                    Thread.ofVirtual().start(() -> {
                        try {
                            parallel.acquireUninterruptibly();
                            learner.register(base);
                        } catch (RuntimeException e) {
                            preparing.error(e instanceof Failure f ? f.kind : e.getClass().getSimpleName(), e.getMessage());
                        } finally {
                            parallel.release();
                            registered.countDown();
                        }
                    });
                }
                registered.await();
                System.out.printf("Prepared %d accounts in %.1f s (%d errors)%n", learners,
                        (System.nanoTime() - prepareStart) / 1e9, preparing.errorCount());
                preparing.print(List.of("register"));
                preparing.samples.forEach(sample -> System.out.println("  " + sample));
                Optional<Long> heapBefore = server.flatMap(Run::liveHeap);

                Stats stats = new Stats();
                List<Learner> running = all.stream().map(l -> new Learner(l.name, stats, http, thinkMin, thinkMax)).toList();
                long begin = System.nanoTime();
                long end = begin + length.toNanos();
                stats.steadyFrom = begin + ramp.toNanos();
                String loadBefore = loadAverage();
                long[] cpuBefore = server.map(Run::cpuTicks).orElse(null);
                long[] selfBefore = cpuTicks(ProcessHandle.current().pid());
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < learners; i++) {
                    Learner learner = running.get(i);
                    long offset = learners == 1 ? 0 : ramp.toNanos() * i / learners;
                    threads.add(Thread.ofVirtual().start(() -> practise(learner, begin + offset, end)));
                }
                Thread timeline = Thread.ofVirtual().start(() -> timeline(stats, begin, end));
                for (Thread thread : threads) {
                    thread.join();
                }
                timeline.interrupt();
                timeline.join();
                double seconds = (System.nanoTime() - begin) / 1e9;
                long[] cpuAfter = server.map(Run::cpuTicks).orElse(null);
                long[] selfAfter = cpuTicks(ProcessHandle.current().pid());
                Optional<Long> heapLive = server.flatMap(Run::liveHeap);

                System.out.printf("%n%d learners, %.0f s, logging in over %d s, think %s s, timed sessions (the form's defaults)%n",
                        learners, seconds, ramp.toSeconds(), System.getProperty("think", "3-8"));
                stats.print(List.of("login", "login:page", "login:form", "login:home", "open", "start", "choose", "answer", "next", "result", "echo", "sync", "heartbeat"));
                double answersPerSecond = stats.confirmed.get() / seconds;
                double steadySeconds = seconds - ramp.toSeconds();
                System.out.printf("answers confirmed by the feedback: %d (%.1f a second; %s once all had logged in); requests %d (%.1f a second)%n",
                        stats.confirmed.get(), answersPerSecond,
                        steadySeconds > 0 ? String.format("%.1f a second", stats.confirmedSteady.get() / steadySeconds) : "-",
                        stats.requests.get(), stats.requests.get() / seconds);
                System.out.printf("errors: %d %s%n", stats.errorCount(), stats.errors);
                stats.samples.forEach(sample -> System.out.println("  " + sample));
                String cpu = "-";
                if (cpuBefore != null && cpuAfter != null) {
                    cpu = String.format("%.2f", (cpuAfter[0] - cpuBefore[0]) / 100.0 / seconds);
                    System.out.printf("server CPU: %s cores on average; this driver: %.2f cores%n", cpu,
                            (selfAfter[0] - selfBefore[0]) / 100.0 / seconds);
                }
                System.out.printf("machine: %d cores, load average (1 minute) %s at the start, %s at the end%n",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
                heapBefore.ifPresent(before -> System.out.printf("server heap after a full GC: %d MB before the learners logged in%n",
                        before / 1024 / 1024));
                heapLive.ifPresent(live -> System.out.printf("server heap after a full GC: %d MB with %d learners logged in (%s KB a learner)%n",
                        live / 1024 / 1024, learners, heapBefore.map(b -> String.valueOf((live - b) / 1024 / learners)).orElse("?")));
                System.out.printf(java.util.Locale.ROOT, "RESULT learners=%d seconds=%.0f confirmed=%d answers_per_s=%.1f answer_p50_ms=%.1f answer_p99_ms=%.1f "
                                + "login_p99_ms=%.1f start_p99_ms=%.1f errors=%d server_cores=%s heap_live_mb=%s%n",
                        learners, seconds, stats.confirmed.get(), answersPerSecond, percentile(stats, "answer", 50),
                        percentile(stats, "answer", 99), percentile(stats, "login", 99), percentile(stats, "start", 99),
                        stats.errorCount(), cpu, heapLive.map(h -> String.valueOf(h / 1024 / 1024)).orElse("-"));
            }
        }

        /** Every 10 seconds: the learners logged in, answers and requests a second, the server's cores, the load average. */
        void timeline(Stats stats, long begin, long end) {
            long[] cpu = server.map(Run::cpuTicks).orElse(null);
            long answers = 0;
            long requests = 0;
            long last = System.nanoTime();
            System.out.printf("%6s %10s %10s %11s %13s %8s%n", "time s", "logged in", "answers/s", "requests/s", "server cores", "load");
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(Duration.ofSeconds(10));
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                double seconds = (now - last) / 1e9;
                long[] cpuNow = server.map(Run::cpuTicks).orElse(null);
                System.out.printf("%6.0f %10d %10.1f %11.1f %13s %8s%n", (now - begin) / 1e9, stats.loggedIn.get(),
                        (stats.confirmed.get() - answers) / seconds, (stats.requests.get() - requests) / seconds,
                        cpu == null || cpuNow == null ? "-" : String.format("%.2f", (cpuNow[0] - cpu[0]) / 100.0 / seconds),
                        loadAverage());
                cpu = cpuNow;
                answers = stats.confirmed.get();
                requests = stats.requests.get();
                last = now;
            }
        }

        static double percentile(Stats stats, String action, double p) {
            long[] values = Optional.ofNullable(stats.micros.get(action)).map(q -> q.stream().mapToLong(Long::longValue).sorted().toArray())
                    .orElse(new long[0]);
            return values.length == 0 ? Double.NaN : Stats.pct(values, p);
        }

        /** One learner until the end: log in at its moment, then practise; after a failure, the practice page again. */
        void practise(Learner learner, long at, long end) {
            sleepUntil(at);
            learner.until = end;
            Stats stats = learner.stats;
            boolean loggedIn = false;
            while (System.nanoTime() < end) {
                try {
                    if (!loggedIn) {
                        learner.logIn(base);
                        loggedIn = true;
                        learner.think();
                        learner.openPractice();
                        learner.think();
                        learner.start();
                    }
                    while (System.nanoTime() < end) {
                        learner.think();
                        if (System.nanoTime() >= end) {
                            break;
                        }
                        if (!learner.answerOne()) {
                            learner.next();
                            continue;
                        }
                        learner.think();
                        if (System.nanoTime() >= end) {
                            break;
                        }
                        learner.next();
                    }
                } catch (Failure failure) {
                    stats.error(failure.kind, learner.name + ": " + failure.getMessage());
                    if (failure.kind.equals("interrupted")) {
                        return;
                    }
                    // as a learner would: load the practice page again (or log in again when the session is gone)
                    loggedIn = recover(learner, stats);
                } catch (RuntimeException e) {
                    stats.error(e.getClass().getSimpleName(), learner.name + ": " + e.getMessage());
                    loggedIn = recover(learner, stats);
                }
            }
        }

        boolean recover(Learner learner, Stats stats) {
            try {
                learner.think();
                learner.browser.open("/practice");
                if (learner.browser.tree.withClass("signed-in-user").isEmpty()) {
                    return false;
                }
                learner.start();
                return true;
            } catch (RuntimeException again) {
                stats.error("recover", learner.name + ": " + again.getMessage());
                return false;
            }
        }

        static void sleepUntil(long nanos) {
            long left = nanos - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (IOException e) {
                return "?";
            }
        }

        /** User and system CPU of a process so far, in clock ticks (100 a second), from /proc/PID/stat. */
        static long[] cpuTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** The heap in use after a full collection, as jcmd reports it. */
        static Optional<Long> liveHeap(long pid) {
            String jcmd = System.getProperty("jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
            try {
                run(jcmd, String.valueOf(pid), "GC.run");
                String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
                Matcher used = Pattern.compile("heap .*?used (\\d+)K").matcher(info);
                return used.find() ? Optional.of(Long.parseLong(used.group(1)) * 1024) : Optional.empty();
            } catch (IOException | InterruptedException e) {
                return Optional.empty();
            }
        }

        static String run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        }
    }

    /** Counts the answers the benchmark's learners have stored (run after the server has stopped). */
    static void count(String h2Url) throws Exception {
        try (Connection db = DriverManager.getConnection(h2Url, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("""
                        select count(*) from quiz_attempt_step s join quiz_attempt a on a.id = s.attempt_id
                        where a.owner like 'load-%' and s.kind = 'SUBMITTED'""")) {
            rows.next();
            System.out.printf("RESULT found=%d%n", rows.getLong(1));
        }
    }
}
