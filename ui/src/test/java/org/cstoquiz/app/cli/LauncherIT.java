package org.cstoquiz.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/csto-quiz} run as a process, as a user runs it, on the jar this build packaged, with the
 * JDK running the tests: the same output, files and exit codes as {@code java -jar}, and the extracted
 * jar and (Java 24 or later) the ahead-of-time cache made by the first run used by the next.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path LAUNCHER = property("csto-quiz.launcher", "../bin/csto-quiz");
    private static final Path JAR = property("csto-quiz.jar", "target/csto-quiz.jar");
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final int JAVA = Runtime.version().feature();

    @TempDir
    Path work;

    private record Run(int exitCode, byte[] stdout, String stderr) {
    }

    @Test
    void exportsTheWholeBankAsPdfAsJavaJarDoesThenRunsFromTheCachesTheFirstRunMade() throws Exception {
        Path out = work.resolve("bank.zip");
        String[] export = {"export", "--seed", "42", "--format", "pdf", "--out", out.toString()};
        Run reference = javaJar(export);
        assertThat(reference.exitCode()).as(reference.stderr()).isZero();
        byte[] bank = Files.readAllBytes(out);
        Files.delete(out);

        Run first = launcher(Map.of(), export);
        assertSameAs(reference, first);
        assertThat(out).hasBinaryContent(bank);
        assertPdfsWithText(bank);
        Path extracted = Files.readSymbolicLink(onlyKey());
        if (JAVA >= 24) {
            assertThat(cache().resolve(extracted).resolve("csto-quiz.aot")).isNotEmptyFile();
        }
        Files.delete(out);

        // A log file of the JVM's own says whether it mapped the cache; the command's output stays as it was.
        Path aotLog = work.resolve("aot.log");
        Run second = launcher(Map.of("CSTO_QUIZ_JAVA_OPTS", JAVA >= 25 ? "-Xlog:aot=info:file=" + aotLog : ""), export);
        assertSameAs(reference, second);
        assertThat(out).hasBinaryContent(bank);
        assertThat(Files.readSymbolicLink(onlyKey())).as("extracted once").isEqualTo(extracted);
        if (JAVA >= 25) {
            assertThat(Files.readString(aotLog))
                    .contains("Opened AOT cache " + cache().resolve(extracted).resolve("csto-quiz.aot"))
                    .contains("Using AOT-linked classes: true");
        }
    }

    @Test
    void aUsageErrorExitsTwoWithTheMessageJavaJarGivesAndWritesNothing() throws Exception {
        Path out = work.resolve("bank.txt");
        String[] export = {"export", "--format", "nope", "--out", out.toString()};
        Run reference = javaJar(export);
        assertThat(reference.exitCode()).isEqualTo(2);
        assertThat(reference.stderr()).startsWith("Error: unknown format 'nope'");

        Run launched = launcher(Map.of(), export);
        assertSameAs(reference, launched);
        assertThat(out).doesNotExist();
        assertThat(aotFiles()).as("a failed command makes no AOT cache").isEmpty();
    }

    @Test
    void withoutTheJarSaysHowToBuildItAndExitsTwo() throws Exception {
        Path missing = work.resolve("missing.jar");
        Run launched = launcher(Map.of("CSTO_QUIZ_JAR", missing.toString()), "--help");
        assertThat(launched.exitCode()).isEqualTo(2);
        assertThat(launched.stdout()).isEmpty();
        assertThat(launched.stderr().lines()).singleElement().asString()
                .startsWith("csto-quiz: no application jar at " + missing)
                .contains("./mvnw -Pproduction -DskipTests package");
        assertThat(cache()).doesNotExist();
    }

    @Test
    void aJavaOlderThan21IsNamedAndNotRun() throws Exception {
        Path oldJdk = fakeJdk("17.0.2", "exit 99");
        Run launched = launcher(Map.of("JAVA_HOME", oldJdk.toString()), "--help");
        assertThat(launched.exitCode()).isEqualTo(2);
        assertThat(launched.stderr().strip())
                .isEqualTo("csto-quiz: " + oldJdk.resolve("bin/java")
                        + " is Java 17.0.2; the application needs Java 21 or later (set JAVA_HOME to one)");
    }

    /** Java 21 to 23 have no AOT cache: the launcher runs the extracted jar with its options alone. */
    @Test
    void onJava21To23RunsTheExtractedJarWithoutAnAotCache() throws Exception {
        Path jdk23 = fakeJdk("23.0.2", "exec '" + JAVA_HOME.resolve("bin/java") + "' \"$@\"");
        Path out = work.resolve("sample.json");
        Run launched = launcher(Map.of("JAVA_HOME", jdk23.toString()),
                "export", "--seed", "7", "--format", "json", "--count", "5", "--out", out.toString());

        assertThat(launched.exitCode()).as(launched.stderr()).isZero();
        assertThat(launched.stderr()).isEqualTo("Wrote 5 of 5 questions (json) to " + out + System.lineSeparator());
        QuestionSet sample = new JsonImporter().read(Files.readString(out));
        assertThat(sample.seed()).isEqualTo(7);
        assertThat(sample.questions()).hasSize(5);
        assertThat(cache().resolve(Files.readSymbolicLink(onlyKey())).resolve(JAR.getFileName())).isNotEmptyFile();
        assertThat(aotFiles()).isEmpty();
    }

    private static void assertSameAs(Run reference, Run launched) {
        assertThat(launched.exitCode()).as(launched.stderr()).isEqualTo(reference.exitCode());
        assertThat(launched.stderr()).isEqualTo(reference.stderr());
        assertThat(launched.stdout()).as("standard output: %s", new String(launched.stdout(), StandardCharsets.UTF_8))
                .isEqualTo(reference.stdout());
    }

    private static void assertPdfsWithText(byte[] zip) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                try (PDDocument document = Loader.loadPDF(in.readAllBytes())) {
                    texts.put(entry.getName(), new PDFTextStripper().getText(document));
                }
            }
        }
        assertThat(texts.keySet()).containsExactly("csto-42-paper.pdf", "csto-42-key.pdf");
        assertThat(texts.values()).allSatisfy(text -> assertThat(text).contains("CSTO"));
    }

    private Path cache() {
        return work.resolve("cache");
    }

    /** The one cache entry: a link named after the jar and the JDK, to the directory it was extracted into. */
    private Path onlyKey() throws IOException {
        try (Stream<Path> entries = Files.list(cache())) {
            List<Path> links = entries.filter(Files::isSymbolicLink).toList();
            assertThat(links).hasSize(1);
            return links.getFirst();
        }
    }

    private List<Path> aotFiles() throws IOException {
        if (!Files.exists(cache())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".aot")).toList();
        }
    }

    /** A JDK directory whose release file names the version and whose bin/java is the given script. */
    private Path fakeJdk(String version, String javaScript) throws IOException {
        Path home = work.resolve("jdk-" + version);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n" + javaScript + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private Run javaJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    private Run launcher(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", JAVA_HOME.toString());
        env.put("CSTO_QUIZ_JAR", JAR.toString());
        env.put("CSTO_QUIZ_CACHE", cache().toString());
        env.putAll(environment);
        return run(command, env);
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        Path stdout = Files.createTempFile(work, "stdout", ".bin");
        Path stderr = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CSTO_QUIZ_") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("%s did not end; standard error so far: %s", command, Files.readString(stderr));
        }
        return new Run(process.exitValue(), Files.readAllBytes(stdout), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static Path property(String name, String fallback) {
        return Path.of(System.getProperty(name, fallback)).toAbsolutePath().normalize();
    }
}
