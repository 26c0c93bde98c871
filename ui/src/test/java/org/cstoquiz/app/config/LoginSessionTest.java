package org.cstoquiz.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A login on a real port, as a browser makes it, with a request from the login page arriving after
 * the login has given the session its new id: it must not start a session whose cookie would replace
 * the logged-in one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginSessionTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpRequest.Builder request(String path, String session, String fetchMode) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Sec-Fetch-Mode", fetchMode);
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> newSession(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    @Test
    void aRequestFromTheLoginPageThatArrivesAfterTheLoginDoesNotLogTheUserOut() throws Exception {
        accounts.register(new RegistrationRequest("late-icon", "a good password", "a good password"));
        HttpResponse<String> loginPage = send(request("/login", null, "navigate"));
        String before = newSession(loginPage).orElseThrow();
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();

        String form = "username=late-icon&password=" + URLEncoder.encode("a good password", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(request("/login", before, "navigate")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = newSession(login).orElseThrow();
        assertThat(after).as("the login gives the session a new id").isNotEqualTo(before);

        for (String path : new String[] {"/icons/icon-192x192.png", "/manifest.webmanifest", "/favicon.ico"}) {
            HttpResponse<String> late = send(request(path, before, "no-cors"));
            assertThat(newSession(late)).as(path + " asked for with the id the login replaced").isEmpty();
        }

        HttpResponse<String> home = send(request("/", after, "navigate"));
        assertThat(home.statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void aPageOpenedWithAnExpiredSessionStartsANewOne() throws Exception {
        HttpResponse<String> page = send(request("/login", "0123456789ABCDEF0123456789ABCDEF", "navigate"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(newSession(page)).isPresent();
    }
}
