package org.cstoquiz.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Quotes;
import org.cstoquiz.domain.Reference;
import org.cstoquiz.domain.SourceDocument;

/**
 * Loads a fact pack from the classpath or a directory, validating everything: YAML syntax,
 * unknown and missing fields, citations (each quote must occur verbatim in its source text),
 * references between facts, impossible dates and duplicate ids.
 *
 * <p>A pack is a directory holding {@code pack.yaml} (id, name, organization, sources, files),
 * the content files it lists, and {@code sources/} with the cited texts. See
 * {@code docs/content-format.md}.
 *
 * <p>Every problem is collected and reported at once in a {@link PackValidationException}, each as
 * {@code file:line: message}.
 */
public final class PackLoader {

    /** The descriptor every pack has at its top. */
    public static final String DESCRIPTOR = "pack.yaml";

    /** The directory, inside a pack, holding the cited source texts. */
    public static final String SOURCES_DIR = "sources";

    private PackLoader() {
    }

    /** Loads the pack under {@code base} (e.g. {@code packs/csto}) from this library's class loader. */
    public static FactBase fromClasspath(String base) {
        return fromClasspath(PackLoader.class.getClassLoader(), base);
    }

    public static FactBase fromClasspath(ClassLoader loader, String base) {
        return load(new PackSource.Classpath(loader, stripSlashes(base))).orThrow();
    }

    /** Loads the pack in {@code dir}. */
    public static FactBase fromDirectory(Path dir) {
        return load(new PackSource.Directory(dir)).orThrow();
    }

    private static String stripSlashes(String base) {
        String b = base.replace('\\', '/');
        while (b.startsWith("/")) {
            b = b.substring(1);
        }
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b;
    }

    /** The outcome of loading one pack: a fact base, or problems. */
    record Result(Optional<FactBase> base, List<Problem> problems, Optional<Problem> idLocation) {
        FactBase orThrow() {
            if (!problems.isEmpty()) {
                throw new PackValidationException(problems);
            }
            return base.orElseThrow();
        }
    }

    static Result load(PackSource source) {
        return new Run(source).load();
    }

    /** One load: holds the state shared by the readers. */
    private static final class Run implements Fields.Context {

        private final PackSource source;
        private final Problems problems = new Problems();
        private final Map<String, SourceDocument> sourcesByKey = new LinkedHashMap<>();
        private final Map<String, String> sourceTexts = new HashMap<>();
        private final List<ReadCitation> citations = new ArrayList<>();

        private record ReadCitation(String file, int line, Citation citation) {
        }

        Run(PackSource source) {
            this.source = source;
        }

        @Override
        public Problems problems() {
            return problems;
        }

        @Override
        public Optional<String> source(String keyOrFile) {
            SourceDocument byKey = sourcesByKey.get(keyOrFile);
            if (byKey != null) {
                return Optional.of(byKey.file());
            }
            return sourcesByKey.values().stream().map(SourceDocument::file).filter(keyOrFile::equals).findFirst();
        }

        @Override
        public String sourceList() {
            return sourcesByKey.isEmpty() ? "none" : String.join(", ", sourcesByKey.keySet());
        }

        @Override
        public void citationRead(String file, int line, Citation citation) {
            citations.add(new ReadCitation(file, line, citation));
        }

