package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A point where the sources disagree (or where a fact changed and older sources say otherwise).
 * Records each claim with its sources, which reading the pack adopts, and why. A question must not
 * turn on such a point unless its stem fixes the time frame or the source.
 *
 * @param topic     the point in dispute, as a question ("How many member states does the CSTO have?")
 * @param claims    at least two claims
 * @param adopted   id of the claim the pack's other facts follow
 * @param rationale why that claim is adopted, and how a question may still be asked safely
 * @param facts     ids of the facts affected by the disagreement
 */
public record ConflictingClaims(String id, Area area, String topic, List<Claim> claims, String adopted,
                                String rationale, List<String> facts) implements Fact {

    public ConflictingClaims {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(topic, "topic");
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("conflict '" + id + "' needs at least two claims");
        }
        Set<String> ids = new HashSet<>();
        for (Claim c : claims) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("conflict '" + id + "' has two claims with id '" + c.id() + "'");
            }
        }
        Facts.requireText(adopted, "adopted");
        if (!ids.contains(adopted)) {
            throw new IllegalArgumentException("conflict '" + id + "' adopts unknown claim '" + adopted + "'");
        }
        Facts.requireText(rationale, "rationale");
        facts = List.copyOf(facts);
    }

    public Claim adoptedClaim() {
        return claims.stream().filter(c -> c.id().equals(adopted)).findFirst().orElseThrow();
    }

    public Optional<Claim> claim(String claimId) {
        return claims.stream().filter(c -> c.id().equals(claimId)).findFirst();
    }

    public List<Claim> rejectedClaims() {
        return claims.stream().filter(c -> !c.id().equals(adopted)).toList();
    }

    /** Every source file involved on any side. */
    public List<String> sources() {
        return claims.stream().flatMap(c -> c.sources().stream()).distinct().sorted().toList();
    }

    @Override
    public List<Citation> citations() {
        List<Citation> all = new ArrayList<>();
        claims.forEach(c -> all.addAll(c.citations()));
        return List.copyOf(all);
    }

    @Override
    public String label() {
        return topic;
    }

    /** A conflict is knowledge about other facts, not a fact of its own: it is counted apart. */
    @Override
    public int atomicCount() {
        return 0;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            refs.add(Reference.to("facts[" + i + "]", facts.get(i)));
        }
        return refs;
    }
}
