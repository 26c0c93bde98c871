package org.cstoquiz.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.content.PackValidationException;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.FactBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCommandTest {

    private static final Path EXTRA_PACKS = Path.of("src/test/resources/extra-packs");
    private static final Path SAMPLE_PACK = EXTRA_PACKS.resolve("shanghai");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLineEntry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summaryPrintsFactsPerAreaAndConflictingClaims() {
        assertThat(run("facts", "--summary")).isZero();
        FactBase.Summary summary = Packs.loadBuiltIn().summary();
        for (Area area : Area.values()) {
            assertThat(out()).containsPattern("(?m)^" + area.name().toLowerCase(Locale.ROOT) + "\\s+"
                    + summary.factsPerArea().get(area) + "$");
        }
        assertThat(out()).containsPattern("(?m)^total\\s+" + summary.totalFacts() + "$")
                .contains("Conflicting claims: " + summary.conflicts());
        assertThat(summary.totalFacts()).isGreaterThanOrEqualTo(250);
        assertThat(summary.conflicts()).isPositive();
    }

    @Test
    void checkAcceptsAValidPack() {
        assertThat(run("facts", "--check", SAMPLE_PACK.toString())).isZero();
        assertThat(out()).contains("pack 'sco-mini' is valid: 1 fact, 0 conflicting claims");
    }

    @Test
    void checkListsEveryProblemAsFileLineMessageAndExitsOne(@TempDir Path dir) throws IOException {
        Path pack = copyOfSamplePack(dir);
        Path organizations = pack.resolve("organizations.yaml");
        Files.writeString(organizations, Files.readString(organizations)
                .replace("founded in Shanghai in 2001.", "founded in Moscow in 1992.")
                .replace("    abbreviation: SCO\n", "    abbreviation: SCO\n    colour: blue\n"));

        assertThat(run("facts", "--check", pack.toString())).isEqualTo(1);

        assertThat(err()).contains("2 problems");
        assertThat(err()).containsPattern("organizations\\.yaml:\\d+: .*colour");
        assertThat(err()).containsPattern("organizations\\.yaml:\\d+: .*not found");
    }

    @Test
    void checkRefusesWhatTheApplicationRefusesAPackIdTheBuiltInPackUses(@TempDir Path dir) throws IOException {
        Path pack = copyOfSamplePack(dir);
        Files.writeString(pack.resolve("pack.yaml"), Files.readString(pack.resolve("pack.yaml"))
                .replace("id: sco-mini", "id: csto"));

        assertThat(run("facts", "--check", pack.toString())).isEqualTo(1);
        assertThat(err()).containsPattern("pack\\.yaml:1: pack id 'csto' is already used by .*\\(the built-in pack\\)");
        assertThatThrownBy(() -> Packs.loadAll(Optional.of(dir))).isInstanceOf(PackValidationException.class)
                .hasMessageContaining("pack id 'csto' is already used");
    }

    @Test
    void checkRefusesASourceFileLinkedFromOutsideThePack(@TempDir Path dir) throws IOException {
        Path pack = copyOfSamplePack(dir);
        Path outside = Files.writeString(dir.resolve("secret.txt"), Files.readString(pack.resolve("sources/sco-note.txt")));
        Files.delete(pack.resolve("sources/sco-note.txt"));
        Files.createSymbolicLink(pack.resolve("sources/sco-note.txt"), outside);

        assertThat(run("facts", "--check", pack.toString())).isEqualTo(1);
        assertThat(err()).contains("file 'sources/sco-note.txt' is a link to " + outside.toRealPath()
                + ", outside the pack directory");
        assertThat(err()).doesNotContain("quote not found");
    }

    @Test
    void checkOfAMissingDirectoryIsAUsageError(@TempDir Path dir) {
        assertThat(run("facts", "--check", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("Error: --check").endsWith("no such directory"));
    }

    @Test
    void factsWithoutAnActionIsAUsageError() {
        assertThat(run("facts")).isEqualTo(2);
        assertThat(err()).startsWith("Error: Missing required argument");
    }

    @Test
    void summaryOfAnotherPackSaysWhatItsBankCannotAsk() {
        assertThat(run("facts", "--summary", "--packs-dir", EXTRA_PACKS.toString(), "--pack", "sco-mini")).isZero();

        assertThat(out()).startsWith("Pack sco-mini").containsPattern("(?m)^Questions: \\d+$");
        assertThat(err()).isEmpty();
    }

    @Test
    void summaryOfTheBuiltInPackListsTheFactsNotAskedAndWhy() {
        assertThat(run("facts", "--summary")).isZero();

        assertThat(out()).containsPattern("(?m)^Questions: \\d+$")
                .contains("Asked in fewer than two kinds of question:")
                .contains("the sources disagree about it");
    }

    @Test
    void thePacksDirectoryComesFromTheEnvironmentUnlessGiven() {
        PackChoice.environment = name -> name.equals("CSTO_QUIZ_PACKS_DIR") ? EXTRA_PACKS.toString() : null;
        try {
            assertThat(run("facts", "--summary", "--pack", "sco-mini")).isZero();
            assertThat(out()).startsWith("Pack sco-mini");
        } finally {
            PackChoice.environment = System::getenv;
        }
    }

    @Test
    void anUnknownPackIsAUsageErrorNamingThePacksThereAre() {
        assertThat(run("facts", "--summary", "--packs-dir", EXTRA_PACKS.toString(), "--pack", "osce")).isEqualTo(2);
        assertThat(err().lines().findFirst()).hasValue("Error: --pack osce: no such pack (packs: csto, sco-mini)");
        assertThat(run("facts", "--summary", "--pack", "sco-mini")).isEqualTo(2);
        assertThat(err()).contains("other packs are read from --packs-dir");
        assertThat(run("facts", "--summary", "--packs-dir", "no/such/dir")).isEqualTo(2);
        assertThat(err()).contains("Error: --packs-dir no/such/dir: no such directory");
    }

    static Path copyOfSamplePack(Path dir) throws IOException {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack.resolve("sources"));
        for (String file : new String[] {"pack.yaml", "organizations.yaml", "sources/sco-note.txt"}) {
            Files.copy(SAMPLE_PACK.resolve(file), pack.resolve(file));
        }
        return pack;
    }
}
