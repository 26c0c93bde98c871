package org.cstoquiz.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CommandLineEntry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private QuestionSet exported() {
        return new JsonImporter().read(out.toString(StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheWholeBankAsJsonToStandardOutput() {
        assertThat(run("export", "--format", "json")).isZero();

        QuestionSet set = exported();
        assertThat(set.pack()).isEqualTo("csto");
        assertThat(set.seed()).isEqualTo(42);
        assertThat(set.questions()).hasSizeGreaterThan(100);
        assertThat(err()).isEqualTo("Wrote " + set.questions().size() + " of " + set.questions().size()
                + " questions (json) to standard output\n");
    }

    @Test
    void aikenSaysWhatItWroteAndWhatItSkippedAndWhy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("quiz.aiken.txt");

        assertThat(run("export", "--format", "aiken", "--areas", "dates", "--out", file.toString())).isZero();

        int written = (int) Files.readAllLines(file).stream().filter(line -> line.startsWith("ANSWER: ")).count();
        assertThat(written).isPositive();
        assertThat(run("export", "--format", "json", "--areas", "dates")).isZero();
        QuestionSet dates = exported();
        long singleAnswer = dates.questions().stream().filter(q -> q.body() instanceof SingleAnswerBody).count();
        assertThat(written).isEqualTo(singleAnswer);
        assertThat(run("export", "--format", "aiken", "--areas", "dates", "--out", file.toString())).isZero();
        long trueFalse = dates.questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).count();
        assertThat(err()).startsWith("Wrote " + written + " of " + dates.questions().size() + " questions (aiken) to " + file
                        + "\nSkipped " + (dates.questions().size() - written) + " questions the format cannot carry:\n")
                .containsPattern("\\s" + trueFalse + "  Aiken has only single-answer multiple choice, not true_false\n")
                .contains("(--list-skipped lists each one)");

        assertThat(run("export", "--format", "aiken", "--areas", "dates", "--list-skipped", "--out", file.toString())).isZero();
        String someTrueFalse = dates.questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).findFirst()
                .orElseThrow().id();
        assertThat(err()).contains("  " + someTrueFalse + ": Aiken has only single-answer multiple choice, not true_false\n");
    }

    @Test
    void anExportWithNothingTheFormatCanCarryWritesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("quiz.aiken.txt");

        assertThat(run("export", "--format", "aiken", "--types", "true_false", "--out", file.toString())).isEqualTo(2);

        assertThat(err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("Error: nothing to write: none of the ")
                .endsWith("questions can be written in aiken (" + line.replaceAll(".*none of the (\\d+) .*", "$1")
                        + " Aiken has only single-answer multiple choice, not true_false)"));
        assertThat(file).doesNotExist();
        assertThat(out.size()).isZero();
    }

    @Test
    void exportsTheBankOfAnotherPack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nato.json");
        assertThat(run("export", "--format", "json", "--packs-dir", "../content/src/test/resources/extra-packs",
                "--pack", "nato", "--out", file.toString())).isZero();

        QuestionSet set = new JsonImporter().read(Files.readString(file));
        assertThat(set.pack()).isEqualTo("nato");
        assertThat(set.questions()).hasSizeGreaterThan(100);
        assertThat(err()).contains("(pack nato)");
    }

    @Test
    void aSampleAsksNoFactTwice() {
        assertThat(run("export", "--format", "json", "--seed", "3", "--count", "150")).isZero();

        assertThat(org.cstoquiz.engine.paper.Draw.repeatedFacts(exported().questions())).isEmpty();
    }

    @Test
    void aSampleIsFilteredAndReproducible() {
        assertThat(run("export", "--format", "json", "--seed", "7", "--areas", "dates", "--types",
                "single_choice,true_false", "--count", "12")).isZero();
        byte[] first = out.toByteArray();
        QuestionSet set = exported();

        assertThat(set.seed()).isEqualTo(7);
        assertThat(set.questions()).hasSize(12)
                .allSatisfy(q -> {
                    assertThat(q.area()).isEqualTo(Area.DATES);
                    assertThat(q.type()).isIn(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
                });
        assertThat(run("export", "--format", "json", "--seed", "7", "--areas", "dates", "--types",
                "single_choice,true_false", "--count", "12")).isZero();
        assertThat(out.toByteArray()).isEqualTo(first);
    }

    @Test
    void everyFormatIsWrittenToStandardOutputAndToAFile(@TempDir Path dir) throws IOException {
        for (String format : Exporters.names()) {
            assertThat(run("export", "--format", format, "--count", "20", "--seed", "3")).as(format).isZero();
            byte[] written = out.toByteArray();
            assertThat(written).as(format).isNotEmpty();
            Path file = dir.resolve("sample." + format);
            assertThat(run("export", "--format", format, "--count", "20", "--seed", "3", "--out", file.toString()))
                    .as(format).isZero();
            assertThat(Files.readAllBytes(file)).as(format + ": the same bytes either way").isEqualTo(written);
        }
        assertThat(Files.readAllBytes(dir.resolve("sample.pdf"))).startsWith("PK".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(dir.resolve("sample.moodle-xml"))).startsWith("<?xml");
    }

    @Test
    void writesToAFileWithOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank.json");

        assertThat(run("export", "--format", "json", "--count", "3", "--out", file.toString())).isZero();

        assertThat(out.size()).isZero();
        assertThat(new JsonImporter().read(Files.readString(file)).questions()).hasSize(3);
        assertThat(err()).isEqualTo("Wrote 3 of 3 questions (json) to " + file + "\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).as("readable like any file the user writes")
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.GROUP_READ);
        }
    }

    @Test
    void badOptionsGetOneLineExitTwoAndWriteNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank.json");
        String[][] bad = {
            {"--format", "docx"},
            {"--format", "json", "--areas", "dates,weather"},
            {"--format", "json", "--types", "essay"},
            {"--format", "json", "--count", "1000000"},
            {"--format", "json", "--count", "none"},
            {"--format", "json", "--seed", "x"},
        };
        for (String[] options : bad) {
            String[] args = Stream.concat(Stream.of("export"), Stream.concat(Stream.of(options),
                    Stream.of("--out", file.toString()))).toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", options)).isEqualTo(2);
            assertThat(err().lines()).as(String.join(" ", options)).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("Error: "));
            assertThat(out.size()).isZero();
            assertThat(file).doesNotExist();
        }
        assertThat(run("export", "--format", "docx")).isEqualTo(2);
        assertThat(err()).contains("unknown format 'docx'; choose one of aiken, anki, gift, json, moodle-xml, pdf, qti");
        assertThat(run("export", "--format", "json", "--areas", "weather")).isEqualTo(2);
        assertThat(err()).contains("unknown area 'weather'; choose from dates, members, articles, organs");
        assertThat(run("export", "--format", "json", "--count", "1000000")).isEqualTo(2);
        assertThat(err()).containsPattern("count 1000000 is more than the \\d+ questions that match");
    }

    @Test
    void anUnwritableOutIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

        assertThat(run("export", "--format", "json", "--out", notADirectory.resolve("bank.json").toString()))
                .isEqualTo(2);
        assertThat(err().strip()).startsWith("Error: --out ").contains("does not exist").doesNotContain("\n");
        assertThat(run("export", "--format", "json", "--out", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("is a directory");
        assertThat(out.size()).isZero();
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }
}
