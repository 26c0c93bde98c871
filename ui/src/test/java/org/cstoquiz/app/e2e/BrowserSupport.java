package org.cstoquiz.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cstoquiz.app.testdb.ToolRequired;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium through Playwright (Playwright's own browser download is never used). Where
 * no Chromium is installed, tests are skipped with a printed reason, and fail under {@code CI=true}
 * (CI installs it).
 */
final class BrowserSupport implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static BrowserSupport launchOrSkip() {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "End-to-end test skipped: no Chromium at " + CHROMIUM
                    + " (install it with: apt-get install -y chromium)";
            ToolRequired.missing(reason);
            Assumptions.abort(reason);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
        return new BrowserSupport(playwright, browser);
    }

    Page newPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A page whose browser runs in time zone {@code zoneId} ("Pacific/Kiritimati"). */
    Page newPage(int width, int height, String zoneId) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setTimezoneId(zoneId)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
