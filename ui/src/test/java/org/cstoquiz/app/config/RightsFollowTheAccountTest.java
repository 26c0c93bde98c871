package org.cstoquiz.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A role change or a suspension takes effect on the next request of every session of that account,
 * over real HTTP with real logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RightsFollowTheAccountTest {

    static final String PASSWORD = "keys to the staff room";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private long instructor(String name) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.register(new RegistrationRequest(name, PASSWORD, PASSWORD));
        }
        long id = accounts.findByUsername(name).orElseThrow().id();
        RunAs.instructor(() -> accounts.changeRole(id, Role.INSTRUCTOR));
        return id;
    }

    @Test
    void aDemotedInstructorLosesTheApiInEverySessionAtTheNextRequestAndGetsItBackWhenPromoted() throws Exception {
        HttpClients http = new HttpClients(port);
        instructor("keeps-rights");
        long demoted = instructor("loses-rights");
        String first = http.loggedInSession("loses-rights", PASSWORD);
        String second = http.loggedInSession("LOSES-rights", PASSWORD);
        assertThat(http.api(first, null, null).statusCode()).isEqualTo(200);
        assertThat(http.api(second, null, null).statusCode()).isEqualTo(200);

        RunAs.instructor(() -> accounts.changeRole(demoted, Role.LEARNER));
        assertThat(http.api(first, null, null).statusCode()).as("first session after the demotion").isEqualTo(403);
        assertThat(http.api(second, null, null).statusCode()).as("second session after the demotion").isEqualTo(403);
        assertThat(http.send(http.request("/accounts", first)).statusCode()).as("the session still works").isEqualTo(200);

        RunAs.instructor(() -> accounts.changeRole(demoted, Role.INSTRUCTOR));
        assertThat(http.api(first, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSuspendedAccountIsLoggedOutEverywhereAndCannotLogIn() throws Exception {
        HttpClients http = new HttpClients(port);
        instructor("stays-on");
        long suspended = instructor("gets-suspended");
        String session = http.loggedInSession("gets-suspended", PASSWORD);
        assertThat(http.api(session, null, null).statusCode()).isEqualTo(200);

        RunAs.instructor(() -> accounts.setSuspended(suspended, true));
        assertThat(http.api(session, null, null).statusCode()).as("the open session").isEqualTo(401);
        assertThat(http.api(null, "gets-suspended", PASSWORD).statusCode()).as("HTTP Basic").isEqualTo(401);
        String login = http.logIn(http.openLoginPage(), "gets-suspended", PASSWORD).headers().firstValue("Location")
                .orElseThrow();
        assertThat(login).contains("error");

        RunAs.instructor(() -> accounts.setSuspended(suspended, false));
        assertThat(http.api(null, "gets-suspended", PASSWORD).statusCode()).isEqualTo(200);
    }
}