        Result load() {
            String descriptorFile = source.display(DESCRIPTOR);
            Optional<String> descriptorText = text(DESCRIPTOR, descriptorFile, 0);
            if (descriptorText.isEmpty()) {
                if (problems.isEmpty()) {
                    problems.add(descriptorFile, 0, "not a pack: " + DESCRIPTOR + " is missing");
                }
                return new Result(Optional.empty(), problems.sorted(), Optional.empty());
            }
            Optional<Node> root = YamlTree.parse(descriptorFile, descriptorText.get(), problems);
            if (root.isEmpty()) {
                return new Result(Optional.empty(), problems.sorted(), Optional.empty());
            }
            if (!(root.get() instanceof Node.MapNode map)) {
                problems.add(descriptorFile, root.get().line(), DESCRIPTOR + " should be a map, not " + root.get().kind());
                return new Result(Optional.empty(), problems.sorted(), Optional.empty());
            }
            Map<String, Integer> lines = new HashMap<>();
            Fields d = new Fields(map, descriptorFile, DESCRIPTOR, this, "", lines);
            String id = d.requiredText("id");
            String name = d.requiredText("name");
            String organization = d.requiredText("organization");
            Optional<String> description = d.text("description");
            List<SourceDocument> sources = readSources(d);
            List<String> files = d.textList("files");
            if (files.isEmpty() && !d.has("files")) {
                d.require("files");
            }
            d.done();
            Optional<Problem> idLocation = id == null ? Optional.empty()
                    : Optional.of(new Problem(descriptorFile, d.lineOf("id"), id));

            FactReader reader = new FactReader(this);
            Set<String> listed = new LinkedHashSet<>();
            for (int i = 0; i < files.size(); i++) {
                String file = files.get(i);
                int line = lines.getOrDefault("files[" + i + "]", d.lineOf("files"));
                if (!listed.add(file)) {
                    problems.add(descriptorFile, line, "file '" + file + "' is listed twice");
                    continue;
                }
                String display = source.display(file);
                text(file, descriptorFile, line).ifPresent(t -> YamlTree.parse(display, t, problems)
                        .ifPresentOrElse(node -> reader.readFile(display, node), () -> reader.declareUnreadable(display, t)));
            }
            // without a 'files' list every content file would be "not listed": the missing list is the one problem
            source.yamlFiles().filter(present -> d.has("files")).ifPresent(present -> {
                for (String file : present) {
                    if (!file.equals(DESCRIPTOR) && !listed.contains(file)) {
                        problems.add(source.display(file), 0, "content file is not listed in " + DESCRIPTOR
                                + " 'files', so it would be ignored: list it or remove it");
                    }
                }
            });

            checkIds(reader);
            checkReferences(reader);
            checkQuotes();
            if (organization != null && d.has("files")) {
                boolean isOrganization = reader.facts().stream()
                        .anyMatch(l -> l.fact().id().equals(organization) && l.fact() instanceof Organization);
                boolean declared = reader.declared().stream().anyMatch(x -> x.id().equals(organization));
                if (!isOrganization && !declared) {
                    problems.add(descriptorFile, d.lineOf("organization"), "unknown reference '" + organization
                            + "' (expected an organization of the pack)");
                } else if (!isOrganization && reader.facts().stream().anyMatch(l -> l.fact().id().equals(organization))) {
                    problems.add(descriptorFile, d.lineOf("organization"), "'" + organization + "' is not an organization");
                }
            }
            if (!problems.isEmpty() || id == null || name == null || organization == null) {
                return new Result(Optional.empty(), problems.sorted(), idLocation);
            }
            PackInfo info = new PackInfo(id, name, organization, description, sources);
            List<Fact> facts = reader.facts().stream().map(FactReader.Located::fact).toList();
            try {
                return new Result(Optional.of(FactBase.of(info, facts, reader.trivia())), List.of(), idLocation);
            } catch (IllegalArgumentException e) {
                // every rule of FactBase is checked above with a line; this is a safety net
                problems.add(descriptorFile, 0, e.getMessage());
                return new Result(Optional.empty(), problems.sorted(), idLocation);
            }
        }

