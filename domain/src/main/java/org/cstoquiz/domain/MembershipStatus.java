package org.cstoquiz.domain;

/** A country's standing towards an organization (or its founding treaty) during a period. */
public enum MembershipStatus {
    /** Signed the founding treaty, which was not yet in force. */
    SIGNATORY(false),
    /** Full member. */
    MEMBER(true),
    /** Membership suspended: not an active member. */
    SUSPENDED(false),
    /** Left the organization or treaty. */
    WITHDRAWN(false),
    /** Non-member observer. */
    OBSERVER(false),
    /** Still formally a member, but has announced that it will withdraw. */
    INTENTION_TO_WITHDRAW_ANNOUNCED(true);

    private final boolean formalMember;

    MembershipStatus(boolean formalMember) {
        this.formalMember = formalMember;
    }

    /** True when a country with this status is formally a member. */
    public boolean isFormalMember() {
        return formalMember;
    }
}
