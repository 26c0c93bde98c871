package org.cstoquiz.engine.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML helpers for the export tests: a namespace-aware DOM parser that refuses DTDs, and XML Schema
 * validation that never touches the network. Schemas are resolved by a catalog (namespace or
 * system id to a local file); anything the catalog does not know is resolved relative to the
 * importing schema only if it is a local file, and refused otherwise. On top of that, the JAXP
 * access properties allow schemas only from files and no external DTDs at all.
 */
final class XmlSupport {

    static final String W3C_XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private XmlSupport() {
    }

    static Document parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(strict());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A schema from a local file; {@code catalog} maps namespaces and system ids to local files. */
    static Schema schema(Path xsd, Map<String, Path> catalog) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(new OfflineResolver(catalog));
            factory.setErrorHandler(strict());
            return factory.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new AssertionError("cannot load schema " + xsd + ": " + e.getMessage(), e);
        }
    }

    /** The validation errors of {@code xml} against {@code schema}; empty when it is valid. */
    static List<String> errors(Schema schema, byte[] xml, Map<String, Path> catalog) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(new OfflineResolver(catalog));
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    /** The child elements of {@code parent} named {@code name} (local name, any namespace). */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + name + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.getFirst();
    }

    /** The text of {@code <name><text>…</text></name>} under {@code parent}. */
    static String text(Element parent, String name) {
        return child(child(parent, name), "text").getTextContent();
    }

    private static ErrorHandler strict() {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
    }

    /** Resolves schema imports from the catalog or local files; refuses anything remote. */
    record OfflineResolver(Map<String, Path> catalog) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            Path local = null;
            if (systemId == null && (namespaceURI == null || !catalog.containsKey(namespaceURI))) {
                return null; // nothing to fetch: an import without a location
            }
            if (systemId != null && catalog.containsKey(systemId)) {
                local = catalog.get(systemId);
            } else if (namespaceURI != null && catalog.containsKey(namespaceURI)) {
                local = catalog.get(namespaceURI);
            } else if (systemId != null) {
                URI resolved = baseURI == null ? URI.create(systemId) : URI.create(baseURI).resolve(systemId);
                if ("file".equals(resolved.getScheme())) {
                    local = Path.of(resolved);
                }
            }
            if (local == null) {
                throw new IllegalStateException("refusing to fetch " + systemId + " (namespace " + namespaceURI
                        + "): not in the catalog and not a local file");
            }
            return new FileInput(local, publicId);
        }
    }

    /** An {@link LSInput} reading a local file. */
    private record FileInput(Path path, String publicId) implements LSInput {

        @Override
        public InputStream getByteStream() {
            try {
                URL url = path.toUri().toURL();
                return url.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return path.toUri().toString();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public String getBaseURI() {
            return path.toUri().toString();
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
