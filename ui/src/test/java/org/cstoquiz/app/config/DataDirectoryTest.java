package org.cstoquiz.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void createsAMissingDirectory() {
        Path wanted = temp.resolve("a/b/data");
        assertThat(DataDirectory.prepare(wanted)).isEqualTo(wanted.toAbsolutePath());
        assertThat(wanted).isDirectory();
    }

    @Test
    void aFileInTheWayGivesOneLineNamingTheDirectoryAndTheReason() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-dir"), "x");
        Path wanted = file.resolve("data");
        assertThatThrownBy(() -> DataDirectory.prepare(wanted))
                .isInstanceOf(DataDirectory.UnusableDataDirectoryException.class)
                .hasMessageStartingWith("Cannot use data directory " + wanted.toAbsolutePath() + ": it cannot be created")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aPathThatIsAFileIsRejected() throws Exception {
        Path file = Files.writeString(temp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> DataDirectory.prepare(file))
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("CSTO_QUIZ_DATA_DIR");
    }
}
