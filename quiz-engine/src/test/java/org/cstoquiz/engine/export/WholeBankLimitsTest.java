package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.validation.Schema;
import org.cstoquiz.content.Packs;
import org.cstoquiz.engine.export.MoodleXmlReader.MoodleQuestion;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole generated bank of the built-in pack, in every format, read back by the target's own
 * rules: every question written respects every limit of the tool it is for (read from the file,
 * not from the exporter), every question left out is reported and truly breaks one, and written
 * plus skipped is the whole bank. Prints what each format writes and skips, and how long it takes
 * (figures, not assertions).
 */
class WholeBankLimitsTest {

    private static final long[] SEEDS = {42, 7};
    private static final Map<Long, QuestionSet> BANKS = new java.util.HashMap<>();

    @BeforeAll
    static void generate() {
        var facts = Packs.loadBuiltIn();
        for (long seed : SEEDS) {
            var bank = QuestionBank.generate(facts, seed);
            BANKS.put(seed, new QuestionSet(bank.packId(), seed, bank.questions()));
        }
    }

    private static byte[] export(Exporter exporter, QuestionSet set) throws IOException {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(set, out);
        ExportReport report = exporter.report(set);
        System.out.printf("whole bank, seed %d, %-10s %4d written, %4d skipped, %6d KiB, %5d ms%s%n", set.seed(),
                exporter.formatName(), report.written(), report.skipped().size(), out.size() / 1024,
                (System.nanoTime() - start) / 1_000_000,
                report.skipped().isEmpty() ? "" : "\n    " + String.join("\n    ", report.skippedByReason().entrySet()
                        .stream().map(e -> e.getValue() + " × " + e.getKey()).toList()));
        return out.toByteArray();
    }

