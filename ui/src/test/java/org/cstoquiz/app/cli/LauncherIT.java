package org.cstoquiz.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/csto-quiz} run as a process, as a user runs it, on the jar this build packaged, with the
 * JDK running the tests: the same output, files and exit codes as {@code java -jar}; the first run on
 * the fat jar while a job in the background extracts the jar and (Java 24 or later) makes the
 * ahead-of-time cache, one job at a time, writing nothing outside the cache directory; later runs
 * from what it made.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path LAUNCHER = property("csto-quiz.launcher", "../bin/csto-quiz");
    private static final Path JAR = property("csto-quiz.jar", "target/csto-quiz.jar");
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final int JAVA = Runtime.version().feature();
    /** Generous: the job runs at the lowest priority, and the machine may be busy with other work. */
    private static final Duration PREPARING_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path work;

    private record Run(int exitCode, byte[] stdout, String stderr) {
    }

    /** The launcher's working directory, and the directory its --out files go to. */
    private Path cwd;
    private Path outDir;

    @BeforeEach
    void directories() throws IOException {
        cwd = Files.createDirectories(work.resolve("cwd"));
        outDir = Files.createDirectories(work.resolve("out"));
    }

    /** No job left writing into the temporary directory when it is deleted. */
    @AfterEach
    void noJobLeft() throws Exception {
        awaitPrepared(() -> true);
    }

    @Test
    void runsTheFirstExportAsJavaJarDoesThenTheNextFromTheCachesPreparedInTheBackground() throws Exception {
        Path out = outDir.resolve("bank.zip");
        String[] export = {"export", "--seed", "42", "--format", "pdf", "--out", out.toString()};
        Run reference = javaJar(export);
        assertThat(reference.exitCode()).as(reference.stderr()).isZero();
        byte[] bank = Files.readAllBytes(out);
        Files.delete(out);

        Run first = launcher(Map.of(), export);
        assertSameAs(reference, first);
        assertThat(out).hasBinaryContent(bank);
        assertPdfsWithText(bank);
        BasicFileAttributes written = Files.readAttributes(out, BasicFileAttributes.class);

        awaitPrepared(this::cacheReady);
        assertThat(preparations()).as("jobs that prepared the cache").isEqualTo(1);
        assertThat(cacheEntries()).as("no failed attempt").noneMatch(name -> name.endsWith(".failures"));
        // The training run wrote into the cache directory only.
        assertThat(listing(outDir)).containsExactly("bank.zip");
        assertThat(Files.readAttributes(out, BasicFileAttributes.class))
                .as("the user's file as their command wrote it")
                .returns(written.fileKey(), BasicFileAttributes::fileKey)
                .returns(written.lastModifiedTime(), BasicFileAttributes::lastModifiedTime);
        assertThat(listing(cwd)).isEmpty();
        Path extracted = Files.readSymbolicLink(onlyKey());
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
        assertThat(preparations()).as("nothing left to prepare").isEqualTo(1);
    }

    /**
     * The first command's job waits for its command, here one whose output nobody reads yet; a run
     * meanwhile (a usage error) finds the job's lock and starts no other. Both give java -jar's output.
     */
    @Test
    void whileTheCacheIsBeingPreparedAnotherRunStartsNoSecondJob() throws Exception {
        String[] sample = {"export", "--seed", "42", "--format", "json", "--count", "150"};
        Run sampleReference = javaJar(sample);
        assertThat(sampleReference.exitCode()).as(sampleReference.stderr()).isZero();
        assertThat(sampleReference.stdout().length).as("more than a pipe holds (64 KiB)").isGreaterThan(128 * 1024);
        Path out = outDir.resolve("bank.txt");
        String[] usageError = {"export", "--format", "nope", "--out", out.toString()};
        Run usageReference = javaJar(usageError);
        assertThat(usageReference.exitCode()).isEqualTo(2);
        assertThat(usageReference.stderr()).startsWith("Error: unknown format 'nope'");

        Path firstStderr = Files.createTempFile(work, "stderr", ".txt");
        Process first = launcherBuilder(Map.of(), sample)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(firstStderr.toFile()).start();
        try {
            await("the first run to take the job's lock", () -> cacheEntries().stream().anyMatch(name -> name.endsWith(".lock")));

            Run meanwhile = launcher(Map.of(), usageError);
            assertSameAs(usageReference, meanwhile);
            assertThat(out).doesNotExist();
            assertThat(first.isAlive()).as("the first command, blocked on its output, still holds its job back").isTrue();

            byte[] firstStdout = first.getInputStream().readAllBytes();
            assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertSameAs(sampleReference, new Run(first.exitValue(), firstStdout, Files.readString(firstStderr)));
        } finally {
            first.destroyForcibly();
        }

        awaitPrepared(this::cacheReady);
        assertThat(preparations()).as("jobs that prepared the cache").isEqualTo(1);
        assertThat(listing(outDir)).isEmpty();
        assertThat(listing(cwd)).isEmpty();
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

    /**
     * Java 21 to 23 have no AOT cache: the first run is on the fat jar, the job only extracts it, and
     * the next run is on the extracted jar (a JDK 23 whose java logs its arguments and runs this JDK's).
     */
    @Test
    void onJava21To23TheJobOnlyExtractsTheJarAndTheNextRunUsesIt() throws Exception {
        Path calls = work.resolve("java-calls.txt");
        Path jdk23 = fakeJdk("23.0.2", "printf '%s\\n' \"$*\" >> '" + calls + "'\nexec '" + JAVA_HOME.resolve("bin/java") + "' \"$@\"");
        Path out = outDir.resolve("sample.json");
        String[] export = {"export", "--seed", "7", "--format", "json", "--count", "5", "--out", out.toString()};

        Run first = launcher(Map.of("JAVA_HOME", jdk23.toString()), export);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stderr()).isEqualTo("Wrote 5 of 5 questions (json) to " + out + System.lineSeparator());
        QuestionSet sample = new JsonImporter().read(Files.readString(out));
        assertThat(sample.seed()).isEqualTo(7);
        assertThat(sample.questions()).hasSize(5);

        awaitPrepared(this::extracted);
        Path extracted = cache().resolve(Files.readSymbolicLink(onlyKey())).resolve(JAR.getFileName());
        Run second = launcher(Map.of("JAVA_HOME", jdk23.toString()), export);
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stderr()).isEqualTo(first.stderr());

        String arguments = String.join(" ", export);
        assertThat(Files.readAllLines(calls)).satisfiesExactly(
                call -> assertThat(call).isEqualTo("-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar " + JAR + " " + arguments),
                call -> assertThat(call).contains("-Djarmode=tools -jar " + JAR + " extract --destination " + cache()),
                call -> assertThat(call).isEqualTo("-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar " + extracted + " " + arguments));
        assertThat(aotFiles()).isEmpty();
        assertThat(listing(outDir)).containsExactly("sample.json");
        assertThat(listing(cwd)).isEmpty();
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

    /** The names in the cache directory (links, extractions, the job's lock, log and failures). */
    private List<String> cacheEntries() {
        return Files.isDirectory(cache()) ? listing(cache()) : List.of();
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cache a later run on this JDK uses: the AOT cache on Java 24 or later, else the extracted jar. */
    private boolean cacheReady() {
        return JAVA >= 24 ? cacheHolds("csto-quiz.aot") : extracted();
    }

    private boolean extracted() {
        return cacheHolds(JAR.getFileName().toString());
    }

    /** Whether the directory the cache's link names holds the file. */
    private boolean cacheHolds(String file) {
        try (Stream<Path> entries = Files.list(cache())) {
            return entries.filter(Files::isSymbolicLink)
                    .map(link -> cache().resolve(link).resolve(file))
                    .anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the condition holds and no job holds the lock, that is, the job has ended. */
    private void awaitPrepared(BooleanSupplier ready) throws InterruptedException {
        await("the cache to be prepared", () -> ready.getAsBoolean() && cacheEntries().stream().noneMatch(name -> name.endsWith(".lock")));
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PREPARING_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited %s for %s; cache directory: %s; its log: %s", PREPARING_TIMEOUT, what, cacheEntries(), preparingLog());
            }
            Thread.sleep(50);
        }
    }

    private String preparingLog() {
        return cacheEntries().stream().filter(name -> name.endsWith(".log")).map(name -> {
            try {
                return Files.readString(cache().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).findFirst().orElse("(none)");
    }

    /** How many jobs began preparing, as their log says. */
    private long preparations() {
        return preparingLog().lines().filter(line -> line.contains(" preparing the cache of ")).count();
    }

    /** A JDK directory whose release file names the version and whose bin/java is the given script. */
    private Path fakeJdk(String version, String javaScript) throws IOException {
        Path jdk = work.resolve("jdk-" + version);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n" + javaScript + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private Run javaJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(builder(command, Map.of()));
    }

    private Run launcher(Map<String, String> environment, String... args) throws Exception {
        return run(launcherBuilder(environment, args));
    }

    private ProcessBuilder launcherBuilder(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", JAVA_HOME.toString());
        env.put("CSTO_QUIZ_JAR", JAR.toString());
        env.put("CSTO_QUIZ_CACHE", cache().toString());
        env.putAll(environment);
        return builder(command, env);
    }

    private ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("CSTO_QUIZ_") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        return builder;
    }

    private Run run(ProcessBuilder builder) throws Exception {
        Path stdout = Files.createTempFile(work, "stdout", ".bin");
        Path stderr = Files.createTempFile(work, "stderr", ".txt");
        List<String> command = builder.command();
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
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
