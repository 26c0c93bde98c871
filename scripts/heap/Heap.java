import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per live learner session, measured with real browsers. For each count of learners in turn
 * (0, 10, 30, 60 by default) the driver opens that many learners, each in its own Chromium context:
 * registered, logged in, in an untimed practice session with the first question answered and its
 * feedback shown. Then it asks the server for a class histogram of its live objects ({@code jcmd PID
 * GC.class_histogram}, which runs a full collection first) and prints the live heap, the Vaadin
 * sessions and UIs in it. The slope of live heap over learners (least squares) is the heap one live
 * learner session costs; r² says how straight the line is. At the end every learner logs out, and
 * the heap left per learner is printed too.
 *
 * <p>Usage: java -cp CLASSPATH Heap.java BASE_URL SERVER_PID JCMD [COUNTS...]
 */
public class Heap {

    static final String PASSWORD = "heap learner pass phrase";

    record Sample(int learners, long liveBytes, long sessions, long uis, String views, Map<String, Long> bytesByClass) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        String jcmd = args[2];
        int[] counts = args.length > 3 ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).sorted().toArray()
                : new int[] {0, 10, 30, 60};
        List<Sample> samples = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")))) {
            List<Page> learners = new ArrayList<>();
            Map<Integer, Long> lastResponse = new java.util.concurrent.ConcurrentHashMap<>();
            String run = Long.toString(System.nanoTime(), 36);
            // one learner first, logged out again, so that 0 is a server that has served a learner once
            // (classes loaded, caches filled) and the slope is what each further learner adds
            Page warmUp = browser.newContext().newPage();
            midPractice(base, warmUp, "heap-" + run + "-warm-up");
            button(warmUp, "Log out").click();
            warmUp.waitForURL(Pattern.compile(".*/login.*"));
            warmUp.context().close();
            for (int count : counts) {
                while (learners.size() < count) {
                    BrowserContext context = browser.newContext();
                    context.setDefaultTimeout(60_000);
                    Page page = context.newPage();
                    int index = learners.size();
                    // the size of the last response of the server to each page's client, which its UI keeps for a resend
                    page.onResponse(response -> {
                        if (response.url().contains("v-r=uidl") || response.url().contains("v-r=init")) {
                            try {
                                lastResponse.put(index, (long) response.body().length);
                            } catch (com.microsoft.playwright.PlaywrightException goneWithItsPage) {
                                // the page was left before its response could be read
                            }
                        }
                    });
                    midPractice(base, page, "heap-" + run + "-" + index);
                    learners.add(page);
                }
                // with HEAP_SETTLE_SECONDS, wait for the server to drop the UIs of pages left behind first
                Thread.sleep(Long.getLong("settle.seconds", 0) * 1000);
                Sample sample = measure(jcmd, pid, count);
                samples.add(sample);
                dump(jcmd, pid, "heap-" + count);
                System.out.printf("%3d learners: live heap %,d KB, %d server sessions, %d UIs (%s)%n", count,
                        sample.liveBytes() / 1024, sample.sessions(), sample.uis(), sample.views());
            }
            double[] fit = fit(samples);
            System.out.printf("RESULT heap per live learner session %.1f KB (r² %.3f), UIs per learner %.2f%n",
                    fit[0] / 1024, fit[1], uisPerLearner(samples));
            printGrowth(samples.getFirst(), samples.getLast());
            System.out.printf("Last response to each learner's page: %.1f KB on average%n",
                    lastResponse.values().stream().mapToLong(Long::longValue).average().orElse(0) / 1024);

            for (Page page : learners) {
                button(page, "Log out").click();
                page.waitForURL(Pattern.compile(".*/login.*"));
            }
            Sample after = measure(jcmd, pid, 0);
            dump(jcmd, pid, "heap-after-logout");
            Sample first = samples.getFirst();
            int most = samples.getLast().learners();
            System.out.printf("RESULT after %d logouts: live heap %,d KB, %d server sessions, %d UIs (%s); %.1f KB per learner left%n",
                    most, after.liveBytes() / 1024, after.sessions(), after.uis(), after.views(),
                    most == 0 ? 0.0 : (after.liveBytes() - first.liveBytes()) / 1024.0 / most);
        }
    }

    /** Registers {@code name} (which logs in), starts an untimed practice session and answers its first question. */
    static void midPractice(String base, Page page, String name) {
        page.navigate(base + "/register");
        waitForVaadin(page);
        page.getByLabel("User name").fill(name);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        button(page, "Create account").click();
        page.locator(".signed-in-user").waitFor();
        // as a person would: the home page has finished loading before they go on (a page left while a
        // request of it is under way keeps its UI until the heartbeat ends it)
        waitForVaadin(page);
        page.navigate(base + "/practice");
        waitForVaadin(page);
        page.getByLabel("Types").click();
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Single choice")).click();
        page.keyboard().press("Escape");
        page.getByLabel("Questions").fill("10");
        button(page, "Start").click();
        page.locator(".practice-progress").waitFor();
        page.getByRole(AriaRole.RADIO).first().check();
        button(page, "Submit").click();
        page.locator(".feedback h3").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        waitForVaadin(page);
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

    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$", Pattern.MULTILINE);

    /** The live heap after a full collection, from the class histogram, and the Vaadin sessions and UIs in it. */
    static Sample measure(String jcmd, String pid, int learners) throws IOException, InterruptedException {
        run(jcmd, pid, "GC.run");
        String histogram = run(jcmd, pid, "GC.class_histogram");
        Matcher total = TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram:\n" + histogram);
        }
        return new Sample(learners, Long.parseLong(total.group(2)),
                instances(histogram, "org.apache.catalina.session.StandardSession"),
                instances(histogram, "com.vaadin.flow.component.UI"), views(histogram), bytesByClass(histogram));
    }

    /** With -Ddump.dir, a dump of the live objects there ({@code NAME.hprof}), for scripts/heap/Dominators.java. */
    static void dump(String jcmd, String pid, String name) throws IOException, InterruptedException {
        String dir = System.getProperty("dump.dir", "");
        if (!dir.isEmpty()) {
            Path file = Path.of(dir).toAbsolutePath().resolve(name + ".hprof");
            java.nio.file.Files.deleteIfExists(file);
            run(jcmd, pid, "GC.heap_dump", file.toString());
        }
    }

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    static Map<String, Long> bytesByClass(String histogram) {
        Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher row = ROW.matcher(histogram);
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    /** The classes whose live bytes grew most from the first sample to the last, per learner added. */
    static void printGrowth(Sample first, Sample last) {
        int added = last.learners() - first.learners();
        if (added <= 0) {
            return;
        }
        System.out.printf("Largest growth per learner from %d to %d learners:%n", first.learners(), last.learners());
        last.bytesByClass().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - first.bytesByClass().getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %8.1f KB  %s%n", e.getValue() / 1024.0 / added, e.getKey()));
    }

    private static final Pattern VIEW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+org\\.cstoquiz\\.app\\.[\\w.]+\\.(\\w+(View|Layout))\\s*$",
            Pattern.MULTILINE);

    /** The screens in the heap, with how many of each: "MainLayout 10, PracticeSessionView 10". */
    static String views(String histogram) {
        Matcher row = VIEW.matcher(histogram);
        List<String> found = new ArrayList<>();
        while (row.find()) {
            found.add(row.group(2) + " " + row.group(1));
        }
        return found.isEmpty() ? "no screens" : String.join(", ", found);
    }

    static long instances(String histogram, String className) {
        Matcher row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)",
                Pattern.MULTILINE).matcher(histogram);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    /** Least squares of live bytes over learners: {slope in bytes per learner, r²}. */
    static double[] fit(List<Sample> samples) {
        int n = samples.size();
        double mx = samples.stream().mapToDouble(Sample::learners).average().orElse(0);
        double my = samples.stream().mapToDouble(Sample::liveBytes).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (Sample s : samples) {
            sxy += (s.learners() - mx) * (s.liveBytes() - my);
            sxx += (s.learners() - mx) * (s.learners() - mx);
            syy += (s.liveBytes() - my) * (s.liveBytes() - my);
        }
        if (n < 2 || sxx == 0) {
            return new double[] {0, 0};
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return new double[] {slope, r2};
    }

    /** UIs per learner at the largest count. */
    static double uisPerLearner(List<Sample> samples) {
        Sample last = samples.getLast();
        return last.learners() == 0 ? 0 : (double) last.uis() / last.learners();
    }
}