    private static Set<String> ids(List<Skipped> skipped) {
        return skipped.stream().map(Skipped::questionId).collect(Collectors.toSet());
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** What in a question Moodle could not store, worked out from the question itself. */
    private static boolean moodleCannotStore(Question question, String name) {
        boolean longAnswer = question.body() instanceof Matching matching
                && matching.choices().stream().map(Choice::text).anyMatch(text -> length(text.replaceAll("\\R", " ").strip()) > 255);
        boolean longTolerance = question.body() instanceof Numeric numeric && numeric.tolerance().toPlainString().length() > 255;
        return longAnswer || longTolerance || length(name) > 255;
    }

    @Test
    void moodle_xml_stores_every_written_question_within_moodles_columns() throws IOException {
        Schema schema = MoodleXmlExportTest.SCHEMA;
        for (QuestionSet set : BANKS.values()) {
            MoodleXmlExporter exporter = new MoodleXmlExporter();
            byte[] xml = export(exporter, set);
            assertThat(XmlSupport.errors(schema, xml, Map.of())).isEmpty();
            List<MoodleQuestion> read = MoodleXmlReader.read(new String(xml, StandardCharsets.UTF_8));
            List<Skipped> skipped = exporter.skipped(set);
            assertThat(read.size() + skipped.size()).isEqualTo(set.questions().size());
            Set<String> written = new HashSet<>();
            for (MoodleQuestion question : read) {
                assertThat(length(question.name())).as("name of %s", question.idnumber()).isLessThanOrEqualTo(MoodleLimits.NAME);
                assertThat(length(question.idnumber())).as("id number").isLessThanOrEqualTo(MoodleLimits.IDNUMBER);
                for (String category : question.category().split("/")) {
                    assertThat(length(category)).isLessThanOrEqualTo(MoodleLimits.CATEGORY_NAME);
                }
                question.subquestions().forEach(sub -> assertThat(length(sub.answer().strip()))
                        .as("matching answer of %s", question.idnumber()).isLessThanOrEqualTo(MoodleLimits.MATCH_ANSWER));
                question.answers().stream().filter(answer -> answer.tolerance() != null).forEach(answer ->
                        assertThat(length(answer.tolerance())).isLessThanOrEqualTo(MoodleLimits.TOLERANCE));
                assertThat(written.add(question.idnumber())).as("id numbers are unique").isTrue();
            }
            Map<String, Question> byId = set.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
            assertThat(written).noneMatch(ids(skipped)::contains);
            for (Skipped skip : skipped) {
                Question question = byId.get(skip.questionId());
                assertThat(moodleCannotStore(question, MoodleXmlExporter.questionName(question)) || length(question.id()) > 100)
                        .as("%s is skipped for a reason that holds: %s", skip.questionId(), skip.explained()).isTrue();
            }
        }
    }

    @Test
    void gift_imports_every_written_question_within_moodles_columns() throws IOException {
        GiftPegjs.unavailableReason().ifPresent(reason -> MissingTool.skipOrFail("GIFT parser unavailable: " + reason));
        for (QuestionSet set : BANKS.values()) {
            GiftExporter exporter = new GiftExporter();
            String gift = new String(export(exporter, set), StandardCharsets.UTF_8);
            List<JsonNode> read = GiftReader.questions(gift);
            List<Skipped> skipped = exporter.skipped(set);
            assertThat(read.size() + skipped.size()).isEqualTo(set.questions().size());
            Map<String, Question> byId = set.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
            Set<String> titles = new HashSet<>();
            for (JsonNode question : read) {
                String title = question.get("title").asString();
                assertThat(length(title)).isLessThanOrEqualTo(MoodleLimits.NAME);
                titles.add(title);
                if (question.get("type").asString().equals("Matching")) {
                    question.get("matchPairs").values().forEach(pair -> assertThat(length(GiftReader.subanswer(pair).strip()))
                            .as("matching answer of %s", title).isLessThanOrEqualTo(MoodleLimits.MATCH_ANSWER));
                }
            }
            assertThat(titles).noneMatch(ids(skipped)::contains).hasSize(read.size());
            for (Skipped skip : skipped) {
                Question question = byId.get(skip.questionId());
                boolean arrowsOnly = question.type() == QuestionType.SHORT_ANSWER
                        && question.correctResponse().toString().contains("->");
                assertThat(arrowsOnly || moodleCannotStore(question, question.id()))
                        .as("%s is skipped for a reason that holds: %s", skip.questionId(), skip.explained()).isTrue();
            }
        }
    }

    @Test
    void aiken_writes_every_single_answer_question_moodle_reads_and_says_why_it_skips_the_rest() throws IOException {
        for (QuestionSet set : BANKS.values()) {
            AikenExporter exporter = new AikenExporter();
            AikenReader.Result read = AikenReader.read(new String(export(exporter, set), StandardCharsets.UTF_8));
            assertThat(read.errors()).isEmpty();
            List<Skipped> skipped = exporter.skipped(set);
            List<Question> singleAnswer = set.questions().stream().filter(q -> q.body() instanceof SingleAnswerBody).toList();
            assertThat(read.questions()).hasSize(set.questions().size() - skipped.size()).hasSameSizeAs(singleAnswer);
            assertThat(skipped).allMatch(skip -> skip.reason().startsWith("Aiken has only single-answer multiple choice, not "));
            for (AikenReader.AikenQuestion question : read.questions()) {
                assertThat(question.options()).hasSizeBetween(2, 26);
                // numbered statements read as statements, never "… Treaty. 2. Russia …" run together
                assertThat(question.stem()).doesNotContainPattern("[.;:]\\s+\\d\\.\\s");
            }
            ExportReport report = exporter.report(set);
            assertThat(report.summary()).startsWith(singleAnswer.size() + " of " + set.questions().size()
                    + " questions written in aiken; " + skipped.size() + " skipped: ");
        }
    }

    @Test
    void formats_without_import_limits_write_the_whole_bank() throws IOException {
        QuestionSet set = BANKS.get(42L);
        for (Exporter exporter : List.of(new JsonExporter(), new AnkiExporter(), new QtiExporter())) {
            byte[] bytes = export(exporter, set);
            assertThat(exporter.skipped(set)).as(exporter.formatName()).isEmpty();
            int read = switch (exporter.formatName()) {
                case "json" -> new JsonImporter().read(new String(bytes, StandardCharsets.UTF_8)).questions().size();
                case "anki" -> AnkiReader.read(new String(bytes, StandardCharsets.UTF_8)).notes().size();
                case "qti" -> (int) QtiReader.unzip(bytes).keySet().stream().filter(path -> path.startsWith("items/")).count();
                default -> throw new AssertionError(exporter.formatName());
            };
            assertThat(read).as(exporter.formatName()).isEqualTo(set.questions().size());
        }
    }
}
