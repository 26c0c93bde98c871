package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.StatusPeriod;
import org.cstoquiz.engine.question.Numeric;

/**
 * Kinds of flaw exam setters found in questions about other organizations, tables and states, as
 * properties of every pack's bank: a source's snapshot date read as an event ("As of 20 May 2012"),
 * another organization's membership stated as if it were about the pack's own, a table's cell recalled
 * to the last digit, states offered that no candidate would weigh.
 */
class OverlapProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return PaperDistractorProperties.everyPackAtThreeSeeds();
    }

    private static List<GeneratedQuestion> of(BankProperties.Case c, String... families) {
        return PaperDistractorProperties.of(c, families);
    }

    private static final Pattern DAY_SNAPSHOT = Pattern.compile("As of \\d{1,2} [A-Z][a-z]+ \\d{4}");
    private static final Pattern PLAIN_SNAPSHOT = Pattern.compile("(?m)^\\d\\. As of [A-Z][a-z]+ \\d{4}, .* was (not )?a member of (?!both)[^,]*\\.$");

    /**
     * "As of May 2012, Tajikistan was a member of the SCO", never "As of 20 May 2012" (the day a source was
     * read, not an event); in a list about the CSTO, a snapshot of another organization only as the overlap.
     */
    @Property(tries = 3)
    void another_organizations_snapshot_is_dated_by_its_month_and_listed_as_the_overlap(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "other-member-tf", "other-member", "other-not-member", "both-members")) {
            assertThat(DAY_SNAPSHOT.matcher(g.question().stem()).find()).as(g.question().stem()).isFalse();
        }
        for (GeneratedQuestion g : of(c, "statements-pair", "statements-three")) {
            String stem = g.question().stem();
            assertThat(PLAIN_SNAPSHOT.matcher(stem).find() && !stem.contains(" but not of ")).as(stem).isFalse();
        }
    }

    /** "As of May 2012, China was a member of the SCO" tests nothing of the CSTO: a state it never had is asked by the overlap. */
    @Property(tries = 3)
    void a_state_the_organization_never_had_is_asked_by_the_overlap(@ForAll("cases") BankProperties.Case c) {
        String primary = c.facts().primaryOrganization().id();
        for (GeneratedQuestion g : of(c, "other-member-tf")) {
            for (AssertionCheck check : g.checks()) {
                if (check.assertion() instanceof Assertion.MemberAt m && c.facts().membership(m.country(), primary).isEmpty()) {
                    List<String> ours = c.facts().membersAt(primary, m.date()).members().stream().map(x -> x.id()).toList();
                    boolean overlapping = c.facts().membersAt(m.organization(), m.date()).members().stream().anyMatch(x -> ours.contains(x.id()));
                    assertThat(overlapping).as(g.question().stem()).isFalse();
                }
            }
        }
    }

    /**
     * One state's personnel in a table of four or more is offered beside the others, never typed or stated alone,
     * nor in a list of statements; a precise count is never stated true or false.
     */
    @Property(tries = 3)
    void a_tables_cell_is_never_recalled_alone(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "statements-pair", "statements-three", "statement-correct")) {
            for (String id : g.question().factIds()) {
                c.facts().find(id).filter(f -> f instanceof Figure).map(f -> (Figure) f)
                        .ifPresent(f -> assertThat(row(c, f)).as("%s in %s", f.id(), g.question().stem()).isLessThan(4));
            }
        }
        for (GeneratedQuestion g : of(c, "figure-numeric", "figure-tf")) {
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            long row = row(c, f);
            assertThat(row).as("%s (%s)", g.question().stem(), g.question().body() instanceof Numeric ? "typed" : "true/false")
                    .isLessThan(4);
            if (!(g.question().body() instanceof Numeric)) {
                // nor a precise count ("435,352 munitions") stated true or false
                assertThat(f.approximate() || f.value().stripTrailingZeros().precision() < 4).as(g.question().stem()).isTrue();
            }
        }
    }

    /**
     * "Belarus and Uzbekistan refrained from signing the agreement" beside "Uzbekistan had yet to sign the agreement":
     * two statements of one list never concern the same two things, so that neither follows from the other.
     */
    @Property(tries = 3)
    void no_two_statements_of_a_list_concern_the_same_two_things(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "statements-pair", "statements-three")) {
            List<String> ids = g.question().factIds();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    java.util.Set<String> shared = concerns(c, ids.get(i));
                    shared.retainAll(concerns(c, ids.get(j)));
                    assertThat(shared).as(g.question().stem()).hasSizeLessThan(2);
                }
            }
        }
    }

    private static java.util.Set<String> concerns(BankProperties.Case c, String factId) {
        java.util.Set<String> ids = new java.util.HashSet<>(List.of(factId));
        c.facts().find(factId).ifPresent(f -> f.references().forEach(r -> ids.add(r.target())));
        ids.remove(c.facts().primaryOrganization().id());
        return ids;
    }

    /** How many exam-worthy states' figures stand in the table of this one (the same metric, unit and date). */
    private static long row(BankProperties.Case c, Figure f) {
        return c.facts().figures().stream().filter(x -> x.country().isPresent() && f.country().isPresent()
                && x.metric().equals(f.metric()) && x.unit().equals(f.unit()) && x.asOf().equals(f.asOf())
                && f.asOf().isPresent() && !f.approximate() && c.facts().isExamWorthy(x.id())).count();
    }

    /** A mission abroad is offered the organization's other theatres ("Ukraine" for Libya is no guess) when it has three. */
    @Property(tries = 3)
    void a_mission_abroad_is_offered_other_theatres(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "operation-country")) {
            Operation o = c.facts().get(g.question().factIds().getFirst(), Operation.class);
            Set<String> members = c.facts().membershipsIn(o.organization()).stream().map(m -> m.country()).collect(Collectors.toSet());
            Set<String> theatres = c.facts().operations().stream().filter(x -> x != o && x.organization().equals(o.organization()))
                    .flatMap(x -> x.countries().stream()).filter(id -> !o.countries().contains(id)).collect(Collectors.toSet());
            if (!members.contains(o.countries().getFirst()) && theatres.size() >= 3) {
                for (AssertionCheck check : g.checks()) {
                    if (check.assertion() instanceof Assertion.AttributeIs a && !check.expected()) {
                        assertThat(theatres).as(g.question().stem()).contains(a.value());
                    }
                }
            }
        }
    }

    /** "Which state joined NATO on 5 June 2017?" offers states that joined in other waves or not at all, never a founder. */
    @Property(tries = 3)
    void a_state_joining_is_offered_no_founder(@ForAll("cases") BankProperties.Case c) {
        String org = c.facts().primaryOrganization().id();
        java.util.function.Function<String, java.util.Optional<PartialDate>> joined = country -> c.facts().membership(country, org).stream()
                .flatMap(m -> m.periods().stream()).filter(p -> p.status() == MembershipStatus.MEMBER).findFirst().flatMap(StatusPeriod::from);
        java.util.Optional<PartialDate> founded = c.facts().membershipsIn(org).stream().map(m -> joined.apply(m.country()))
                .flatMap(java.util.Optional::stream).min(java.util.Comparator.comparing(PartialDate::earliest));
        int checked = 0;
        for (GeneratedQuestion g : of(c, "event-state")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            if (e.countries().stream().noneMatch(id -> joined.apply(id).filter(e.date()::equals).isPresent())) {
                continue;
            }
            for (AssertionCheck check : g.checks()) {
                if (check.assertion() instanceof Assertion.EventCountry ec && !check.expected()) {
                    checked++;
                    assertThat(joined.apply(ec.country())).as("%s: %s", g.question().stem(), ec.country()).isNotEqualTo(founded);
                }
            }
        }
        // the NATO pack's enlargements are joinings; the CSTO's members signed a treaty first
        assertThat(checked > 0 || !c.facts().pack().id().equals("nato")).as("joinings checked").isTrue();
    }

    /** "As of 2020, Bordyuzha was Secretary General" is false only by inference from a page's date: a holder is denied at a dated moment or term. */
    @Property(tries = 3)
    void a_holder_is_denied_only_at_a_dated_moment(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "holder-tf")) {
            org.cstoquiz.domain.OfficeHolding h = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.OfficeHolding.class);
            if (!((org.cstoquiz.engine.question.TrueFalse) g.question().body()).correctValue()) {
                assertThat(h.period().from().isPresent() || !g.question().stem().matches("True or false\\? As of \\d{4},.*"))
                        .as(g.question().stem()).isTrue();
            }
        }
    }
}
