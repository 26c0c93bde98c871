package org.cstoquiz.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks a valid pack (the guide's example) in one way at a time and checks the loader reports it
 * as {@code file:line: message}; then breaks it in every way at once and checks nothing is lost.
 */
class LoaderErrorsTest {

    @TempDir
    Path pack;

    @BeforeEach
    void copyTheExamplePack() throws IOException {
        Path example = SecondPackFromTheGuideTest.EXTRA_PACKS.resolve("nordic");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path from : files.toList()) {
                Path to = pack.resolve(example.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    @Test
    void theUnbrokenPackLoads() {
        assertThat(PackLoader.fromDirectory(pack).pack().id()).isEqualTo("nordic");
    }

    @Test
    void unknownField() throws IOException {
        replace("countries.yaml", "    name: Sweden", "    name: Sweden\n    capital: Stockholm");

        assertThat(problems()).containsExactly(
                "countries.yaml:" + lineOf("countries.yaml", "capital: Stockholm")
                        + ": unknown field 'capital' in a country (expected one of: id, area, exam, name, officialName, variants, postSoviet, formerName, formerNameUntil, cite)");
    }

    @Test
    void aFormerNameNeedsTheDateItChanged() throws IOException {
        replace("countries.yaml", "    name: Sweden", "    name: Sweden\n    formerName: the Kingdom of the Swedes");

        assertThat(problems()).containsExactly(
                "countries.yaml:" + lineOf("countries.yaml", "formerName: the Kingdom of the Swedes")
                        + ": formerName needs formerNameUntil, the date the name changed");
    }

    @Test
    void aFiguresSentenceSaysWhereTheFigureGoes() throws IOException {
        replace("documents.yaml", "    metric: the number of countries taking part in NORDEFCO",
                "    metric: the number of countries taking part in NORDEFCO\n    sentence: Five countries take part in NORDEFCO.");

        assertThat(problems()).containsExactly(
                "documents.yaml:" + lineOf("documents.yaml", "sentence: Five countries")
                        + ": a figure's sentence needs {value} once, where the figure goes: \"Five countries take part in NORDEFCO.\"");
    }

    @Test
    void missingCitation() throws IOException {
        replace("events.yaml", """
                    subjects: [doc.nordefco-mou]
                    cite:
                      - A: "The Memorandum of Understanding on Nordic Defence Cooperation was signed in Helsinki on 4 November 2009."
                """, "    subjects: [doc.nordefco-mou]\n");

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("events.yaml:" + lineOf("events.yaml", "id: event.nordefco-mou-signed"))
                .contains("missing citation")
                .contains("event.nordefco-mou-signed"));
    }

    @Test
    void quoteNotFoundInItsSource() throws IOException {
        replace("organizations.yaml", "\"sets the direction of the cooperation\"", "\"sets the budget of the cooperation\"");

        assertThat(problems()).containsExactly("organizations.yaml:" + lineOf("organizations.yaml", "sets the budget")
                + ": quote not found in nordefco-facts.txt: \"sets the budget of the cooperation\"");
    }

    @Test
    void unknownReference() throws IOException {
        replace("memberships.yaml", "    country: country.iceland", "    country: country.islandia");

        assertThat(problems()).containsExactly("memberships.yaml:" + lineOf("memberships.yaml", "country.islandia")
                + ": unknown reference 'country.islandia' in field 'country' of 'membership.iceland.nordefco'"
                + " (expected a country)");
    }

    @Test
    void articleOfAnUnknownDocument() throws IOException {
        append("documents.yaml", """

                articles:
                  - id: article.unknown.1
                    document: doc.no-such-treaty
                    number: "1"
                    title: Article 1
                    summary: Something.
                    cite:
                      - A: "signed in Helsinki"
                """);

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("documents.yaml:" + lineOf("documents.yaml", "document: doc.no-such-treaty") + ": ")
                .contains("unknown reference 'doc.no-such-treaty'"));
    }

    @Test
    void endBeforeStart() throws IOException {
        append("memberships.yaml", """
                  - id: membership.denmark.other
                    country: country.denmark
                    organization: org.nordefco
                    periods:
                      - status: observer
                        from: 2012
                        to: 2010
                        cite:
                          - A: "signed in Helsinki"
                """);

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("memberships.yaml:" + lineOf("memberships.yaml", "to: 2010") + ": ")
                .contains("impossible dates"));
    }

    @Test
    void aQualifierTheQuoteContradicts() throws IOException {
        append("sources/nordefco-facts.txt", "\nThe members aim to spend at least 20 per cent of their defence budgets on equipment.\n");
        replace("pack.yaml", "  - events.yaml", "  - events.yaml\n  - figures.yaml");
        Files.writeString(pack.resolve("figures.yaml"), """
                figures:
                  - id: figure.equipment-share
                    metric: the share of defence budgets the members aim to spend on equipment
                    value: 20
                    unit: per cent
                    qualifier: more-than
                    subject: org.nordefco
                    asOf: 2024
                    cite:
                      - A: "aim to spend at least 20 per cent of their defence budgets on equipment"
                """);

        assertThat(problems()).containsExactly("figures.yaml:" + lineOf("figures.yaml", "qualifier: more-than")
                + ": the quote says \"at least 20\" but the figure's qualifier is more-than");

        replace("figures.yaml", "qualifier: more-than", "qualifier: at-least");
        assertThat(PackLoader.fromDirectory(pack).get("figure.equipment-share", org.cstoquiz.domain.Figure.class).qualifier())
                .isEqualTo(org.cstoquiz.domain.Qualifier.AT_LEAST);
    }

    @Test
    void duplicateId() throws IOException {
        replace("events.yaml", "id: event.nordefco-established", "id: event.nordefco-mou-signed");

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("events.yaml:" + lastLineOf("events.yaml", "id: event.nordefco-mou-signed") + ": ")
                .contains("duplicate id 'event.nordefco-mou-signed'")
                .contains("events.yaml:" + lineOf("events.yaml", "id: event.nordefco-mou-signed")));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        replace("countries.yaml", "    name: Sweden", "    name: Sweden\n    capital: Stockholm");
        replace("organizations.yaml", "\"sets the direction of the cooperation\"", "\"sets the budget of the cooperation\"");
        replace("memberships.yaml", "    country: country.iceland", "    country: country.islandia");
        replace("events.yaml", "id: event.nordefco-established", "id: event.nordefco-mou-signed");
        replace("events.yaml", "date: 2009-11-04", "date: 2009-13-04");

        List<String> problems = problems();

        assertThat(problems).hasSize(5);
        assertThat(problems).allMatch(p -> p.matches("[a-z]+\\.yaml:\\d+: .+"));
        assertThat(String.join("\n", problems))
                .contains("unknown field 'capital'", "quote not found", "unknown reference 'country.islandia'",
                        "duplicate id", "month out of range: 13");
    }

    @Test
    void aTabIsOneProblemAtItsLineAndTheRestOfTheFileIsStillChecked() throws IOException {
        replace("events.yaml", "    date: 2009-11-04", "\tdate: 2009-11-04");
        replace("events.yaml", "    category: founding", "    categry: founding");
        replace("countries.yaml", "    name: Sweden", "    name: Sweden\n    capital: Stockholm");

        assertThat(problems()).containsExactly(
                "countries.yaml:" + lineOf("countries.yaml", "capital: Stockholm") + ": unknown field 'capital' in a country"
                        + " (expected one of: id, area, exam, name, officialName, variants, postSoviet, formerName, formerNameUntil, cite)",
                "events.yaml:" + lineOf("events.yaml", "\tdate: 2009-11-04")
                        + ": the line is indented with a tab: YAML indents with spaces only",
                "events.yaml:" + lineOf("events.yaml", "categry: founding")
                        + ": unknown field 'categry' in an event: did you mean 'category'?");
    }

    @Test
    void aMisspeltFieldIsOneProblemThatNamesIt() throws IOException {
        replace("memberships.yaml", "    country: country.iceland", "    contry: country.iceland");

        assertThat(problems()).containsExactly("memberships.yaml:" + lineOf("memberships.yaml", "contry: country.iceland")
                + ": unknown field 'contry' in a membership: did you mean 'country'?");
    }

    @Test
    void aMisspeltSectionHidesNoOtherProblemAndAddsNone() throws IOException {
        replace("events.yaml", "events:", "evnets:");
        replace("countries.yaml", "    name: Sweden", "    name: Sweden\n    capital: Stockholm");

        assertThat(problems()).containsExactly(
                "countries.yaml:" + lineOf("countries.yaml", "capital: Stockholm") + ": unknown field 'capital' in a country"
                        + " (expected one of: id, area, exam, name, officialName, variants, postSoviet, formerName, formerNameUntil, cite)",
                "events.yaml:1: unknown section 'evnets': did you mean 'events'?");
    }

    @Test
    void aFileThatIsNotYamlIsOneProblemQuotingTheLine() throws IOException {
        replace("events.yaml", "    subjects: [doc.nordefco-mou]", "    subjects: [doc.nordefco-mou");

        List<String> problems = problems();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p)
                .startsWith("events.yaml:").contains("malformed YAML in \"").contains("subjects: [doc.nordefco-mou"));
    }

    @Test
    void aContentFileNotListedInThePackIsReported() throws IOException {
        Files.writeString(pack.resolve("people.yaml"), "people: []\n");

        assertThat(problems()).containsExactly("people.yaml:0: content file is not listed in pack.yaml 'files', "
                + "so it would be ignored: list it or remove it");
    }

    private List<String> problems() {
        PackValidationException e = catchThrowableOfType(PackValidationException.class,
                () -> PackLoader.fromDirectory(pack));
        assertThat(e).as("the pack should not load").isNotNull();
        String root = pack.toString() + "/";
        return e.problems().stream().map(p -> p.toString().replace(root, "")).toList();
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(pack.resolve(file));
        assertThat(text).as("test setup: %s contains %s", file, from).contains(from);
        Files.writeString(pack.resolve(file), text.replace(from, to));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(pack.resolve(file), Files.readString(pack.resolve(file)) + text);
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(pack.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private int lastLineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(pack.resolve(file));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
