package org.cstoquiz.app.e2e;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the application, started on a random port, in a real Chromium: one browser per
 * test class, launched by the first test that needs it (a test that drives no page runs without it)
 * and closed after the last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserJourney {

    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void assertionTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** Chromium, launched on first use; the test is skipped with a reason where none is installed. */
    static BrowserSupport browser() {
        if (browser == null) {
            browser = BrowserSupport.launchOrSkip();
        }
        return browser;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
