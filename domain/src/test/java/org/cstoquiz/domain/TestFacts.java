package org.cstoquiz.domain;

import java.util.List;
import java.util.Optional;

/** Small hand-made facts for unit tests. */
final class TestFacts {

    static final String SRC = "seed.txt";
    static final Citation CITE = new Citation(SRC, "a quote");

    private TestFacts() {
    }

    static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    static StatusPeriod period(MembershipStatus status, String from, String to) {
        return new StatusPeriod(status, new Period(Optional.ofNullable(from).map(PartialDate::parse),
                Optional.ofNullable(to).map(PartialDate::parse), Optional.empty()), Optional.empty(), List.of(CITE));
    }

    static StatusPeriod period(MembershipStatus status, String from, String to, String asOf) {
        return new StatusPeriod(status, new Period(Optional.ofNullable(from).map(PartialDate::parse),
                Optional.ofNullable(to).map(PartialDate::parse), Optional.of(PartialDate.parse(asOf))),
                Optional.empty(), List.of(CITE));
    }

    static Country country(String id, String name, String... variants) {
        return new Country(id, Area.MEMBERS, name, Optional.empty(), List.of(variants), Optional.empty(), Optional.empty(), List.of(CITE));
    }

    static Organization organization(String id, String name) {
        return new Organization(id, Area.RELATIONS, name, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(CITE));
    }

    static Membership uzbekistan() {
        return new Membership("membership.uzbekistan", Area.MEMBERS, "country.uzbekistan", "org.csto", List.of(
                period(MembershipStatus.SIGNATORY, "1992-05-15", "1994-04-20"),
                period(MembershipStatus.MEMBER, "1994-04-20", "1999-04"),
                period(MembershipStatus.WITHDRAWN, "1999-04", "2006-06-23"),
                period(MembershipStatus.MEMBER, "2006-06-23", "2012-06-28"),
                period(MembershipStatus.SUSPENDED, "2012-06-28", null)));
    }

    static Membership armenia() {
        return new Membership("membership.armenia", Area.MEMBERS, "country.armenia", "org.csto", List.of(
                period(MembershipStatus.SIGNATORY, "1992-05-15", "1994-04-20"),
                period(MembershipStatus.MEMBER, "1994-04-20", "2024"),
                period(MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED, "2024", null, "2025")));
    }

    static Membership belarus() {
        return new Membership("membership.belarus", Area.MEMBERS, "country.belarus", "org.csto", List.of(
                period(MembershipStatus.SIGNATORY, "1993-12-31", "1994-04-20"),
                period(MembershipStatus.MEMBER, "1994-04-20", null)));
    }

    static PackInfo pack() {
        return new PackInfo("test", "Test pack", "org.csto", Optional.empty(),
                List.of(new SourceDocument("s", SRC, "A seed", Optional.empty())));
    }
}
