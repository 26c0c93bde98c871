package org.cstoquiz.app.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.domain.SourceDocument;

/**
 * The fact packs the application loaded at start-up: the built-in CSTO pack first, then any extra
 * packs. Read-only; questions, the study view and the command line all draw on it.
 */
public final class FactCatalog {

    private final Map<String, FactBase> packs;
    private final Map<String, SourceNotes> notes = new java.util.concurrent.ConcurrentHashMap<>();

    public FactCatalog(List<FactBase> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one fact pack is needed");
        }
        this.packs = packs.stream().collect(Collectors.toMap(b -> b.pack().id(), Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("two packs with id " + a.pack().id());
                }, java.util.LinkedHashMap::new));
    }

    public List<PackInfo> packs() {
        return packs.values().stream().map(FactBase::pack).toList();
    }

    /** The built-in pack (the first one loaded). */
    public FactBase primary() {
        return packs.values().iterator().next();
    }

    public FactBase pack(String packId) {
        FactBase base = packs.get(packId);
        if (base == null) {
            throw new NoSuchElementException("no fact pack '" + packId + "'");
        }
        return base;
    }

    /**
     * Facts of a pack in an area (or all areas) whose label, details or quotes contain every word of
     * {@code text}, ignoring case. Disagreements are listed with the facts they concern.
     */
    public List<Fact> search(String packId, Optional<Area> area, String text) {
        FactBase base = pack(packId);
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
                .filter(w -> !w.isBlank()).toList();
        return base.facts().stream()
                .filter(f -> area.map(a -> a == f.area()).orElse(true))
                .filter(f -> words.isEmpty() || matchesAll(searchText(f, base), words))
                .toList();
    }

    /** The dated events of a pack in date order, optionally only those of one kind (signings, summits...). */
    public List<Event> timeline(String packId, Optional<EventCategory> category) {
        return pack(packId).events().stream().filter(e -> category.map(c -> c == e.category()).orElse(true))
                .toList();
    }

    /** The disagreements between sources that concern a fact (or are that fact). */
    public List<ConflictingClaims> disagreementsAbout(String packId, Fact fact) {
        return pack(packId).all(ConflictingClaims.class).stream()
                .filter(c -> c.equals(fact) || c.facts().contains(fact.id()))
                .toList();
    }

    /** The title of a source file of a pack, or the file name if the pack does not describe it. */
    public String sourceTitle(String packId, String file) {
        return pack(packId).pack().sources().stream().filter(s -> s.file().equals(file)).findFirst()
                .map(SourceDocument::title).orElse(file);
    }

    /**
     * The titles and dates of a pack's sources and the points where they disagree, for showing
     * questions; none for a pack not loaded (questions stored from a pack since removed), whose
     * sources are then named by their file.
     */
    public SourceNotes sourceNotes(String packId) {
        return packs.containsKey(packId) ? notes.computeIfAbsent(packId, id -> new SourceNotes(pack(id)))
                : SourceNotes.NONE;
    }

    private static boolean matchesAll(String haystack, List<String> words) {
        return words.stream().allMatch(haystack::contains);
    }

    private static String searchText(Fact fact, FactBase base) {
        StringBuilder text = new StringBuilder(fact.label()).append('\n');
        for (FactDetails.Line line : FactDetails.of(fact, base)) {
            text.append(line.value()).append('\n');
        }
        fact.allCitations().forEach(c -> text.append(c.quote()).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
