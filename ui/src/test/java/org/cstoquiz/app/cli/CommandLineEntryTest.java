package org.cstoquiz.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineEntryTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLineEntry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsOrSpringPropertiesStartTheWebApplication() {
        assertThat(CommandLineEntry.isCommandLineInvocation(new String[0])).isFalse();
        assertThat(CommandLineEntry.isCommandLineInvocation(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLineEntry.isCommandLineInvocation(new String[] {"--help"})).isTrue();
        assertThat(CommandLineEntry.isCommandLineInvocation(new String[] {"facts"})).isTrue();
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("Usage: java -jar csto-quiz.jar").contains("Commands:").contains("help");
    }

    @Test
    void unknownCommandPrintsOneErrorLineThenUsageAndExitsTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines[0]).startsWith("Error: ").contains("frobnicate");
        assertThat(lines[1]).startsWith("Usage:");
    }

    @Test
    void unknownOptionExitsTwo() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Error: Unknown option: '--frobnicate'");
    }
}
