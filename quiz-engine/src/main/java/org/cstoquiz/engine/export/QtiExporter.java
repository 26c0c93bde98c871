package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cstoquiz.engine.question.Question;

/**
 * An IMS QTI 2.1 content package: a zip with {@code imsmanifest.xml} (IMS Content Packaging 1.1)
 * listing one {@code imsqti_item_xmlv2p1} resource per question, and each question as an
 * {@code assessmentItem} in {@code items/NNN-<id>.xml} (see {@link QtiItem}). Entries carry a
 * fixed date, so the same set always gives the same bytes.
 */
public final class QtiExporter implements Exporter {

    static final String MANIFEST = "imsmanifest.xml";
    static final String CP_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** One file of the package. */
    public record Entry(String path, String xml) {
    }

    @Override
    public String formatName() {
        return "qti";
    }

    @Override
    public String contentType() {
        return "application/zip";
    }

    @Override
    public String fileExtension() {
        return "qti.zip";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Entry entry : entries(set)) {
            ZipEntry zipEntry = new ZipEntry(entry.path());
            zipEntry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(zipEntry);
            zip.write(entry.xml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        out.flush();
    }

    /** The files of the package, manifest first. */
    public List<Entry> entries(QuestionSet set) {
        List<Entry> items = new ArrayList<>();
        for (int i = 0; i < set.questions().size(); i++) {
            Question question = set.questions().get(i);
            items.add(new Entry(itemPath(i, question), QtiItem.toXml(question)));
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(MANIFEST, manifest(set, items)));
        entries.addAll(items);
        return entries;
    }

    private static String manifest(QuestionSet set, List<Entry> items) {
        XmlWriter xml = new XmlWriter().start("manifest",
                "xmlns", CP_NAMESPACE,
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", CP_NAMESPACE + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
                "identifier", "MANIFEST-" + (set.seed() < 0 ? "m" + -set.seed() : set.seed()));
        xml.start("metadata").element("schema", "QTIv2.1 Package").element("schemaversion", "1.0.0").end();
        xml.element("organizations", "");
        xml.start("resources");
        for (int i = 0; i < items.size(); i++) {
            String href = items.get(i).path();
            xml.start("resource", "identifier", "ITEM-" + (i + 1), "type", "imsqti_item_xmlv2p1", "href", href)
                    .element("file", "", "href", href)
                    .end();
        }
        return xml.end().end().toXml();
    }

    /** {@code items/001-d51b9c4ae56e.xml}: the position, then the id with anything unusual replaced. */
    static String itemPath(int index, Question question) {
        String safe = question.id().replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return "items/%03d-%s.xml".formatted(index + 1, safe);
    }
}
