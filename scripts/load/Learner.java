import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One simulated learner: its account and its browser. */
final class Learner {
    static final Pattern VERDICT = Pattern.compile("Correct|Incorrect|Partly correct \\(\\d+%\\)|Not answered");
    static final String PASSWORD = "load learner pass phrase";

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
        ObjectNode data = Browser.NODES.objectNode();
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
        chooseTimeLimit();
        Node start = browser.need(tree.button("Start"), "Start");
        long begin = System.nanoTime();
        long echo = browser.echoNanos;
        browser.send(List.of(Browser.click(start)));
        stats.time("start", browser.since(begin, echo));
        browser.need(browser.tree.withClass("practice-progress"), "the session's progress after Start");
    }

    /** The time limit the run asks for ({@code -Dlimit=MINUTES}, 0 for untimed), picked in the form's select. */
    private void chooseTimeLimit() {
        String limit = System.getProperty("limit", "");
        if (limit.isEmpty()) {
            return;
        }
        int minutes = Integer.parseInt(limit);
        String label = minutes == 0 ? "Untimed" : minutes == 1 ? "1 minute" : minutes + " minutes";
        Node select = browser.need(browser.tree.field("Time limit"), "Time limit");
        Node item = browser.need(browser.tree.below(select).stream()
                .filter(n -> n.tag.equals("vaadin-select-item") && label.equals(n.attribute("label"))).findFirst(), "the time limit " + label);
        if (!item.property("value").equals(select.property("value"))) {
            select(select, item);
        }
    }

    /** Opens a select and picks an item, as two requests (the select's opening is synchronised). */
    private void select(Node select, Node item) {
        choose(List.of(Browser.sync(select.id, "opened", Browser.NODES.booleanNode(true)), Browser.event(select.id, "opened-changed", null)));
        choose(List.of(Browser.sync(select.id, "opened", Browser.NODES.booleanNode(false)), Browser.event(select.id, "opened-changed", null),
                Browser.sync(select.id, "value", Browser.NODES.stringNode(item.property("value"))),
                Browser.event(select.id, "value-changed", null)));
    }

    /** Answers the question shown in its own input, submits, and checks the verdict; false when done. */
    boolean answerOne() {
        Tree tree = browser.tree;
        if (tree.withClass("practice-progress").isEmpty() || tree.button("See the result").isPresent()) {
            return false;
        }
        Node input = browser.need(tree.withClass("answer-input"), "the answer input");
        Node card = browser.need(tree.parent(input), "the question's card");
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
            choose(List.of(Browser.sync(option.id, "checked", Browser.NODES.booleanNode(true)), Browser.event(option.id, "checked-changed", null),
                    Browser.sync(radios.get().id, "value", Browser.NODES.stringNode(option.property("value"))),
                    Browser.event(radios.get().id, "value-changed", null)));
        } else if (boxes.isPresent()) {
            type = "multiple";
            List<Node> options = tree.below(boxes.get()).stream().filter(n -> n.tag.equals("vaadin-checkbox")).toList();
            ArrayNode chosen = Browser.NODES.arrayNode();
            for (Node option : options) {
                if (chosen.isEmpty() || random.nextBoolean() && chosen.size() < options.size() - 1) {
                    chosen.add(option.property("value"));
                    choose(List.of(Browser.sync(option.id, "checked", Browser.NODES.booleanNode(true)),
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
                select(select, items.get(random.nextInt(items.size())));
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
        // the verdict of this question, in its card (the card of a question answered before is gone)
        Optional<Node> verdict = browser.tree.below(card).stream().filter(n -> n.classes.contains("verdict")).findFirst();
        String said = verdict.map(browser.tree::text).orElse("");
        if (!VERDICT.matcher(said).matches()) {
            Optional<Node> hint = browser.tree.first(n -> n.classes.contains("text-error") && "alert".equals(n.attribute("role")));
            throw new Failure("unconfirmed", type + " answer: no verdict (" + hint.map(browser.tree::text).orElse("") + ")");
        }
        stats.confirmed();
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