        private List<SourceDocument> readSources(Fields d) {
            List<SourceDocument> out = new ArrayList<>();
            List<Fields> entries = d.mapList("sources", "a source");
            if (entries.isEmpty() && !d.has("sources")) {
                d.require("sources");
            }
            for (Fields s : entries) {
                String key = s.requiredText("key");
                String file = s.requiredText("file");
                String title = s.requiredText("title");
                Optional<PartialDate> asOf = s.date("asOf");
                s.done();
                if (key == null || file == null || title == null) {
                    continue;
                }
                if (sourcesByKey.containsKey(key)) {
                    s.problem(s.lineOf("key"), "source key '" + key + "' is declared twice");
                    continue;
                }
                if (file.contains("/") || file.contains("\\")) {
                    s.problem(s.lineOf("file"), "source file '" + file + "' should be a plain file name inside "
                            + SOURCES_DIR + "/");
                    continue;
                }
                SourceDocument doc = new SourceDocument(key, file, title, asOf);
                sourcesByKey.put(key, doc);
                out.add(doc);
                text(SOURCES_DIR + "/" + file, source.display(DESCRIPTOR), s.lineOf("file"))
                        .ifPresent(t -> sourceTexts.put(file, Quotes.normalize(t)));
            }
            return out;
        }

        /** Reads a file of the pack as UTF-8; a missing or undecodable file is a problem at the referring line. */
        private Optional<String> text(String relative, String referrer, int line) {
            Optional<String> refused = source.refusal(relative);
            if (refused.isPresent()) {
                problems.add(relative.equals(DESCRIPTOR) ? source.display(relative) : referrer,
                        relative.equals(DESCRIPTOR) ? 0 : line, refused.get());
                return Optional.empty();
            }
            Optional<byte[]> bytes = source.read(relative);
            if (bytes.isEmpty()) {
                if (!relative.equals(DESCRIPTOR)) {
                    problems.add(referrer, line, "file '" + relative + "' not found in the pack");
                }
                return Optional.empty();
            }
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.get())).toString());
            } catch (CharacterCodingException e) {
                problems.add(source.display(relative), 0, "not valid UTF-8 text");
                return Optional.empty();
            }
        }

        private void checkIds(FactReader reader) {
            Map<String, FactReader.Declared> first = new HashMap<>();
            for (FactReader.Declared d : reader.declared()) {
                FactReader.Declared previous = first.putIfAbsent(d.id(), d);
                if (previous != null) {
                    problems.add(d.file(), d.line(), "duplicate id '" + d.id() + "' (first defined at "
                            + previous.file() + ":" + previous.line() + ")");
                }
            }
        }

        private void checkReferences(FactReader reader) {
            Set<String> declared = reader.declared().stream().map(FactReader.Declared::id).collect(Collectors.toSet());
            Map<String, Fact> built = new HashMap<>();
            reader.facts().forEach(l -> built.putIfAbsent(l.fact().id(), l.fact()));
            for (FactReader.Located l : reader.facts()) {
                for (Reference r : l.fact().references()) {
                    Fact target = built.get(r.target());
                    if (target == null && !declared.contains(r.target())) {
                        problems.add(l.file(), l.lineOf(r.field()), "unknown reference '" + r.target() + "' in field '"
                                + r.field() + "' of '" + l.fact().id() + "' (expected " + r.describeAllowed() + ")");
                    } else if (target != null && !r.accepts(target)) {
                        problems.add(l.file(), l.lineOf(r.field()), "field '" + r.field() + "' of '" + l.fact().id()
                                + "' refers to '" + r.target() + "', which is not " + r.describeAllowed());
                    }
                }
            }
        }

        private void checkQuotes() {
            for (ReadCitation rc : citations) {
                String text = sourceTexts.get(rc.citation().source());
                if (text == null) {
                    continue; // the missing source file is already reported
                }
                if (!text.contains(Quotes.normalize(rc.citation().quote()))) {
                    problems.add(rc.file(), rc.line(), "quote not found in " + rc.citation().source() + ": \""
                            + abbreviate(rc.citation().quote()) + "\"");
                }
            }
        }

        private static String abbreviate(String quote) {
            return quote.length() <= 120 ? quote : quote.substring(0, 117) + "...";
        }
    }

}
