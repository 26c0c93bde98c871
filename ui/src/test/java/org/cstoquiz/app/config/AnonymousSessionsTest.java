package org.cstoquiz.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Anonymous requests (redirects to the login page, static resources, error pages, the API's 401s)
 * leave no server session behind. Only the login and registration pages, which are Vaadin views,
 * need one (and it lives 10 minutes unless the user logs in).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousSessionsTest {

    static final List<String> ANONYMOUS = List.of("/", "/bank", "/accounts", "/no-such-page", "/logout",
            "/api/export", "/api/export?format=json", "/favicon.ico", "/icons/icon-192x192.png",
            "/manifest.webmanifest", "/offline.html", "/sw.js", "/robots.txt", "/error", "/VAADIN/build/missing.js",
            "/actuator/health");

    @LocalServerPort
    int port;

    @Autowired
    Sessions sessions;

    @Test
    void anonymousRequestsKeepNoSession() throws Exception {
        HttpClients http = new HttpClients(port);
        http.send(http.request("/login", null)); // Vaadin has started
        int before = sessions.live();
        for (int round = 0; round < 3; round++) {
            for (String path : ANONYMOUS) {
                for (String mode : new String[] {"navigate", "no-cors"}) {
                    HttpResponse<String> response = http.send(http.request(path, null).header("Sec-Fetch-Mode", mode));
                    assertThat(response.headers().firstValue("Location").orElse(""))
                            .as(path).doesNotContainIgnoringCase("jsessionid");
                    assertThat(liveSessionsOnceSettled(before)).as("server sessions after an anonymous " + path)
                            .isLessThanOrEqualTo(before);
                }
            }
        }
        System.out.printf("%d anonymous requests (%d paths): server sessions before %d, after %d%n",
                ANONYMOUS.size() * 6, ANONYMOUS.size(), before, sessions.live());
    }

    /**
     * The count of live sessions once the request's thread has finished (the response reaches the
     * client before the server thread ends a session it had to open for a resource).
     */
    private int liveSessionsOnceSettled(int expectedAtMost) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (sessions.live() > expectedAtMost && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return sessions.live();
    }

    @Test
    void aRedirectToTheLoginPageAndEveryApi401SetNoSessionCookie() throws Exception {
        HttpClients http = new HttpClients(port);
        for (String path : List.of("/", "/bank", "/api/export", "/api/export?format=json", "/error")) {
            HttpResponse<String> response = http.send(http.request(path, null).header("Sec-Fetch-Mode", "navigate"));
            assertThat(response.statusCode()).as(path).isIn(302, 401);
            assertThat(HttpClients.newSession(response)).as(path).isEmpty();
        }
        HttpResponse<String> wrongPassword = http.api(null, "nobody-here", "not the password at all");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(HttpClients.newSession(wrongPassword)).isEmpty();
    }

    @Test
    void theLoginPageHasASessionThatEndsSoonUnlessTheUserLogsIn() throws Exception {
        HttpClients http = new HttpClients(port);
        int before = sessions.live();
        HttpResponse<String> page = http.send(http.request("/login", null).header("Sec-Fetch-Mode", "navigate"));
        assertThat(HttpClients.newSession(page)).isPresent();
        assertThat(sessions.live()).isEqualTo(before + 1);
    }
}
