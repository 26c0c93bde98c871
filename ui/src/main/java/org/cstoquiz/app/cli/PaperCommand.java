package org.cstoquiz.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cstoquiz.app.bank.BadExportRequest;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.NothingToExport;
import org.cstoquiz.app.bank.QuestionSelection;
import org.cstoquiz.content.Packs;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.paper.Paper;
import org.cstoquiz.engine.paper.PaperFiles;
import org.cstoquiz.engine.question.Question;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "paper",
        mixinStandardHelpOptions = true,
        description = {"Make a paper with its answer key, in one or more variants (questions and options shuffled "
                + "per variant), named after its title.",
            "One version: TITLE.pdf.zip (TITLE-paper.pdf and TITLE-key.pdf) or TITLE.EXT in another format. "
                + "Several variants: one zip, TITLE-variants.zip, with TITLE-A-paper.pdf and TITLE-A-key.pdf for "
                + "each variant (TITLE-A.EXT and TITLE-A-key.txt in other formats)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the paper was written (standard error lists its files)", "1:writing failed",
            "2:bad options, or no question the format can carry; nothing was written"})
final class PaperCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "Printed on every page; names the files.")
    String title;

    @Option(names = "--variants", paramLabel = "K", defaultValue = "1",
            description = "How many variants, 1 to 26 (default: ${DEFAULT-VALUE}).")
    int variants;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ExportCommand.FormatNames.class)
    String format;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the bank, the sample and the variants (default: 42).")
    String seed;

    @Option(names = "--areas", paramLabel = "a,b", description = "Only these areas.")
    String areas;

    @Option(names = "--types", paramLabel = "t,u", description = "Only these question types.")
    String types;

    @Option(names = "--count", paramLabel = "N", description = "A sample of N questions instead of all that match.")
    String count;

    @Option(names = "--questions", paramLabel = "id,id", split = ",",
            description = "These questions (ids as the bank and the JSON export give them), in this order, instead of a selection.")
    List<String> questionIds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--list-skipped", description = "List each question the format cannot carry, with its id and why.")
    boolean listSkipped;

    /** Where the paper goes without --out. */
    OutputStream stdout = System.out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (title.isBlank()) {
            throw new BadExportRequest("--title must not be blank");
        }
        if (variants < 1 || variants > PaperFiles.MAX_VARIANTS) {
            throw new BadExportRequest("--variants must be between 1 and " + PaperFiles.MAX_VARIANTS + ", got " + variants);
        }
        if (questionIds != null && (areas != null || types != null || count != null)) {
            throw new BadExportRequest("--questions names the questions: leave out --areas, --types and --count");
        }
        ExportRequest request = ExportRequest.parse(format, Optional.ofNullable(seed), Optional.ofNullable(areas),
                Optional.ofNullable(types), Optional.ofNullable(count));
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        Bank bank = QuestionBank.generate(Packs.loadBuiltIn(), request.seed());
        List<Question> questions = questionIds != null ? named(bank, questionIds)
                : QuestionSelection.select(bank, request).questions();
        PaperFiles files = PaperFiles.of(new Paper(title.strip(), bank.packId(), bank.seed(), questions),
                Exporters.byName(request.format()).orElseThrow(), variants, request.seed());
        if (files.report().nothingWritten()) {
            throw new NothingToExport(files.report());
        }
        String where;
        if (out == null) {
            files.writeTo(stdout);
            stdout.flush();
            where = "standard output";
        } else {
            where = OutputFile.write(out, files::writeTo).toString();
        }
        err.printf("Wrote paper “%s” (%s, %s) with %d of %d questions to %s:%n", title.strip(), request.format(),
                variants == 1 ? "one version" : variants + " variants", files.report().written(), files.report().asked(), where);
        files.entryNames().forEach(name -> err.printf("  %s%n", name));
        ExportCommand.skipped(err, files.report(), listSkipped);
        return 0;
    }

    /** The questions with these ids, in this order; every unknown id is named. */
    private static List<Question> named(Bank bank, List<String> ids) {
        Map<String, Question> byId = new LinkedHashMap<>();
        bank.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
        List<String> unknown = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (String id : ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList()) {
            Question question = byId.get(id);
            if (question == null) {
                unknown.add(id);
            } else {
                questions.add(question);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadExportRequest("no question " + String.join(", ", unknown) + " in the bank of seed " + bank.seed()
                    + " (ids as the bank view and the JSON export show them)");
        }
        if (questions.isEmpty()) {
            throw new BadExportRequest("--questions names no question");
        }
        return questions;
    }
}
