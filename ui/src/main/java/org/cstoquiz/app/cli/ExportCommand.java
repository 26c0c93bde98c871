package org.cstoquiz.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cstoquiz.app.bank.BadExportRequest;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService.PreparedExport;
import org.cstoquiz.app.bank.QuestionSelection;
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
        exitCodeList = {"0:the questions were written", "1:writing failed", "2:bad options; nothing was written"})
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
            checkWritable(out);
        }
        QuestionBanks banks = packs.banks(spec);
        Bank bank = banks.bank(packs.packId(banks, spec), request.seed());
        PreparedExport export = new PreparedExport(Exporters.byName(request.format()).orElseThrow(),
                QuestionSelection.select(bank, request));
        if (out == null) {
            export.writeTo(stdout);
            stdout.flush();
            return 0;
        }
        Path target = out.toAbsolutePath().normalize();
        // a temporary file beside the target, created with the user's usual permissions, then moved in
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                export.writeTo(file);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        err.printf("Wrote %d questions (%s) to %s (pack %s)%n", export.questions().questions().size(), format,
                target, bank.packId());
        if (!bank.skipped().isEmpty()) {
            err.printf("%d exam-worthy facts are asked in fewer than two kinds of question; "
                    + "'facts --summary' lists them%n", bank.skipped().size());
        }
        return 0;
    }

    /** Fails before any work when the file cannot be written, so a bad --out leaves nothing behind. */
    private static void checkWritable(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new BadExportRequest("--out " + file + " is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadExportRequest("--out " + file + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new BadExportRequest("--out " + file + ": cannot write there (permission denied)");
        }
        try {
            Files.deleteIfExists(Files.createTempFile(dir, ".csto-quiz-check", ".tmp"));
        } catch (AccessDeniedException e) {
            throw new BadExportRequest("--out " + file + ": cannot write there (permission denied)");
        } catch (IOException e) {
            throw new BadExportRequest("--out " + file + ": cannot write there (" + e.getMessage() + ")");
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.names().iterator();
        }
    }
}
