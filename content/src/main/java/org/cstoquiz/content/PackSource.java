package org.cstoquiz.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a pack's files come from: the classpath or a directory. */
sealed interface PackSource {

    /** How a file of the pack is named in problems. */
    String display(String relative);

    /** The bytes of a file of the pack, or empty when it does not exist. */
    Optional<byte[]> read(String relative);

    /** The YAML files actually present at the top of the pack, when that can be listed. */
    Optional<List<String>> yamlFiles();

    /**
     * Why a file that is there cannot be read as part of the pack (a link that leads out of the pack
     * directory), or empty.
     */
    default Optional<String> refusal(String relative) {
        return Optional.empty();
    }

    record Classpath(ClassLoader loader, String base) implements PackSource {
        @Override
        public String display(String relative) {
            return base + "/" + relative;
        }

        @Override
        public Optional<byte[]> read(String relative) {
            try (InputStream in = loader.getResourceAsStream(base + "/" + relative)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<List<String>> yamlFiles() {
            return Optional.empty();
        }
    }

    record Directory(Path dir) implements PackSource {
        @Override
        public String display(String relative) {
            return dir.resolve(relative).toString();
        }

        @Override
        public Optional<byte[]> read(String relative) {
            Path file = dir.resolve(relative).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file) || refusal(relative).isPresent()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A file, or a directory on its way, that is a symbolic link leading out of the pack is refused. */
        @Override
        public Optional<String> refusal(String relative) {
            Path file = dir.resolve(relative).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.exists(file)) {
                return Optional.empty();
            }
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(dir.toRealPath())) {
                    return Optional.of("file '" + relative + "' is a link to " + real
                            + ", outside the pack directory: copy the file into the pack instead");
                }
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of("file '" + relative + "' cannot be read: " + e.getMessage());
            }
        }

        @Override
        public Optional<List<String>> yamlFiles() {
            try (Stream<Path> files = Files.list(dir)) {
                return Optional.of(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
