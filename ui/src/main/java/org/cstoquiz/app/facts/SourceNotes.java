package org.cstoquiz.app.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Claim;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.SourceDocument;

/**
 * What a learner is told about the sources of a pack's questions: each source by its title and the
 * date its information holds, and the points where the sources disagree. Read-only, made from the
 * pack by {@link FactCatalog#sourceNotes}; views use it while they draw and keep nothing of it.
 */
public final class SourceNotes {

    /** One side of a disagreement: what it says, the titles of the sources saying it, as of when, and whether the pack follows it. */
    public record Side(String says, List<String> sources, Optional<String> asOf, boolean followed) {
    }

    /**
     * A point where the sources disagree.
     *
     * @param topic     the point, as a question ("How many member states does the CSTO have?")
     * @param rationale why the pack follows the reading it does
     */
    public record Disagreement(String topic, List<Side> sides, String rationale) {
    }

    /** Nothing known of any source: each is named by its file, and no disagreement is known. */
    static final SourceNotes NONE = new SourceNotes();

    private final Map<String, SourceDocument> sources = new HashMap<>();
    private final Map<String, List<Disagreement>> byFact = new HashMap<>();

    private SourceNotes() {
    }

    SourceNotes(FactBase base) {
        base.pack().sources().forEach(source -> sources.put(source.file(), source));
        for (ConflictingClaims conflict : base.all(ConflictingClaims.class)) {
            Disagreement disagreement = new Disagreement(conflict.topic(), conflict.claims().stream()
                    .map(claim -> side(claim, claim.id().equals(conflict.adopted()))).toList(),
                    conflict.rationale().strip());
            Set<String> concerned = new LinkedHashSet<>(conflict.facts());
            concerned.add(conflict.id());
            concerned.forEach(fact -> byFact.computeIfAbsent(fact, id -> new ArrayList<>()).add(disagreement));
        }
    }

    private Side side(Claim claim, boolean followed) {
        return new Side(claim.says().strip(), claim.sources().stream().map(this::title).toList(),
                claim.asOf().map(PartialDate::display), followed);
    }

    /** The title of a source file ("The Encyclopaedia Britannica article"), or the file name if the pack does not describe it. */
    public String title(String file) {
        return Optional.ofNullable(sources.get(file)).map(SourceDocument::title).orElse(file);
    }

    /** When the information of a source file holds ("20 May 2012", "2025"), if the pack says. */
    public Optional<String> asOf(String file) {
        return Optional.ofNullable(sources.get(file)).flatMap(SourceDocument::asOf).map(PartialDate::display);
    }

    /** "The Encyclopaedia Britannica article, as of 2025": how a source is named wherever a learner sees one. */
    public String label(String file) {
        return title(file) + asOf(file).map(date -> ", as of " + date).orElse("");
    }

    /** The disagreements that concern any of the facts, each once, in the order of the facts. */
    public List<Disagreement> disagreementsAbout(List<String> factIds) {
        Set<Disagreement> found = new LinkedHashSet<>();
        factIds.forEach(id -> found.addAll(byFact.getOrDefault(id, List.of())));
        return List.copyOf(found);
    }
}
