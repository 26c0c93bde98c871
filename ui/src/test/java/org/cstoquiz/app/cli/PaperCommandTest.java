package org.cstoquiz.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperCommandTest {

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CommandLineEntry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void threeVariantsAsPdfAreOneZipWithAPaperAndAKeyEach(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mid-term.zip");

        assertThat(run("paper", "--title", "Mid-term test", "--variants", "3", "--areas", "dates", "--count", "10",
                "--seed", "5", "--out", file.toString())).isZero();

        Map<String, byte[]> entries = unzip(Files.readAllBytes(file));
        assertThat(entries.keySet()).containsExactly("mid-term-test-A-paper.pdf", "mid-term-test-A-key.pdf",
                "mid-term-test-B-paper.pdf", "mid-term-test-B-key.pdf", "mid-term-test-C-paper.pdf", "mid-term-test-C-key.pdf");
        assertThat(text(entries.get("mid-term-test-B-paper.pdf"))).contains("Mid-term test", "Variant B", "10.");
        assertThat(text(entries.get("mid-term-test-C-key.pdf"))).contains("Mid-term test: answer key", "Variant C");
        assertThat(err()).startsWith("Wrote paper “Mid-term test” (pdf, 3 variants) with 10 of 10 questions to " + file + ":\n")
                .contains("  mid-term-test-A-paper.pdf\n", "  mid-term-test-C-key.pdf\n");
        assertThat(out.size()).isZero();
    }

    @Test
    void oneVersionOfNamedQuestionsInTheirOrder(@TempDir Path dir) throws IOException {
        assertThat(run("export", "--format", "json", "--areas", "people", "--count", "3", "--seed", "4")).isZero();
        List<Question> chosen = new JsonImporter().read(out.toString(StandardCharsets.UTF_8)).questions().reversed();
        String ids = String.join(",", chosen.stream().map(Question::id).toList());
        Path file = dir.resolve("quiz.json");

        assertThat(run("paper", "--title", "Quiz", "--format", "json", "--seed", "4", "--questions", ids,
                "--out", file.toString())).isZero();

        QuestionSet paper = new JsonImporter().read(Files.readString(file));
        assertThat(paper.questions()).extracting(Question::id).containsExactlyElementsOf(chosen.stream().map(Question::id).toList());
        assertThat(err()).startsWith("Wrote paper “Quiz” (json, one version) with 3 of 3 questions to " + file + ":\n  quiz.json\n");
    }

    @Test
    void aPaperGoesToStandardOutputWithoutOut() throws IOException {
        assertThat(run("paper", "--title", "Quick", "--count", "2")).isZero();

        assertThat(unzip(out.toByteArray()).keySet()).containsExactly("quick-paper.pdf", "quick-key.pdf");
        assertThat(err()).contains("to standard output");
    }

    @Test
    void badOptionsAndPapersWithNothingToWriteExitTwoAndWriteNothing(@TempDir Path dir) {
        Path file = dir.resolve("paper.zip");
        String[][] bad = {
            {"--title", "X", "--variants", "0"},
            {"--title", "X", "--variants", "27"},
            {"--title", " "},
            {"--title", "X", "--questions", "nosuchid"},
            {"--title", "X", "--questions", "a", "--areas", "dates"},
            {"--title", "X", "--format", "aiken", "--types", "true_false"},
            {"--title", "X", "--format", "docx"},
        };
        for (String[] options : bad) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("paper"), java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(options), java.util.stream.Stream.of("--out", file.toString()))).toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", options)).isEqualTo(2);
            assertThat(err().lines()).as(String.join(" ", options)).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("Error: "));
            assertThat(file).doesNotExist();
        }
        assertThat(run("paper", "--title", "X", "--questions", "nosuchid")).isEqualTo(2);
        assertThat(err()).contains("no question nosuchid in the bank of seed 42");
        assertThat(run("paper", "--title", "X", "--format", "aiken", "--types", "true_false")).isEqualTo(2);
        assertThat(err()).contains("nothing to write: none of the");
    }

    @Test
    void helpListsThePaperCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("paper");
        assertThat(run("help", "paper")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--variants", "TITLE-A-paper.pdf");
    }
}
