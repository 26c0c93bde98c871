import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Records what real Chromium sends and receives for the learner's journey the load benchmark
 * replays (register, log in, open Practice, start a timed session, answer each question, next
 * question), so a change in Vaadin's protocol can be seen and the benchmark's requests compared
 * with a browser's. Every request to the application with its body, and each UIDL or init answer,
 * goes to the output file.
 *
 * <p>Usage: java -cp CLASSPATH RecordJourney.java BASE_URL OUTPUT_FILE [QUESTIONS]
 */
public class RecordJourney {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int questions = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, "UTF-8");
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")))) {
            Page page = browser.newContext().newPage();
            page.setDefaultTimeout(30_000);
            page.onRequest(request -> {
                if (request.url().startsWith(base) && !request.url().contains("/VAADIN/")) {
                    synchronized (out) {
                        out.printf(">>> %s %s%n%s%n", request.method(), request.url(),
                                request.postData() == null ? "" : request.postData());
                    }
                }
            });
            page.onResponse(response -> {
                String url = response.url();
                if (url.startsWith(base) && !url.contains("/VAADIN/")) {
                    String body = "";
                    if (url.contains("v-r=") || response.status() != 200) {
                        try {
                            body = response.text();
                        } catch (RuntimeException noBody) {
                            body = "(no body)";
                        }
                    }
                    synchronized (out) {
                        out.printf("<<< %d %s %s%n%s%n", response.status(), url, response.headers().getOrDefault("location", ""), body);
                    }
                }
            });
            String name = "rec-" + Long.toString(System.nanoTime(), 36);
            String password = "record learner pass phrase";
            page.navigate(base + "/register");
            waitForVaadin(page);
            mark(out, "fill registration");
            page.getByLabel("User name").fill(name);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByLabel("Confirm password").fill(password);
            mark(out, "click Create account");
            button(page, "Create account").click();
            page.locator(".signed-in-user").waitFor();
            waitForVaadin(page);
            mark(out, "log out and log in again");
            page.context().clearCookies();
            page.navigate(base + "/login");
            waitForVaadin(page);
            page.getByLabel("User name").fill(name);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            button(page, "Log in").click();
            page.locator(".signed-in-user").waitFor();
            waitForVaadin(page);
            mark(out, "open practice");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practice")).first().click();
            page.getByLabel("Questions").waitFor();
            waitForVaadin(page);
            mark(out, "set questions");
            page.getByLabel("Questions").fill(String.valueOf(questions));
            page.getByLabel("Questions").press("Tab");
            waitForVaadin(page);
            mark(out, "click Start");
            button(page, "Start").click();
            page.locator(".practice-progress").waitFor();
            waitForVaadin(page);
            for (int i = 0; i < questions; i++) {
                answer(page, out);
                mark(out, "click Submit");
                button(page, "Submit").click();
                page.locator(".feedback h3").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                waitForVaadin(page);
                mark(out, "verdict " + page.locator(".feedback h3").textContent());
                Locator next = page.locator(".next-question");
                mark(out, "click " + next.textContent());
                next.click();
                waitForVaadin(page);
                if (page.locator(".practice-result").count() > 0) {
                    break;
                }
                page.locator(".practice-progress").waitFor();
            }
            mark(out, "done");
        }
    }

    static void answer(Page page, PrintStream out) {
        Locator input = page.locator(".answer-input");
        input.waitFor();
        if (input.locator("vaadin-radio-button").count() > 0) {
            mark(out, "choose a radio button");
            input.locator("vaadin-radio-button").first().click();
        } else if (input.locator("vaadin-checkbox").count() > 0) {
            mark(out, "check two boxes");
            input.locator("vaadin-checkbox").first().click();
            input.locator("vaadin-checkbox").nth(1).click();
        } else if (input.locator("vaadin-number-field").count() > 0) {
            mark(out, "type a number");
            input.locator("vaadin-number-field input").pressSequentially("42");
        } else if (input.locator("vaadin-text-field").count() > 0) {
            mark(out, "type a text");
            input.locator("vaadin-text-field input").pressSequentially("Minsk");
        } else if (input.locator("vaadin-select").count() > 0) {
            int selects = input.locator("vaadin-select").count();
            for (int s = 0; s < selects; s++) {
                mark(out, "match prompt " + (s + 1));
                input.locator("vaadin-select").nth(s).click();
                page.locator("vaadin-select-item:visible").nth(1).click(); // the first choice after "No answer"
                waitForVaadin(page);
            }
        } else {
            mark(out, "move the first item down");
            input.locator("vaadin-button").nth(1).click();
        }
        waitForVaadin(page);
    }

    static void mark(PrintStream out, String step) {
        synchronized (out) {
            out.printf("=== %s%n", step);
        }
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
}
