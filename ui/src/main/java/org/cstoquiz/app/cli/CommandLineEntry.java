package org.cstoquiz.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import org.cstoquiz.app.bank.BadExportRequest;
import org.cstoquiz.content.PackValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the application jar. Commands run without starting the web server; with no
 * arguments, or only Spring Boot property arguments ({@code --server.port=9090}), the jar starts the web
 * application instead.
 */
public final class CommandLineEntry {

    public static final int USAGE_ERROR = 2;

    private CommandLineEntry() {
    }

    public static boolean isCommandLineInvocation(String[] args) {
        return !Arrays.stream(args).allMatch(CommandLineEntry::isSpringProperty);
    }

    private static boolean isSpringProperty(String arg) {
        return arg.startsWith("--") && arg.indexOf('=') > 2;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Root());
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            errWriter.println("Error: " + firstLine(exception.getMessage()));
            exception.getCommandLine().usage(errWriter);
            return USAGE_ERROR;
        });
        ((ExportCommand) commandLine.getSubcommands().get("export").getCommand()).stdout = out;
        ((PaperCommand) commandLine.getSubcommands().get("paper").getCommand()).stdout = out;
        commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) -> {
            if (exception instanceof BadExportRequest bad) {
                errWriter.println("Error: " + bad.getMessage());
                return USAGE_ERROR;
            }
            if (exception instanceof PackValidationException invalid) {
                errWriter.println("Error: a fact pack is invalid: " + invalid.getMessage().strip());
                return 1;
            }
            errWriter.println("Error: " + firstLine(String.valueOf(exception.getMessage())));
            return 1;
        });
        return commandLine.execute(args);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.startsWith("Error: ") ? line.substring("Error: ".length()) : line;
    }

    @Command(name = "java -jar csto-quiz.jar",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "CSTO Quiz: exam preparation on the Collective Security Treaty Organization.",
                "",
                "Without a command the web application starts (http://localhost:8080).",
                "Spring Boot options such as --server.port=9090 or --csto-quiz.data-dir=/srv/quiz",
                "may be given then."},
            subcommands = {CommandLine.HelpCommand.class, FactsCommand.class, ExportCommand.class, PaperCommand.class},
            footer = {"", "Run 'java -jar csto-quiz.jar help COMMAND' for a command's options."})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CommandLineEntry.class.getPackage().getImplementationVersion();
            return new String[] {"CSTO Quiz " + (version == null ? "(development build)" : version)};
        }
    }
}
