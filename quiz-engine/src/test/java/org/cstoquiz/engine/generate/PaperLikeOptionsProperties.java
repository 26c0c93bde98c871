package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.OperationKind;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Person;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.SingleChoice;

/**
 * Wrong options of the key's kind, as reviewers asked for them: nothing a reader strikes out because it could not have
 * been (a year before the thing existed, a state outside a bloc among its members), nothing of another sort (research
 * organizations among heads of state), nothing the key builds on (the Treaty beside the Charter that restates it).
 */
class PaperLikeOptionsProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return PaperDistractorProperties.everyPackAtThreeSeeds();
    }

    private static SingleChoice choice(GeneratedQuestion g) {
        return (SingleChoice) g.question().body();
    }

    private static List<String> wrong(GeneratedQuestion g) {
        SingleChoice sc = choice(g);
        return sc.choices().stream().filter(x -> !x.id().equals(sc.correctChoiceId())).map(Choice::text).toList();
    }

    /** "In which year did Belarus sign the agreement on the Collective Rapid Reaction Force?" offers no year before the agreement was reached. */
    @Property(tries = 3)
    void a_year_is_never_offered_before_what_the_event_is_about_existed(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-year")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            int floor = e.subjects().stream()
                    .filter(id -> c.facts().find(id).filter(f -> !(f instanceof Person) && !(f instanceof Country)).isPresent())
                    .flatMap(id -> c.facts().events().stream().filter(x -> x.subjects().contains(id) && x.date().isCertainlyBefore(e.date())))
                    .mapToInt(x -> x.date().year()).min().orElse(Integer.MIN_VALUE);
            assertThat(wrong(g)).as(g.question().stem()).allSatisfy(y -> assertThat(Integer.parseInt(y)).isGreaterThanOrEqualTo(floor));
        }
    }

    private static final Pattern INSTITUTIONS = Pattern.compile(
            "(?i)\\b(structures?|institutions?|organi[sz]ations?|agenc(y|ies)|centres?|centers?|universit(y|ies))\\b");

    /** "What is the Collective Security Council made up of?" offers office holders only, never "about 30 analytical structures". */
    @Property(tries = 3)
    void a_composition_is_offered_among_compositions_of_its_sort(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "organ-composition")) {
            List<Boolean> sorts = choice(g).choices().stream()
                    .map(x -> INSTITUTIONS.matcher(x.text()).find() && !x.text().matches("(?i).*\\b(heads?|ministers?)\\b.*")).distinct().toList();
            assertThat(sorts).as(g.question().stem()).hasSize(1);
        }
    }

    /** "Which document provides that the member states may not join other military alliances?" never offers the Treaty the Charter builds on. */
    @Property(tries = 3)
    void a_provision_is_never_offered_beside_the_document_its_document_builds_on(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "article-document")) {
            assertThat(g.question().stem()).startsWith("Which document provides that ");
            String key = choice(g).choices().stream().filter(x -> x.id().equals(choice(g).correctChoiceId())).findFirst().orElseThrow().text();
            assertThat(wrong(g)).as(g.question().stem())
                    .noneMatch(w -> Texts.containsWords(key, Names.bare(w)) || Texts.containsWords(w, Names.bare(key)));
        }
    }

    /** "Fill in the blank: … Threats from the Territory of ____": Afghanistan, never a member, beside states that were not members either. */
    @Property(tries = 3)
    void a_state_never_a_member_is_offered_beside_states_outside_then(@ForAll("cases") BankProperties.Case c) {
        String org = c.facts().pack().organization();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-state")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            SingleChoice sc = choice(g);
            String key = sc.choices().stream().filter(x -> x.id().equals(sc.correctChoiceId())).findFirst().orElseThrow().text();
            Country actor = c.facts().countries().stream().filter(x -> x.displayNameAt(e.date()).equals(key) || x.displayName().equals(key))
                    .findFirst().orElseThrow();
            boolean everIn = c.facts().membership(actor.id(), org).stream().flatMap(m -> m.periods().stream())
                    .anyMatch(p -> p.status() == MembershipStatus.MEMBER);
            if (everIn) {
                continue;
            }
            for (String w : wrong(g)) {
                Country x = c.facts().countries().stream().filter(y -> y.displayNameAt(e.date()).equals(w) || y.displayName().equals(w))
                        .findFirst().orElseThrow();
                assertThat(c.facts().wasMemberAt(x.id(), org, e.date())).as("%s: %s", g.question().stem(), w).isNotEqualTo(Truth.YES);
            }
        }
    }

    /** "In which country did the CSTO's exercise Rubezh 2008 take place?" offers the members of 2008, not Georgia, gone since 1999. */
    @Property(tries = 3)
    void an_exercise_at_home_is_placed_among_the_members_of_its_time(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "operation-country")) {
            Operation o = c.facts().get(g.question().factIds().getFirst(), Operation.class);
            if (o.kind() != OperationKind.EXERCISE || o.from().isEmpty()) {
                continue;
            }
            String country = o.countries().getFirst();
            if (c.facts().wasMemberAt(country, o.organization(), o.from().get()) != Truth.YES) {
                continue;
            }
            long membersThen = c.facts().countries().stream()
                    .filter(x -> !x.id().equals(country) && c.facts().wasMemberAt(x.id(), o.organization(), o.from().get()) == Truth.YES).count();
            if (membersThen < 3) {
                continue;
            }
            for (String w : wrong(g)) {
                Country x = c.facts().countries().stream().filter(y -> y.displayName().equals(w)).findFirst().orElseThrow();
                assertThat(c.facts().wasMemberAt(x.id(), o.organization(), o.from().get())).as("%s: %s", g.question().stem(), w)
                        .isEqualTo(Truth.YES);
            }
            assertThat(g.question().stem()).as("says it is an exercise").containsIgnoringCase("exercise");
        }
    }

    /** "Which one of the following is a function of the Council of Ministers of Defense?" never has the one military option. */
    @Property(tries = 3)
    void a_function_is_not_answered_by_the_bodys_name(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "organ-function")) {
            assertThat(g.question().stem()).startsWith("Which one of the following best describes the function of ");
            Organ organ = c.facts().get(g.question().factIds().getFirst(), Organ.class);
            SingleChoice sc = choice(g);
            String key = sc.choices().stream().filter(x -> x.id().equals(sc.correctChoiceId())).findFirst().orElseThrow().text();
            java.util.Set<String> named = new java.util.HashSet<>(Texts.words(organ.name()));
            named.retainAll(Texts.words(key));
            named.removeAll(Texts.words(c.facts().primaryOrganization().name() + " member states"));
            if (!named.isEmpty()) {
                assertThat(wrong(g)).as("%s: only the key says %s", g.question().stem(), named)
                        .anyMatch(w -> Texts.words(w).stream().anyMatch(named::contains));
            }
        }
    }

    /** A question on a treaty of the organization's origin never says it is what the organization originates from. */
    @Property(tries = 3)
    void a_document_is_not_described_by_the_name_of_the_organization_it_named(@ForAll("cases") BankProperties.Case c) {
        String abbreviation = c.facts().primaryOrganization().abbreviation().orElse(c.facts().primaryOrganization().name());
        for (Document d : c.facts().documents()) {
            if (!Texts.containsWords(c.facts().primaryOrganization().name(), Names.bare(d.name()))) {
                continue;
            }
            for (GeneratedQuestion g : PaperDistractorProperties.of(c, "document-summary", "document-summary-tf")) {
                if (g.question().factIds().contains(d.id())) {
                    assertThat(d.summary().map(s -> s.value()).orElse("")).as(g.question().stem()).doesNotContain(abbreviation);
                }
            }
        }
    }
    /** "In September 2012, the CSTO Secretariat signed a Memorandum of Understanding with the ____": a signature is dated. */
    @Property(tries = 3)
    void a_signature_is_asked_with_its_date(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "relation-blank", "relation-blank-short")) {
            org.cstoquiz.domain.Relation r = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Relation.class);
            if (r.kind() == org.cstoquiz.domain.RelationKind.SIGNED_WITH && r.since().isPresent()) {
                assertThat(g.question().stem()).contains(Integer.toString(r.since().get().year()));
            }
        }
    }

    /** "… failed to agree on providing military assistance to ____": the leading state is not offered as the one helped. */
    @Property(tries = 3)
    void the_leading_state_is_not_offered_as_the_one_a_step_was_done_to(@ForAll("cases") BankProperties.Case c) {
        String org = c.facts().pack().organization();
        Country leader = c.facts().membershipsIn(org).stream().map(m -> c.facts().get(m.country(), Country.class))
                .max(java.util.Comparator.comparingInt(x -> c.facts().referringTo(x.id()).size())).orElseThrow();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-state")) {
            if (g.question().stem().startsWith("Fill in the blank: ")) {
                assertThat(wrong(g)).as(g.question().stem()).doesNotContain(leader.displayName());
            }
        }
    }
    /** "True or false? In the CSTO, the Expert Advisory Council works under …": a body's statement says whose body it is. */
    @Property(tries = 3)
    void a_true_false_item_on_a_body_names_its_organization(@ForAll("cases") BankProperties.Case c) {
        org.cstoquiz.domain.Organization org = c.facts().primaryOrganization();
        for (GeneratedQuestion g : c.bank().generated()) {
            boolean onItsBody = g.question().factIds().stream().map(id -> c.facts().find(id).orElseThrow())
                    .anyMatch(f -> f instanceof Organ o && o.organization().equals(org.id()));
            if (g.question().type() == QuestionType.TRUE_FALSE && onItsBody) {
                String stem = Texts.normalized(g.question().stem().replace("'s ", " "));
                assertThat(org.allNames().stream().map(n -> Texts.normalized(Names.bare(n))))
                        .as(g.question().stem()).anyMatch(n -> (" " + stem + " ").contains(" " + n + " "));
            }
        }
    }
    /** Assertion and reason keyed (a) every time is answered without reading: where there are three, the keys differ. */
    @Property(tries = 3)
    void assertion_reason_keys_are_not_all_one(@ForAll("cases") BankProperties.Case c) {
        List<String> keys = PaperDistractorProperties.of(c, "assertion-reason").stream()
                .map(g -> ((org.cstoquiz.engine.question.SingleAnswerBody) g.question().body()).correctChoiceText()).toList();
        if (keys.size() >= 3) {
            assertThat(keys.stream().distinct().count()).as("keys %s", keys).isGreaterThan(1);
        }
    }
    /** Years to match are listed in order, as a paper lists them, and the key never runs down them in order. */
    @Property(tries = 3)
    void years_to_match_are_listed_in_order(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (g.question().body() instanceof org.cstoquiz.engine.question.Matching m
                    && m.choices().stream().allMatch(x -> x.text().matches("\\d{4}"))) {
                List<String> years = m.choices().stream().map(Choice::text).toList();
                assertThat(years).as(g.question().stem()).isSorted();
                List<String> keyed = m.prompts().stream().map(p -> m.correctMatches().get(p.id())).toList();
                assertThat(keyed.stream().sorted().toList()).as("keyed in order: %s", g.question().stem()).isNotEqualTo(keyed);
            }
        }
    }
    /** "… decided to establish the Crisis Response Center. In which city was the decision taken?", not where the centre went. */
    @Property(tries = 3)
    void a_decision_is_placed_where_it_was_taken(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-place")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            if (e.category() == org.cstoquiz.domain.EventCategory.DECISION) {
                assertThat(g.question().stem()).as(g.question().stem()).endsWith(" was the decision taken?");
            }
        }
    }
}
