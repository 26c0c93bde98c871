package org.cstoquiz.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/** Logging in as an attacker would try it: without the CSRF token, and guessing passwords fast. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginProtectionTest {

    static final int GUESSES = 200;
    static final String PASSWORD = "the real one, at last";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        Clock loginTestClock() {
            return new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    HttpClients http;

    @BeforeEach
    void client() {
        http = new HttpClients(port);
        ((MutableClock) clock).advance(Duration.ofHours(1)); // whatever an earlier test left in the buckets has refilled
    }

    private void register(String name, Role role) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.register(new RegistrationRequest(name, PASSWORD, PASSWORD));
        }
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(name).orElseThrow().id(), role));
    }

    @Test
    void theLoginFormWithoutItsCsrfTokenLogsNobodyIn() throws Exception {
        register("csrf-target", Role.LEARNER);
        HttpClients.LoginPage page = http.openLoginPage();
        HttpResponse<String> forged = http.logIn(new HttpClients.LoginPage(page.session(), null), "csrf-target", PASSWORD);
        String location = forged.headers().firstValue("Location").orElse("");
        assertThat(forged.statusCode() == 403 || location.matches(".*/login([?;].*)?"))
                .as("login without the token answers %d %s", forged.statusCode(), location).isTrue();
        String session = HttpClients.newSession(forged).orElse(page.session());
        HttpResponse<String> home = http.send(http.request("/", session));
        assertThat(home.statusCode()).as("still not logged in").isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> withToken = http.logIn(http.openLoginPage(), "csrf-target", PASSWORD);
        assertThat(withToken.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void formGuessesAreThrottledPerAccountAndTheRealUserGetsInAfterWaiting() throws Exception {
        register("form-target", Role.LEARNER);
        HttpClients.LoginPage page = http.openLoginPage();
        int checked = 0;
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < GUESSES; i++) {
            String location = http.logIn(page, "form-target", "guess number " + i).headers().firstValue("Location")
                    .orElseThrow();
            if (location.contains("throttled=")) {
                refused++;
            } else {
                assertThat(location).contains("error");
                checked++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String rightWhileThrottled = http.logIn(page, "form-target", PASSWORD).headers().firstValue("Location").orElseThrow();
        assertThat(rightWhileThrottled).as("the right password while throttled").contains("throttled=");
        assertThat(checked).as("guesses checked").isEqualTo(10);
        assertThat(refused).isEqualTo(GUESSES - 10);

        ((MutableClock) clock).advance(Duration.ofMinutes(1));
        String afterWaiting = http.logIn(http.openLoginPage(), "form-target", PASSWORD).headers().firstValue("Location")
                .orElseThrow();
        assertThat(afterWaiting).doesNotContain("throttled").doesNotContain("error");
        System.out.printf("Login form: %d wrong passwords in %.1f s (%.0f a second): %d checked, %d refused unchecked;"
                + " the right one refused while throttled, accepted after a minute%n",
                GUESSES, seconds, GUESSES / seconds, checked, refused);
    }

    @Test
    void basicAuthGuessesAreThrottledToo() throws Exception {
        register("api-target", Role.INSTRUCTOR);
        int unauthorized = 0;
        int tooMany = 0;
        for (int i = 0; i < GUESSES; i++) {
            HttpResponse<String> response = http.api(null, "api-target", "guess number " + i);
            if (response.statusCode() == 429) {
                tooMany++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.body()).contains("too many failed logins");
            } else {
                assertThat(response.statusCode()).isEqualTo(401);
                unauthorized++;
            }
        }
        assertThat(http.api(null, "api-target", PASSWORD).statusCode()).as("right password while throttled").isEqualTo(429);
        assertThat(unauthorized).isEqualTo(10);

        ((MutableClock) clock).advance(Duration.ofMinutes(1));
        assertThat(http.api(null, "api-target", PASSWORD).statusCode()).isEqualTo(200);
        System.out.printf("HTTP Basic: %d wrong passwords: %d checked (401), %d refused unchecked (429);"
                + " the right one refused while throttled, accepted after a minute%n", GUESSES, unauthorized, tooMany);
    }

    @Test
    void guessesAtManyAccountsFromOneAddressAreThrottledByAddress() throws Exception {
        HttpClients.LoginPage page = http.openLoginPage();
        int checked = 0;
        for (int i = 0; i < 120; i++) {
            String location = http.logIn(page, "nobody-" + i, "guess number " + i).headers().firstValue("Location")
                    .orElseThrow();
            checked += location.contains("throttled=") ? 0 : 1;
        }
        assertThat(checked).as("guesses checked from one address").isEqualTo(50);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsLaxAndSecureOverHttps() throws Exception {
        HttpResponse<String> page = http.send(http.request("/login", null));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");

        HttpResponse<String> overHttps = http.send(http.request("/login", null).header("X-Forwarded-Proto", "https"));
        String secureCookie = overHttps.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(secureCookie).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> api = http.api(null, null, null);
        assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
