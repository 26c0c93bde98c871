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

    /**
     * Whether holding this status rules out holding {@code other} at the same time, in the sense the
     * sources give the words: a full member has not withdrawn or suspended its membership, but nothing
     * in being a member says it has not announced a withdrawal (the sources list a state that has as
     * a full member still). Used so that a status is offered as false only where a fact contradicts it.
     */
    public boolean excludes(MembershipStatus other) {
        if (other == this) {
            return false;
        }
        return switch (this) {
            case SIGNATORY -> true;
            case MEMBER -> other == SIGNATORY || other == WITHDRAWN || other == OBSERVER || other == SUSPENDED;
            case SUSPENDED -> other == SIGNATORY || other == MEMBER || other == OBSERVER;
            case WITHDRAWN -> other == SIGNATORY || other == MEMBER;
            case OBSERVER -> other != WITHDRAWN;
            case INTENTION_TO_WITHDRAW_ANNOUNCED -> other == SIGNATORY || other == WITHDRAWN || other == OBSERVER;
        };
    }

    /** True when a country with this status is formally a member. */
    public boolean isFormalMember() {
        return formalMember;
    }
}
