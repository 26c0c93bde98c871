import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One browser (its cookies) and the page it shows (one UI). */
final class Browser {
    /** What Chromium reports about its window in the bootstrap request (as recorded from a real one). */
    static final String BROWSER_DETAILS = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-tzo=0&v-dstd=0"
            + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Prints every UIDL request, to compare with what a browser sends (see RecordJourney.java). */
    static final boolean TRACE = Boolean.getBoolean("trace");

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
