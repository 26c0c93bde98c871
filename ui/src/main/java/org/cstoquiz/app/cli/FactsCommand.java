package org.cstoquiz.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cstoquiz.content.PackValidationException;
import org.cstoquiz.content.Packs;
import org.cstoquiz.content.Problem;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.generate.QuestionBanks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "facts",
        mixinStandardHelpOptions = true,
        description = "Summarize a fact pack (the built-in one unless --pack says otherwise) and what its "
                + "question bank cannot ask, or check a pack directory (every problem is listed as file:line: message).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pack is valid", "1:the pack has problems", "2:bad command-line options"})
final class FactsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--summary", description = "Print the number of facts per area and of conflicting claims, "
                + "the size of the question bank, and the facts it cannot ask and why.")
        boolean summary;

        @Option(names = "--check", paramLabel = "DIR", description = "Validate the pack in DIR (the directory holding pack.yaml) "
                + "as the application loads it beside the built-in pack.")
        Path check;
    }

    @CommandLine.Mixin
    PackChoice packs = new PackChoice();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (action.summary) {
            QuestionBanks banks = packs.banks(spec);
            FactBase facts = banks.facts(packs.packId(banks, spec));
            print(facts, out);
            printBank(QuestionBank.generate(facts, SUMMARY_SEED), out);
            return 0;
        }
        Path dir = action.check.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--check " + action.check + ": no such directory");
        }
        try {
            FactBase base = Packs.check(dir);
            FactBase.Summary summary = base.summary();
            out.printf("%s: pack '%s' is valid: %s, %s%n", dir, summary.packId(),
                    plural(summary.totalFacts(), "fact"), plural(summary.conflicts(), "conflicting claim"));
            return 0;
        } catch (PackValidationException e) {
            err.printf("%s: %d problem%s%n", dir, e.problems().size(), e.problems().size() == 1 ? "" : "s");
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            return 1;
        }
    }

    /** The seed only chooses distractors and option order: what is asked does not depend on it. */
    private static final long SUMMARY_SEED = 42;

    private static void printBank(Bank bank, PrintWriter out) {
        out.printf("Questions: %d%n", bank.size());
        if (bank.skipped().isEmpty()) {
            out.println("Every exam-worthy fact is asked in at least two kinds of question.");
            return;
        }
        out.printf("Asked in fewer than two kinds of question: %s%n", plural(bank.skipped().size(), "fact"));
        bank.skipped().forEach(s -> out.println("  " + s));
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static void print(FactBase base, PrintWriter out) {
        FactBase.Summary summary = base.summary();
        out.printf("Pack %s (%s)%n", summary.packId(), summary.packName());
        out.printf("%-12s %6s%n", "Area", "Facts");
        for (Area area : Area.values()) {
            out.printf("%-12s %6d%n", area.name().toLowerCase(Locale.ROOT), summary.factsPerArea().get(area));
        }
        out.printf("%-12s %6d%n", "total", summary.totalFacts());
        out.printf("Conflicting claims: %d%n", summary.conflicts());
    }
}
