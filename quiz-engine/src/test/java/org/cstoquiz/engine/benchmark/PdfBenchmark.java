package org.cstoquiz.engine.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cstoquiz.content.Packs;
import org.cstoquiz.engine.export.PdfExporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.paper.Draw;
import org.cstoquiz.engine.paper.Paper;
import org.cstoquiz.engine.paper.PaperFiles;
import org.cstoquiz.engine.question.Question;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Printing: the whole bank as one PDF paper and its key, and 1,000 variants of a 25-question paper
 * (40 files of 25 variants, each variant a paper and a key PDF). Run with the other benchmarks:
 * {@code ./mvnw -q -pl quiz-engine -am -Pbenchmark test}, alone with {@code -Djmh.include=PdfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(value = 1, jvmArgs = "-Xmx256m")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {

    private static final int FILES = 40;
    private static final int VARIANTS_PER_FILE = 25;

    private QuestionSet wholeBank;
    private Paper paper;

    @Setup
    public void setUp() {
        Bank bank = QuestionBank.generate(Packs.loadBuiltIn(), 42L);
        wholeBank = new QuestionSet("csto", 42L, bank.questions());
        List<Question> drawn = Draw.distinctFacts(bank.questions(), 25, 7L);
        paper = new Paper("Mock exam", "csto", 42L, drawn);
    }

    @Benchmark
    public long wholeBankPaperAndKey() throws IOException {
        Counting out = new Counting();
        new PdfExporter().write(wholeBank, out);
        return out.count;
    }

    @Benchmark
    public long thousandVariantsOfA25QuestionPaper() throws IOException {
        Counting out = new Counting();
        for (int file = 0; file < FILES; file++) {
            PaperFiles.of(paper, new PdfExporter(), VARIANTS_PER_FILE, file).writeTo(out);
        }
        return out.count;
    }

    /** Counts bytes, keeps none: the figure is the time to make the files, not to store them. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
