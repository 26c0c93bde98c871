package org.cstoquiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cstoquiz.domain.MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED;
import static org.cstoquiz.domain.MembershipStatus.MEMBER;
import static org.cstoquiz.domain.MembershipStatus.SIGNATORY;
import static org.cstoquiz.domain.MembershipStatus.SUSPENDED;
import static org.cstoquiz.domain.MembershipStatus.WITHDRAWN;
import static org.cstoquiz.domain.TestFacts.d;
import static org.cstoquiz.domain.TestFacts.period;

import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private final Membership uzbekistan = TestFacts.uzbekistan();

    @Test
    void statusAtAFullyKnownDate() {
        assertThat(uzbekistan.statusAt(d("1993"))).isEqualTo(new StatusAt.Known(SIGNATORY));
        assertThat(uzbekistan.statusAt(d("1997"))).isEqualTo(new StatusAt.Known(MEMBER));
        assertThat(uzbekistan.statusAt(d("2003"))).isEqualTo(new StatusAt.Known(WITHDRAWN));
        assertThat(uzbekistan.statusAt(d("2008"))).isEqualTo(new StatusAt.Known(MEMBER));
        assertThat(uzbekistan.statusAt(d("2015"))).isEqualTo(new StatusAt.Known(SUSPENDED));
        assertThat(uzbekistan.statusAt(d("1990"))).isEqualTo(new StatusAt.NoStatus());
    }

    @Test
    void aYearWithAChangeIsUnknownNotGuessed() {
        assertThat(uzbekistan.statusAt(d("1999"))).isEqualTo(new StatusAt.Unknown(java.util.Set.of(MEMBER, WITHDRAWN), false));
        assertThat(uzbekistan.wasMemberAt(1999)).isEqualTo(Truth.UNKNOWN);
        assertThat(uzbekistan.wasMemberAt(2006)).isEqualTo(Truth.UNKNOWN);
        assertThat(uzbekistan.wasMemberAt(2012)).isEqualTo(Truth.UNKNOWN);
        // known to the month only: April 1999 itself is unknown, May 1999 is not
        assertThat(uzbekistan.wasMemberAt(d("1999-04"))).isEqualTo(Truth.UNKNOWN);
        assertThat(uzbekistan.wasMemberAt(d("1999-05"))).isEqualTo(Truth.NO);
        assertThat(uzbekistan.wasMemberAt(d("1999-03-31"))).isEqualTo(Truth.YES);
        // known to the day
        assertThat(uzbekistan.wasMemberAt(d("2012-06-27"))).isEqualTo(Truth.YES);
        assertThat(uzbekistan.wasMemberAt(d("2012-06-28"))).isEqualTo(Truth.NO);
    }

    @Test
    void suspendedAndWithdrawnAreNotMembersAndASignatoryIsNeither() {
        // "a party to the treaty" before it entered into force: true in loose speech, false in strict
        assertThat(uzbekistan.wasMemberAt(1993)).isEqualTo(Truth.UNKNOWN);
        assertThat(uzbekistan.wasMemberAt(2005)).isEqualTo(Truth.NO);
        assertThat(uzbekistan.wasMemberAt(2013)).isEqualTo(Truth.NO);
        assertThat(uzbekistan.wasMemberAt(2010)).isEqualTo(Truth.YES);
        assertThat(uzbekistan.wasMemberAt(1994)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void announcedIntentionIsStillFormalMembership() {
        Membership armenia = TestFacts.armenia();
        assertThat(armenia.wasMemberAt(2023)).isEqualTo(Truth.YES);
        assertThat(armenia.statusAt(d("2024"))).isInstanceOf(StatusAt.Unknown.class);
        assertThat(armenia.statusAt(d("2024")).is(INTENTION_TO_WITHDRAW_ANNOUNCED)).isEqualTo(Truth.UNKNOWN);
        // member throughout 2024 whichever status held
        assertThat(armenia.wasMemberAt(2024)).isEqualTo(Truth.YES);
        // observed only in 2025: nothing claimed for 2026
        assertThat(armenia.wasMemberAt(2026)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void gapsBetweenUnchainedPeriodsMayBeNoStatus() {
        Membership m = new Membership("membership.x", Area.MEMBERS, "country.x", "org.x", List.of(
                period(MEMBER, "1997", "1999"), period(MEMBER, null, null, "2012-05-20")));
        assertThat(m.statusAt(d("2012-05-20"))).isEqualTo(new StatusAt.Known(MEMBER));
        assertThat(m.statusAt(d("2005"))).isEqualTo(new StatusAt.Unknown(java.util.Set.of(MEMBER), true));
        assertThat(m.wasMemberAt(2005)).isEqualTo(Truth.UNKNOWN);
        assertThat(m.wasMemberAt(1998)).isEqualTo(Truth.YES);
    }

    @Test
    void periodsMustBeInOrder() {
        assertThatThrownBy(() -> new Membership("membership.x", Area.MEMBERS, "country.x", "org.x", List.of(
                period(MEMBER, "2006", null), period(WITHDRAWN, "1999", "2006"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        assertThat(Membership.orderProblem(List.of(period(MEMBER, "1994", "2000"), period(MEMBER, "1999", null))))
                .isPresent();
        assertThat(Membership.orderProblem(uzbekistan.periods())).isEmpty();
    }

    @Test
    void atomicCountIsOnePerPeriod() {
        assertThat(uzbekistan.atomicCount()).isEqualTo(5);
        assertThat(uzbekistan.citations()).hasSize(5);
    }

    @Test
    void aStatusIsDeniedOnlyWhereTheStatusHeldRulesItOut() {
        // a full member has not withdrawn or suspended its membership; nothing says it has not announced a withdrawal
        assertThat(uzbekistan.statusAt(d("1997")).is(WITHDRAWN)).isEqualTo(Truth.NO);
        assertThat(uzbekistan.statusAt(d("1997")).is(SUSPENDED)).isEqualTo(Truth.NO);
        assertThat(uzbekistan.statusAt(d("1997")).is(MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED)).isEqualTo(Truth.UNKNOWN);
        // a suspended member is not a full member
        assertThat(uzbekistan.statusAt(d("2015")).is(MEMBER)).isEqualTo(Truth.NO);
        assertThat(MembershipStatus.MEMBER.excludes(MembershipStatus.OBSERVER)).isTrue();
        assertThat(MembershipStatus.WITHDRAWN.excludes(MembershipStatus.OBSERVER)).isFalse();
    }
}
