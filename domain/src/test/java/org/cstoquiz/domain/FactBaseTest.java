package org.cstoquiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cstoquiz.domain.TestFacts.CITE;
import static org.cstoquiz.domain.TestFacts.d;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactBaseTest {

    private static Event event(String id, String date, EventCategory category, String... subjects) {
        return new Event(id, Area.DATES, d(date), category, "something", Optional.empty(), List.of(),
                List.of(subjects), List.of(CITE));
    }

    private final List<Fact> facts = List.of(
            TestFacts.organization("org.csto", "Collective Security Treaty Organization"),
            TestFacts.country("country.armenia", "Armenia", "Republic of Armenia"),
            TestFacts.country("country.belarus", "Belarus"),
            TestFacts.country("country.uzbekistan", "Uzbekistan"),
            TestFacts.country("country.kyrgyzstan", "Kyrgyzstan", "Kyrgyz Republic"),
            TestFacts.armenia(), TestFacts.belarus(), TestFacts.uzbekistan(),
            event("event.charter", "2002-10-07", EventCategory.ADOPTION),
            event("event.treaty", "1992-05-15", EventCategory.SIGNING),
            event("event.renewal", "1999", EventCategory.RENEWAL),
            event("event.crc", "2016-10", EventCategory.BODY_CREATED, "organ.crc"),
            new Organ("organ.crc", Area.ORGANS, "Crisis Response Center", Optional.empty(), List.of(), "org.csto",
                    Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Sourced.of("support", CITE)), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(CITE)));

    private final FactBase base = FactBase.of(TestFacts.pack(), facts);

    @Test
    void eventsAreSortedByDate() {
        assertThat(base.events()).extracting(Event::id)
                .containsExactly("event.treaty", "event.renewal", "event.charter", "event.crc");
        assertThat(base.eventsIn(2002)).extracting(Event::id).containsExactly("event.charter");
        assertThat(base.eventsWithin(d("2016"))).extracting(Event::id).containsExactly("event.crc");
        assertThat(base.creationOf("organ.crc")).map(Event::id).contains("event.crc");
        assertThat(base.events(EventCategory.SIGNING)).extracting(Event::id).containsExactly("event.treaty");
    }

    @Test
    void membersAtADateAreSplitThreeWays() {
        MembersAt in2005 = base.membersIn(2005);
        assertThat(in2005.members()).extracting(Country::id).containsExactly("country.armenia", "country.belarus");
        assertThat(in2005.nonMembers()).extracting(Country::id).containsExactly("country.uzbekistan", "country.kyrgyzstan");
        assertThat(in2005.uncertain()).isEmpty();
        MembersAt in2012 = base.membersIn(2012);
        assertThat(in2012.uncertain()).extracting(Country::id).containsExactly("country.uzbekistan");
        assertThat(base.wasMemberAt("country.kyrgyzstan", 2010)).isEqualTo(Truth.NO);
        assertThat(base.statusAt("country.uzbekistan", "org.csto", d("2020")))
                .isEqualTo(new StatusAt.Known(MembershipStatus.SUSPENDED));
    }

    @Test
    void typedLookups() {
        assertThat(base.countryByName("kyrgyz republic")).map(Country::id).contains("country.kyrgyzstan");
        assertThat(base.countryByName("The Republic of Armenia")).map(Country::id).contains("country.armenia");
        assertThat(base.countryByName("Kazakhstan")).isEmpty();
        assertThat(base.organsOf("org.csto")).extracting(Organ::id).containsExactly("organ.crc");
        assertThat(base.get("country.belarus", Country.class).name()).isEqualTo("Belarus");
        assertThat(base.find("country.belarus", Organ.class)).isEmpty();
        assertThatThrownBy(() -> base.get("organ.none", Organ.class)).hasMessageContaining("no organ 'organ.none'");
        assertThat(base.primaryOrganization().id()).isEqualTo("org.csto");
        assertThat(base.membershipsOf("country.armenia")).hasSize(1);
        assertThat(base.referringTo("organ.crc")).extracting(Fact::id).containsExactly("event.crc");
    }

    @Test
    void summaryCountsAtomicFactsPerArea() {
        FactBase.Summary s = base.summary();
        assertThat(s.factsPerArea().get(Area.MEMBERS)).isEqualTo(4 + 3 + 2 + 5);
        assertThat(s.factsPerArea().get(Area.DATES)).isEqualTo(4);
        assertThat(s.factsPerArea().get(Area.ORGANS)).isEqualTo(2);
        assertThat(s.factsPerArea().get(Area.RELATIONS)).isEqualTo(1);
        assertThat(s.totalFacts()).isEqualTo(14 + 4 + 2 + 1);
        assertThat(s.conflicts()).isZero();
        assertThat(s.toString()).contains("members", "21 facts");
    }

    @Test
    void integrityIssuesAreAllReported() {
        List<Fact> broken = List.of(
                TestFacts.organization("org.csto", "CSTO"),
                TestFacts.country("country.armenia", "Armenia"),
                TestFacts.country("country.armenia", "Armenia again"),
                new Membership("membership.x", Area.MEMBERS, "country.nowhere", "country.armenia",
                        List.of(TestFacts.period(MembershipStatus.MEMBER, "1994", null))),
                new Person("person.x", Area.PEOPLE, "X", List.of(), List.of(new Citation("other.txt", "q"))));
        List<Issue> issues = FactBase.check(TestFacts.pack(), broken);
        assertThat(issues).extracting(Issue::toString).containsExactlyInAnyOrder(
                "country.armenia: duplicate id",
                "membership.x.country: unknown reference 'country.nowhere' (expected a country)",
                "membership.x.organization: 'country.armenia' is a country, expected an organization",
                "person.x.cite: cites 'other.txt', which is not a source of pack 'test'");
        assertThatThrownBy(() -> FactBase.of(TestFacts.pack(), broken)).hasMessageContaining("4 issue(s)");
    }

    @Test
    void onlyFactsThatCarryKnowledgeAndAreNotTriviaAreExamWorthy() {
        FactBase marked = FactBase.of(TestFacts.pack(), facts, java.util.Set.of("event.renewal"));

        assertThat(marked.isExamWorthy("event.charter")).isTrue();
        assertThat(marked.isExamWorthy("event.renewal")).as("marked exam: false").isFalse();
        assertThat(marked.isExamWorthy("country.armenia")).as("a name, not a fact to ask").isFalse();
        assertThat(marked.isExamWorthy("org.csto")).as("nothing stated but its name").isFalse();
        assertThat(marked.isExamWorthy("organ.crc")).as("has a function").isTrue();
        assertThat(marked.isExamWorthy("membership.armenia")).isTrue();
        assertThat(marked.isExamWorthy("event.none")).isFalse();
        assertThat(marked.trivia()).containsExactly("event.renewal");
        assertThatThrownBy(() -> FactBase.of(TestFacts.pack(), facts, java.util.Set.of("event.none")))
                .hasMessageContaining("event.none").hasMessageContaining("marked as trivia but no such fact");
    }
}
