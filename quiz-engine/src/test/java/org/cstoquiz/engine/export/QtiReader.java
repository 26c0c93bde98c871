package org.cstoquiz.engine.export;

import static org.cstoquiz.engine.export.XmlSupport.children;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cstoquiz.engine.question.QuestionType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a QTI 2.1 package: its files, and each item back into a {@link Meaning}. */
final class QtiReader {

    /** The IMS and W3C schemas, kept with the tests (test resources, {@code qti21/}). */
    static final Path SCHEMAS = schemas();

    private static Path schemas() {
        try {
            return Path.of(QtiReader.class.getResource("/qti21/qtiv2p1/imsqti_v2p1.xsd").toURI())
                    .getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Namespaces and the remote schema locations they are known by, mapped to the vendored files. */
    static Map<String, Path> catalog() {
        Path qti = SCHEMAS.resolve("qtiv2p1/imsqti_v2p1.xsd");
        Path cp = SCHEMAS.resolve("imscp_v1p1.xsd");
        Path xml = SCHEMAS.resolve("w3/xml.xsd");
        return Map.of(
                "http://www.imsglobal.org/xsd/imsqti_v2p1", qti,
                "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd", qti,
                "http://www.imsglobal.org/xsd/imscp_v1p1", cp,
                "http://www.imsglobal.org/xsd/imscp_v1p1.xsd", cp,
                "http://www.imsglobal.org/xsd/imsmd_v1p2", SCHEMAS.resolve("imsmd_v1p2p4.xsd"),
                "http://www.w3.org/XML/1998/namespace", xml,
                "http://www.w3.org/2001/xml.xsd", xml,
                "http://www.w3.org/2009/01/xml.xsd", xml);
    }

    private QtiReader() {
    }

    /** The package's files by path, in zip order. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (files.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("duplicate zip entry " + entry.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Element first(Element parent, String name) {
        var found = parent.getElementsByTagNameNS(QtiItem.NAMESPACE, name);
        if (found.getLength() == 0) {
            throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
        }
        return (Element) found.item(0);
    }

    static List<Element> all(Element parent, String name) {
        var found = parent.getElementsByTagNameNS(QtiItem.NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    /** Mixed content as text: {@code <br/>} is a line break. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            } else if (node instanceof Element child && child.getLocalName().equals("br")) {
                text.append('\n');
            } else if (node instanceof Element child) {
                throw new AssertionError("unexpected markup <" + child.getLocalName() + "> in text");
            }
        }
        return text.toString();
    }

    static List<String> correct(Element item) {
        return all(first(item, "correctResponse"), "value").stream().map(Element::getTextContent).toList();
    }

    static Meaning meaning(byte[] itemXml, QuestionType type) {
        Element item = XmlSupport.parse(itemXml).getDocumentElement();
        Element body = first(item, "itemBody");
        String stem = text(children(body, "p").getFirst());
        Map<String, String> choices = new LinkedHashMap<>();
        all(body, "simpleChoice").forEach(c -> choices.put(c.getAttribute("identifier"), text(c)));
        List<String> correct = correct(item);
        return switch (type) {
            case TRUE_FALSE -> new Meaning(stem, List.of(), correct);
            case NUMERIC -> {
                Element equal = first(item, "equal");
                String tolerance = equal.getAttribute("toleranceMode").equals("exact") ? "0" : equal.getAttribute("tolerance");
                yield new Meaning(stem, List.of(), List.of(Meaning.number(correct.getFirst()), Meaning.number(tolerance)));
            }
            case SHORT_ANSWER -> new Meaning(stem, List.of(),
                    all(item, "mapEntry").stream().map(e -> e.getAttribute("mapKey")).toList());
            case MATCHING -> {
                List<Element> sets = all(body, "simpleMatchSet");
                Map<String, String> prompts = new LinkedHashMap<>();
                all(sets.get(0), "simpleAssociableChoice").forEach(c -> prompts.put(c.getAttribute("identifier"), text(c)));
                Map<String, String> options = new LinkedHashMap<>();
                all(sets.get(1), "simpleAssociableChoice").forEach(c -> options.put(c.getAttribute("identifier"), text(c)));
                List<String> key = new ArrayList<>();
                for (String pair : correct) {
                    String[] ends = pair.split(" ");
                    key.add(prompts.get(ends[0]));
                    key.add(options.get(ends[1]));
                }
                yield new Meaning(stem, options.values().stream().sorted().toList(), key);
            }
            default -> new Meaning(stem, List.copyOf(choices.values()), correct.stream().map(choices::get).toList());
        };
    }

    /** The SCORE a map_response item gives {@code response} (QTI's mapResponse, bounded). */
    static double mapResponse(byte[] itemXml, List<String> response) {
        Element item = XmlSupport.parse(itemXml).getDocumentElement();
        Element mapping = first(item, "mapping");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        all(mapping, "mapEntry").forEach(e -> values.put(e.getAttribute("mapKey"), new BigDecimal(e.getAttribute("mappedValue"))));
        double sum = response.stream().distinct()
                .mapToDouble(r -> values.getOrDefault(r, new BigDecimal(mapping.getAttribute("defaultValue"))).doubleValue()).sum();
        return Math.min(Double.parseDouble(mapping.getAttribute("upperBound")),
                Math.max(Double.parseDouble(mapping.getAttribute("lowerBound")), sum));
    }
}
