package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.engine.export.PdfReader.squeezed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzing: question sets whose stems, options, variants, prompts, explanations and ids are full of
 * special characters ({@link NastyQuestions}) go through every exporter and back through that
 * format's parser. Nothing may break, every file must stay valid, and the meaning (stem, options,
 * key) must survive as far as the format can carry it.
 */
class ExportFuzzProperties {

    @Provide
    Arbitrary<QuestionSet> nastySets() {
        return NastyQuestions.sets(5);
    }

    private static byte[] export(Exporter exporter, QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(set, out);
        return out.toByteArray();
    }

    @Property(tries = 100)
    void json_reads_back_equal(@ForAll("nastySets") QuestionSet set) throws IOException {
        assertThat(new JsonImporter().read(new String(export(new JsonExporter(), set), StandardCharsets.UTF_8))).isEqualTo(set);
    }

    @Property(tries = 100)
    void moodle_xml_stays_valid_and_keeps_the_meaning(@ForAll("nastySets") QuestionSet set) throws IOException {
        String xml = new String(export(new MoodleXmlExporter(), set), StandardCharsets.UTF_8);
        MoodleXmlExportTest.assertValid(xml);
        Map<String, MoodleXmlReader.MoodleQuestion> read = MoodleXmlExportTest.byId(xml);
        assertThat(read).hasSameSizeAs(set.questions());
        for (Question question : set.questions()) {
            assertThat(read.get(question.id()).meaning(question.type())).isEqualTo(Meaning.of(question));
        }
    }

    @Property(tries = 100)
    void gift_parses_with_gift_pegjs_and_keeps_the_meaning(@ForAll("nastySets") QuestionSet set) throws IOException {
        GiftPegjs.unavailableReason().ifPresent(reason -> MissingTool.skipOrFail("GIFT parser unavailable: " + reason));
        GiftExporter exporter = new GiftExporter();
        String gift = new String(export(exporter, set), StandardCharsets.UTF_8);
        List<String> skipped = exporter.skipped(set).stream().map(Skipped::questionId).toList();
        List<Question> written = set.questions().stream().filter(q -> !skipped.contains(q.id())).toList();
        assertThat(skipped).allMatch(id -> set.questions().stream().anyMatch(q -> q.id().equals(id)
                && q.body() instanceof ShortAnswer shortAnswer && shortAnswer.accepted().stream().allMatch(v -> v.contains("->"))));
        if (written.isEmpty()) {
            // gift-pegjs rejects an empty text, and Moodle imports nothing from it: there is nothing to parse
            assertThat(gift).isBlank();
            return;
        }
        List<JsonNode> parsed = GiftReader.questions(gift);
        assertThat(parsed).hasSameSizeAs(written);
        Map<String, JsonNode> byTitle = parsed.stream().collect(Collectors.toMap(q -> q.get("title").asString(), Function.identity()));
        for (Question question : written) {
            JsonNode read = byTitle.get(question.id().replaceAll("\\R", " "));
            assertThat(read).as("question titled %s in\n%s", question.id(), gift).isNotNull();
            assertThat(GiftReader.meaning(read, question.type())).isEqualTo(GiftReader.expected(question));
        }
    }

    @Property(tries = 100)
    void aiken_reads_back_what_it_writes_and_reports_the_rest(@ForAll("nastySets") QuestionSet set) throws IOException {
        AikenExporter aiken = new AikenExporter();
        AikenReader.Result read = AikenReader.read(new String(export(aiken, set), StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        List<String> skipped = aiken.skippedIds(set);
        List<Question> written = set.questions().stream().filter(q -> !skipped.contains(q.id())).toList();
        assertThat(written).allMatch(q -> q.body() instanceof SingleAnswerBody);
        assertThat(read.questions()).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            assertThat(read.questions().get(i).meaning()).isEqualTo(AikenExportTest.expected(written.get(i)));
        }
        for (Question question : set.questions()) {
            String stem = TextLines.oneLine(question.stem());
            boolean writable = question.body() instanceof SingleAnswerBody && !stem.matches("(?s)([A-Z][).]|ANSWER:).*")
                    && stem.getBytes(StandardCharsets.UTF_8).length >= 2;
            assertThat(skipped.contains(question.id())).as(stem).isEqualTo(!writable);
        }
    }

    @Property(tries = 100)
    void anki_reads_back_with_commons_csv_and_keeps_the_meaning(@ForAll("nastySets") QuestionSet set) throws IOException {
        AnkiReader.AnkiFile file = AnkiReader.read(new String(export(new AnkiExporter(), set), StandardCharsets.UTF_8));
        assertThat(file.headers()).hasSize(7);
        assertThat(file.notes()).hasSameSizeAs(set.questions());
        for (int i = 0; i < set.questions().size(); i++) {
            Question question = set.questions().get(i);
            assertThat(file.notes().get(i).guid()).isEqualTo(question.id());
            assertThat(AnkiReader.meaning(file.notes().get(i), question.type())).isEqualTo(AnkiReader.expected(question));
        }
    }

    private static Schema qtiItems;
    private static Schema qtiManifest;

    @Property(tries = 60)
    void qti_stays_valid_and_keeps_the_meaning(@ForAll("nastySets") QuestionSet set) throws IOException {
        if (qtiItems == null) {
            qtiItems = XmlSupport.schema(QtiReader.SCHEMAS.resolve("qtiv2p1/imsqti_v2p1.xsd"), QtiReader.catalog());
            qtiManifest = XmlSupport.schema(QtiReader.SCHEMAS.resolve("imscp_v1p1.xsd"), QtiReader.catalog());
        }
        Map<String, byte[]> files = QtiReader.unzip(export(new QtiExporter(), set));
        assertThat(XmlSupport.errors(qtiManifest, files.get("imsmanifest.xml"), QtiReader.catalog())).isEmpty();
        List<byte[]> items = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith("items/")) {
                items.add(bytes);
            }
        });
        assertThat(items).hasSameSizeAs(set.questions());
        for (int i = 0; i < items.size(); i++) {
            assertThat(XmlSupport.errors(qtiItems, items.get(i), QtiReader.catalog())).isEmpty();
            Question question = set.questions().get(i);
            assertThat(QtiReader.meaning(items.get(i), question.type())).isEqualTo(QtiExportTest.expected(question));
        }
    }

    @Property(tries = 25)
    void pdf_prints_every_stem_option_and_key(@ForAll("nastySets") QuestionSet set) throws IOException {
        PdfExporter pdf = new PdfExporter();
        String paper = squeezed(PdfReader.text(pdf.paper(set)));
        String key = squeezed(PdfReader.text(pdf.answerKey(set)));
        for (int i = 0; i < set.questions().size(); i++) {
            Question question = set.questions().get(i);
            assertThat(paper).contains(squeezed((i + 1) + ". " + question.stem()));
            for (Choice choice : question.choices()) {
                assertThat(paper).contains(squeezed(choice.text()));
            }
            question.prompts().forEach(prompt -> assertThat(paper).contains(squeezed(prompt.text())));
            assertThat(key).contains(squeezed((i + 1) + ". " + AnswerKeys.describe(question)));
        }
    }
}
