package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.validation.Schema;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SampleQuestions;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Validates every item and the manifest against the IMS schemas kept with the tests, offline. */
class QtiExportTest {

    static final QuestionSet SET = new QuestionSet("csto", 42, SampleQuestions.everyType());
    static Schema items;
    static Schema manifest;

    @BeforeAll
    static void loadSchemas() {
        Path qti = QtiReader.SCHEMAS.resolve("qtiv2p1/imsqti_v2p1.xsd");
        Path cp = QtiReader.SCHEMAS.resolve("imscp_v1p1.xsd");
        items = XmlSupport.schema(qti, QtiReader.catalog());
        manifest = XmlSupport.schema(cp, QtiReader.catalog());
    }

    static byte[] export(QuestionSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QtiExporter().write(set, out);
        return out.toByteArray();
    }

    /** Every file valid; the manifest lists exactly the items, in set order. */
    static Map<String, byte[]> assertValidPackage(QuestionSet set) throws IOException {
        Map<String, byte[]> files = QtiReader.unzip(export(set));
        assertThat(files.keySet().iterator().next()).isEqualTo("imsmanifest.xml");
        assertThat(XmlSupport.errors(manifest, files.get("imsmanifest.xml"), QtiReader.catalog())).as("manifest").isEmpty();
        Element root = XmlSupport.parse(files.get("imsmanifest.xml")).getDocumentElement();
        List<String> hrefs = new ArrayList<>();
        var resources = root.getElementsByTagNameNS(QtiExporter.CP_NAMESPACE, "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            assertThat(resource.getAttribute("type")).isEqualTo("imsqti_item_xmlv2p1");
            Element file = (Element) resource.getElementsByTagNameNS(QtiExporter.CP_NAMESPACE, "file").item(0);
            assertThat(file.getAttribute("href")).isEqualTo(resource.getAttribute("href"));
            hrefs.add(resource.getAttribute("href"));
        }
        assertThat(hrefs).hasSize(set.questions().size());
        assertThat(files.keySet()).containsExactlyElementsOf(concat("imsmanifest.xml", hrefs));
        for (int i = 0; i < hrefs.size(); i++) {
            byte[] item = files.get(hrefs.get(i));
            assertThat(XmlSupport.errors(items, item, QtiReader.catalog())).as(hrefs.get(i)).isEmpty();
            assertThat(XmlSupport.parse(item).getDocumentElement().getAttribute("identifier")).isEqualTo(set.questions().get(i).id());
        }
        return files;
    }

    static List<Meaning> meanings(QuestionSet set) throws IOException {
        Map<String, byte[]> files = assertValidPackage(set);
        List<byte[]> itemFiles = files.entrySet().stream().filter(e -> e.getKey().startsWith("items/")).map(Map.Entry::getValue).toList();
        List<Meaning> meanings = new ArrayList<>();
        for (int i = 0; i < itemFiles.size(); i++) {
            meanings.add(QtiReader.meaning(itemFiles.get(i), set.questions().get(i).type()));
        }
        return meanings;
    }

    /**
     * QTI keeps line breaks in texts as {@code <br/>}, so a CR LF or lone CR comes back as LF; short-answer
     * variants are attribute values and come back exactly.
     */
    static Meaning expected(Question question) {
        Meaning meaning = Meaning.of(question);
        return new Meaning(lf(meaning.stem()), meaning.options().stream().map(QtiExportTest::lf).toList(),
                question.type() == QuestionType.SHORT_ANSWER ? meaning.key() : meaning.key().stream().map(QtiExportTest::lf).toList());
    }

