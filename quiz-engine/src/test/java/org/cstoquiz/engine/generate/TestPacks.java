package org.cstoquiz.engine.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cstoquiz.content.PackLoader;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Quotes;

/**
 * The packs every bank property runs over: the built-in CSTO pack, and the NATO pack kept in the
 * content module's tests (written from the guide alone, with its own two source texts).
 */
final class TestPacks {

    /** The packs directory of the content module's tests. */
    static final Path EXTRA = Path.of("../content/src/test/resources/extra-packs");

    static final FactBase CSTO = Packs.loadBuiltIn();
    static final FactBase NATO = PackLoader.fromDirectory(EXTRA.resolve("nato"));
    static final List<FactBase> ALL = List.of(CSTO, NATO);
    /** A pack of a few facts, also written from the guide: too small for the bank properties, but it must generate. */
    static final FactBase NORDIC = PackLoader.fromDirectory(EXTRA.resolve("nordic"));

    private static final Map<String, Bank> BANKS = new ConcurrentHashMap<>();
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    private TestPacks() {
    }

    static FactBase pack(String id) {
        return ALL.stream().filter(p -> p.pack().id().equals(id)).findFirst().orElseThrow();
    }

    /** Each bank is generated once per pack and seed and shared by every property. */
    static Bank bank(FactBase facts, long seed) {
        return BANKS.computeIfAbsent(facts.pack().id() + "|" + seed, k -> QuestionBank.generate(facts, seed));
    }

    /** A source text of a pack, normalised as {@link Quotes#occursIn} compares it. */
    static String normalizedSource(FactBase facts, String file) {
        return SOURCES.computeIfAbsent(facts.pack().id() + "|" + file, k -> {
            try {
                Path dir = facts == CSTO ? Path.of("../content/src/main/resources", Packs.BUILT_IN)
                        : EXTRA.resolve(facts.pack().id());
                return Quotes.normalize(Files.readString(dir.resolve("sources").resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
