package org.cstoquiz.engine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Generators stay small: one question family per class, and each piece of wording written once. */
class GeneratorShapeTest {

    private static final Path GENERATE = Path.of("src/main/java/org/cstoquiz/engine/generate");
    private static final Path MAIN = Path.of("src/main/java");

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static long lines(Path p) {
        try (Stream<String> l = Files.lines(p)) {
            return l.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyFamilyHasItsOwnClassOfAtMost250Lines() throws IOException {
        List<Path> families = sources(GENERATE).stream().filter(p -> p.getFileName().toString().endsWith("Family.java"))
                .filter(p -> !p.getFileName().toString().equals("Family.java")).toList();
        assertThat(families).hasSizeGreaterThan(20);
        assertThat(families).allSatisfy(p -> assertThat(lines(p)).as(p.getFileName().toString()).isLessThanOrEqualTo(250));
        assertThat(sources(GENERATE)).allSatisfy(p -> assertThat(lines(p)).as(p.getFileName().toString()).isLessThanOrEqualTo(400));
    }

    /** The words for a membership status ("had suspended its membership in ...") exist once, in Wording. */
    @Test
    void theMembershipStatusWordingIsWrittenOnce() throws IOException {
        Pattern switchOnStatus = Pattern.compile("case\\s+(MembershipStatus\\.)?SUSPENDED\\b");
        List<String> places = sources(MAIN).stream().filter(p -> {
            try {
                Matcher m = switchOnStatus.matcher(Files.readString(p));
                return m.find();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(p -> p.getFileName().toString()).toList();
        assertThat(places).containsExactly("Wording.java");
    }
}
