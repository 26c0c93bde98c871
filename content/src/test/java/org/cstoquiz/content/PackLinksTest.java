package org.cstoquiz.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack reads only its own files: a symbolic link that leads out of the pack directory (to
 * /etc/passwd, say) is refused with the link and its target named; a link inside the pack is fine.
 */
class PackLinksTest {

    static final Path NORDIC = Path.of("src/test/resources/extra-packs/nordic");

    @TempDir
    Path dir;

    private Path copyOfNordic() throws IOException {
        Path pack = dir.resolve("packs/nordic");
        Files.createDirectories(pack.resolve("sources"));
        try (var files = Files.walk(NORDIC)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, pack.resolve(NORDIC.relativize(file).toString()));
            }
        }
        return pack;
    }

    @Test
    void aSourceFileLinkedFromOutsideThePackIsRefused() throws IOException {
        Path pack = copyOfNordic();
        Path source = pack.resolve("sources/nordefco-facts.txt");
        Path outside = Files.copy(source, dir.resolve("elsewhere.txt"));
        Files.delete(source);
        Files.createSymbolicLink(source, outside);

        assertThatThrownBy(() -> Packs.check(pack)).isInstanceOf(PackValidationException.class)
                .hasMessageContaining("file 'sources/nordefco-facts.txt' is a link to " + outside.toRealPath()
                        + ", outside the pack directory");
        assertThatThrownBy(() -> Packs.loadAll(Optional.of(dir.resolve("packs"))))
                .hasMessageContaining("outside the pack directory");
    }

    @Test
    void aContentFileLinkedFromOutsideThePackIsRefused() throws IOException {
        Path pack = copyOfNordic();
        Path events = pack.resolve("events.yaml");
        Path outside = Files.copy(events, dir.resolve("events.yaml"));
        Files.delete(events);
        Files.createSymbolicLink(events, outside);

        assertThatThrownBy(() -> Packs.check(pack)).hasMessageContaining("file 'events.yaml' is a link to");
    }

    @Test
    void aLinkThatStaysInsideThePackIsFollowed() throws IOException {
        Path pack = copyOfNordic();
        Path source = pack.resolve("sources/nordefco-facts.txt");
        Path moved = Files.move(source, pack.resolve("sources/original.txt"));
        Files.createSymbolicLink(source, moved);

        assertThat(Packs.check(pack).pack().id()).isNotBlank();
    }
}
