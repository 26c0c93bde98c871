package org.cstoquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Data is kept in the H2 file under the data directory, so it survives a restart. */
class PersistenceAcrossRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--csto-quiz.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=warn");
    }

    @Test
    void accountsSurviveARestart() {
        try (var first = start()) {
            first.getBean(AccountService.class)
                    .register(new RegistrationRequest("kept", "long enough password", "long enough password"));
        }
        try (var second = start()) {
            var kept = second.getBean(AccountService.class).findByUsername("kept");
            assertThat(kept).get().extracting(account -> account.role()).isEqualTo(Role.INSTRUCTOR);
        }
        assertThat(dataDir.resolve("db")).isDirectory();
    }
}
