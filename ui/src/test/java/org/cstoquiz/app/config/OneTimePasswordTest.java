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
 * A password reset over real HTTP with real logins: the account's open sessions end at their next
 * request, the old password no longer works, and the one-time password gives no rights until its
 * owner has chosen a new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OneTimePasswordTest {

    static final String PASSWORD = "keys to the staff room";
    static final String ONE_TIME = "granite pelican harbour";

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
    void aResetEndsTheOpenSessionsAndTheOneTimePasswordGivesNoRightsUntilChanged() throws Exception {
        HttpClients http = new HttpClients(port);
        instructor("otp-resetter");
        long reset = instructor("otp-forgetful");
        String before = http.loggedInSession("otp-forgetful", PASSWORD);
        assertThat(http.api(before, null, null).statusCode()).isEqualTo(200);

        assertThat(RunAs.instructor(() -> accounts.resetPassword(reset, ONE_TIME, "otp-resetter"))).isEmpty();
        assertThat(http.api(before, null, null).statusCode()).as("the session opened before the reset").isEqualTo(401);
        assertThat(http.api(null, "otp-forgetful", PASSWORD).statusCode()).as("the old password").isEqualTo(401);
        assertThat(http.api(null, "otp-forgetful", ONE_TIME).statusCode()).as("the one-time password, by HTTP Basic")
                .isEqualTo(403);

        String after = http.loggedInSession("otp-forgetful", ONE_TIME);
        assertThat(http.api(after, null, null).statusCode()).as("logged in with the one-time password").isEqualTo(403);
        assertThat(http.api(after, null, null).statusCode()).as("and still, until it is changed").isEqualTo(403);

        assertThat(accounts.chooseNewPassword("otp-forgetful", "a shelf of blue teapots", "a shelf of blue teapots")
                .changed()).isTrue();
        assertThat(http.api(after, null, null).statusCode()).as("the same session, its password chosen").isEqualTo(200);
        assertThat(http.api(null, "otp-forgetful", "a shelf of blue teapots").statusCode()).isEqualTo(200);
    }
}
