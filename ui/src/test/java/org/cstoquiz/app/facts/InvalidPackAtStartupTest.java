package org.cstoquiz.app.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cstoquiz.app.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An invalid extra pack stops the application at start-up with the list of its problems, before the
 * database is created: nothing is left in the data directory.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidPackAtStartupTest {

    @Test
    void theApplicationRefusesToStartAndListsEveryProblem(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        Path pack = dir.resolve("packs/broken");
        Files.createDirectories(pack.resolve("sources"));
        Path sample = Path.of("src/test/resources/extra-packs/shanghai");
        Files.copy(sample.resolve("pack.yaml"), pack.resolve("pack.yaml"));
        Files.copy(sample.resolve("sources/sco-note.txt"), pack.resolve("sources/sco-note.txt"));
        Files.writeString(pack.resolve("organizations.yaml"), """
                organizations:
                  - id: org.sco
                    area: organs
                    name: Shanghai Cooperation Organisation
                    cite:
                      - n1: "founded in Paris in 1066"
                  - id: org.sco
                    area: organs
                    name: A second organisation with the same id
                    cite:
                      - n1: "Its secretariat is located in Beijing."
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--csto-quiz.data-dir=" + dir.resolve("data"), "--csto-quiz.packs-dir=" + dir.resolve("packs"),
                "--server.port=0"));

        assertThat(output).contains("The fact packs cannot be loaded")
                .containsPattern("organizations\\.yaml:6: .*not found")
                .containsPattern("organizations\\.yaml:\\d+: .*duplicate")
                .contains("facts --check DIR");
        assertThat(dir.resolve("data/db")).as("no database created").doesNotExist();
    }
}
