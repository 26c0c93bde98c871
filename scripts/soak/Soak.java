import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Soak: N learners practise in real Chromium pages against a running server for M minutes. Each
 * learner registers, logs in, starts untimed single-choice practice sessions and answers question
 * after question. A save is "attempted" when Submit is clicked and "acknowledged" when the page shows
 * the verdict (the server has stored and graded the answer). After the run, the server is stopped by
 * the caller and the database is opened to count the answers "found" (SUBMITTED steps of the soak
 * learners). Learners take turns from one thread, one action each, so think time grows with N.
 *
 * <p>Usage: java -cp CLASSPATH Soak.java BASE_URL LEARNERS MINUTES drive|count [H2_URL]
 */
public class Soak {

    static final String PASSWORD = "soak learner pass phrase";
    static final String PREFIX = "soak-";

    record Learner(String name, Page page) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 5 && args[3].equals("count")) {
            count(args[4]);
            return;
        }
        String base = args[0];
        int learners = Integer.parseInt(args[1]);
        Duration length = Duration.ofMinutes(Long.parseLong(args[2]));
        long attempted = 0;
        long acknowledged = 0;
        long failures = 0;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(java.nio.file.Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")))) {
            List<Learner> all = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                BrowserContext context = browser.newContext();
                context.setDefaultTimeout(60_000);
                Learner learner = new Learner(PREFIX + i + "-" + Long.toString(System.nanoTime(), 36), context.newPage());
                signUpAndStart(base, learner);
                all.add(learner);
                System.out.printf("%s started (%d of %d)%n", learner.name(), i + 1, learners);
            }
            Instant end = Instant.now().plus(length);
            Instant nextReport = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(end)) {
                for (Learner learner : all) {
                    if (!Instant.now().isBefore(end)) {
                        break;
                    }
                    try {
                        attempted++;
                        if (answer(learner)) {
                            acknowledged++;
                        }
                        goOn(learner);
                    } catch (PlaywrightException e) {
                        failures++;
                        System.out.printf("%s: %s; reloading%n", learner.name(), e.getMessage().lines().findFirst().orElse(""));
                        learner.page().navigate(base + "/practice");
                    }
                }
                if (Instant.now().isAfter(nextReport)) {
                    System.out.printf("%s: %d saves attempted, %d acknowledged%n", Instant.now(), attempted, acknowledged);
                    nextReport = nextReport.plusSeconds(60);
                }
            }
        }
        System.out.printf("RESULT attempted=%d acknowledged=%d page-failures=%d%n", attempted, acknowledged, failures);
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  return !!clients && Object.keys(clients).length > 0
                      && Object.values(clients).every(client => !client.isActive || !client.isActive());
                }""");
    }

    static void signUpAndStart(String base, Learner learner) {
        Page page = learner.page();
        page.navigate(base + "/register");
        waitForVaadin(page);
        page.getByLabel("User name").fill(learner.name());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        button(page, "Create account").click(); // registering logs the new account in
        page.locator(".signed-in-user").waitFor();
        startSession(base, learner);
    }

    static void startSession(String base, Learner learner) {
        Page page = learner.page();
        if (!page.url().endsWith("/practice")) {
            page.navigate(base + "/practice");
        }
        waitForVaadin(page);
        // the form remembers the last settings: pick single choice only if it is not chosen already
        // (clicking a chosen item would take it out again)
        if (page.locator("vaadin-multi-select-combo-box-chip").filter(new Locator.FilterOptions().setHasText("Single choice")).count() == 0) {
            page.getByLabel("Types").click();
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Single choice")).click();
            page.keyboard().press("Escape");
        }
        page.getByLabel("Time limit").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Untimed").setExact(true)).click();
        button(page, "Start").click();
        page.locator(".practice-progress").waitFor();
    }

    /** Picks the first option and submits; whether the page then showed the verdict. */
    static boolean answer(Learner learner) {
        Page page = learner.page();
        page.getByRole(AriaRole.RADIO).first().check();
        button(page, "Submit").click();
        page.locator(".feedback h3").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        String verdict = page.locator(".feedback h3").textContent().strip();
        return verdict.equals("Correct") || verdict.equals("Incorrect");
    }

    static void goOn(Learner learner) {
        Page page = learner.page();
        if (button(page, "Next question").count() > 0) {
            button(page, "Next question").click();
            page.locator(".feedback h3").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        } else {
            button(page, "See the result").click();
            button(page, "Start another session").click();
            startSession(page.url().replaceAll("(https?://[^/]+).*", "$1"), learner);
        }
    }

    /** Counts the answers the soak learners have stored (run after the server has stopped). */
    static void count(String h2Url) throws Exception {
        try (Connection db = DriverManager.getConnection(h2Url, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("""
                        select count(*) from quiz_attempt_step s join quiz_attempt a on a.id = s.attempt_id
                        where a.owner like 'soak-%' and s.kind = 'SUBMITTED'""")) {
            rows.next();
            System.out.printf("RESULT found=%d%n", rows.getLong(1));
        }
    }
}
