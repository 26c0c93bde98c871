package org.cstoquiz.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService.PreparedExport;
import org.cstoquiz.app.bank.QuestionSelection;
import org.cstoquiz.engine.export.ExportReport;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBanks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the question bank of a pack (the built-in one unless --pack says otherwise), or a "
                + "sample of it, in an export format, to standard output or to a file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the questions were written (standard error says how many, and which were skipped and why)",
            "1:writing failed", "2:bad options, or no question the format can carry; nothing was written"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.", completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--seed", paramLabel = "S", description = "Seed choosing distractors, option order and the sample (default: 42).")
    String seed;

    @Option(names = "--areas", paramLabel = "a,b", description = "Only these areas: dates, members, articles, organs, people, figures, operations, relations.")
    String areas;

    @Option(names = "--types", paramLabel = "t,u", description = "Only these question types, e.g. single_choice,true_false.")
    String types;

    @Option(names = "--count", paramLabel = "N", description = "A sample of N questions instead of all that match.")
    String count;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--list-skipped", description = "List each question the format cannot carry, with its id and why.")
    boolean listSkipped;

    @CommandLine.Mixin
    PackChoice packs = new PackChoice();

    /** Where the export goes without --out: bytes, since some formats are binary. */
    OutputStream stdout = System.out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportRequest request = ExportRequest.parse(format, Optional.ofNullable(seed), Optional.ofNullable(areas),
                Optional.ofNullable(types), Optional.ofNullable(count));
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        QuestionBanks banks = packs.banks(spec);
        Bank bank = banks.bank(packs.packId(banks, spec), request.seed());
        PreparedExport export = new PreparedExport(Exporters.byName(request.format()).orElseThrow(),
                QuestionSelection.select(bank, request)).requireSomethingToWrite();
        if (out == null) {
            export.writeTo(stdout);
            stdout.flush();
            report(err, export.report(), "standard output" + fromPack(bank), listSkipped);
            return 0;
        }
        Path target = OutputFile.write(out, export::writeTo);
        report(err, export.report(), target + fromPack(bank), listSkipped);
        return 0;
    }

    /** Names the pack when one was chosen with --pack; the built-in pack goes without saying. */
    private String fromPack(Bank bank) {
        return packs.pack == null ? "" : " (pack " + bank.packId() + ")";
    }

    /**
     * What was written where, and each reason questions were skipped for with their number:
     * <pre>
     * Wrote 786 of 1530 questions (aiken) to quiz.txt
     * Skipped 744 questions the format cannot carry:
     *   439  Aiken has only single-answer multiple choice, not true_false
     * </pre>
     */
    static void report(PrintWriter err, ExportReport report, String where, boolean listEach) {
        err.printf("Wrote %d of %d questions (%s) to %s%n", report.written(), report.asked(), report.format(), where);
        skipped(err, report, listEach);
    }

    /** The questions left out, counted by reason (each one with {@code listEach}); nothing when none was. */
    static void skipped(PrintWriter err, ExportReport report, boolean listEach) {
        if (report.skipped().isEmpty()) {
            return;
        }
        err.printf("Skipped %d %s the format cannot carry:%n", report.skipped().size(),
                report.skipped().size() == 1 ? "question" : "questions");
        report.skippedByReason().forEach((reason, count) -> err.printf("  %5d  %s%n", count, reason));
        if (listEach) {
            report.skipped().forEach(skipped -> err.printf("  %s: %s%n", skipped.questionId(), skipped.explained()));
        } else {
            err.println("  (--list-skipped lists each one)");
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.names().iterator();
        }
    }
}
