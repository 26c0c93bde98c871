package org.cstoquiz.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.generate.QuestionBanks;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose a pack: {@code --packs-dir} (default: the environment variable
 * {@code CSTO_QUIZ_PACKS_DIR}, as for the web application) and {@code --pack} (default: the built-in pack).
 */
final class PackChoice {

    static final String PACKS_DIR_VARIABLE = "CSTO_QUIZ_PACKS_DIR";

    /** Reads an environment variable; tests replace it. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--packs-dir", paramLabel = "DIR",
            description = "Directory of extra packs, one pack per subdirectory (default: $" + PACKS_DIR_VARIABLE + ").")
    Path packsDir;

    @Option(names = "--pack", paramLabel = "ID", description = "The pack to use, by its id (default: the built-in pack, csto).")
    String pack;

    Optional<Path> packsDir(CommandLine.Model.CommandSpec spec) {
        Optional<Path> dir = Optional.ofNullable(packsDir)
                .or(() -> Optional.ofNullable(environment.apply(PACKS_DIR_VARIABLE)).filter(s -> !s.isBlank()).map(Path::of));
        dir.filter(d -> !Files.isDirectory(d)).ifPresent(d -> {
            String option = packsDir != null ? "--packs-dir " + packsDir : "$" + PACKS_DIR_VARIABLE + " (" + d + ")";
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": no such directory");
        });
        return dir;
    }

    /** Every pack, checked; the chosen one must be among them. */
    QuestionBanks banks(CommandLine.Model.CommandSpec spec) {
        QuestionBanks banks = QuestionBanks.load(packsDir(spec));
        packId(banks, spec);
        return banks;
    }

    String packId(QuestionBanks banks, CommandLine.Model.CommandSpec spec) {
        String id = pack == null ? banks.defaultPack() : pack;
        List<String> ids = banks.packs().stream().map(PackInfo::id).toList();
        if (!ids.contains(id)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pack " + id + ": no such pack (packs: "
                    + String.join(", ", ids) + ")" + (ids.size() == 1 ? "; other packs are read from --packs-dir" : ""));
        }
        return id;
    }
}