    private static String lf(String text) {
        return text.replaceAll("\\r\\n|\\r", "\n");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Test
    void every_item_and_the_manifest_validate() throws IOException {
        assertValidPackage(SET);
    }

    @Test
    void stems_options_and_keys_survive() throws IOException {
        List<Meaning> read = meanings(SET);
        for (int i = 0; i < SET.questions().size(); i++) {
            assertThat(read.get(i)).as(SET.questions().get(i).type().toString()).isEqualTo(expected(SET.questions().get(i)));
        }
    }

    @Test
    void markup_in_texts_stays_text_and_line_breaks_become_br() throws IOException {
        Question question = Question.builder().area(Area.DATES).id("id with spaces & <stuff>")
                .stem("Is <b>this</b> & \"that\" ]]> bold?\r\nSecond\n\nThird ~={}#:")
                .body(SingleChoice.of("<i>yes</i>", List.of("<i>yes</i>", "no\nreally")))
                .explanation("<script>x</script>").build();
        QuestionSet set = new QuestionSet("csto", -7, List.of(question));
        assertThat(meanings(set)).containsExactly(expected(question));
        Map<String, byte[]> files = QtiReader.unzip(export(set));
        String item = new String(files.get("items/001-id_with_spaces____stuff_.xml"), StandardCharsets.UTF_8);
        assertThat(item).doesNotContain("<b>", "<i>", "<script>").contains("bold?<br/>Second<br/><br/>Third");
    }

    @Test
    void multiple_response_mapping_scores_every_response_as_the_engine_does() throws IOException {
        for (int correct = 1; correct <= 5; correct++) {
            for (int wrong = 1; wrong <= 5; wrong++) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < correct + wrong; i++) {
                    texts.add("Option " + i);
                }
                Question question = Question.builder().area(Area.ORGANS).stem("Which?")
                        .body(MultipleResponse.of(texts.subList(0, correct), texts)).build();
                byte[] item = QtiReader.unzip(export(new QuestionSet("csto", 1, List.of(question)))).get("items/001-" + question.id() + ".xml");
                for (int mask = 1; mask < (1 << texts.size()); mask++) {
                    Set<String> marked = new TreeSet<>();
                    List<String> identifiers = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            marked.add(question.choices().get(i).id());
                            identifiers.add(QtiItem.choiceIdentifier(i));
                        }
                    }
                    assertThat(QtiReader.mapResponse(item, identifiers))
                            .isCloseTo(question.grade(new Response.Selection(marked)).fraction(), within(1e-6));
                }
                assertThat(QtiReader.mapResponse(item, QtiReader.correct(XmlSupport.parse(item).getDocumentElement()))).isEqualTo(1.0);
            }
        }
    }

    @Test
    void matching_scores_a_share_per_correct_pair() throws IOException {
        byte[] item = QtiReader.unzip(export(new QuestionSet("csto", 1, List.of(SampleQuestions.matching())))).values().stream()
                .skip(1).findFirst().orElseThrow();
        assertThat(QtiReader.mapResponse(item, List.of("P1 A", "P2 B"))).isEqualTo(1.0);
        assertThat(QtiReader.mapResponse(item, List.of("P1 A", "P2 C"))).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void the_schemas_catch_a_broken_item() throws IOException {
        String item = new String(QtiReader.unzip(export(SET)).get("items/001-" + SET.questions().getFirst().id() + ".xml"),
                StandardCharsets.UTF_8);
        String broken = item.replace("<itemBody>", "<itemBody><bogus/>").replace("<simpleChoice identifier=\"B\"", "<simpleChoice identifier=\"1B\"");
        assertThat(XmlSupport.errors(items, broken.getBytes(StandardCharsets.UTF_8), QtiReader.catalog()))
                .anyMatch(e -> e.contains("bogus")).anyMatch(e -> e.contains("1B"));
    }

    @Test
    void validation_never_fetches_from_the_network() {
        XmlSupport.OfflineResolver resolver = new XmlSupport.OfflineResolver(QtiReader.catalog());
        assertThatThrownBy(() -> resolver.resolveResource(XmlSupport.W3C_XSD, "urn:unknown", null,
                "http://example.org/unknown.xsd", null)).hasMessageContaining("refusing to fetch");
        assertThat(resolver.resolveResource(XmlSupport.W3C_XSD, "http://www.w3.org/XML/1998/namespace", null,
                "http://www.w3.org/2001/xml.xsd", null).getSystemId()).startsWith("file:");
    }
}
