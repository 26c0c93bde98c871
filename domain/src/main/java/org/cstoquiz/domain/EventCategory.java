package org.cstoquiz.domain;

/** What kind of thing happened on a dated event. */
public enum EventCategory {
    /** A document was signed (or a state signed an existing treaty). */
    SIGNING,
    /** A document entered into force. */
    ENTRY_INTO_FORCE,
    /** A national ratification. */
    RATIFICATION,
    /** A treaty was renewed or prolonged. */
    RENEWAL,
    /** An organization was founded or given its status. */
    FOUNDING,
    /** A charter, strategy, plan, declaration or other text was adopted or approved. */
    ADOPTION,
    /** A document was registered (e.g. with the UN Secretariat). */
    REGISTRATION,
    /** Observer status granted to an organization or a state. */
    OBSERVER_STATUS,
    /** A state joined or rejoined. */
    ACCESSION,
    /** A state withdrew. */
    WITHDRAWAL,
    /** A state suspended its membership. */
    SUSPENSION,
    /** A state announced something about its membership. */
    ANNOUNCEMENT,
    /** A summit or session of heads of state or of a council. */
    SUMMIT,
    /** Another meeting. */
    MEETING,
    /** An organization or state ceased to exist. */
    DISSOLUTION,
    /** A mechanism, programme or line of work began ("since 2011 ... has been operating"). */
    LAUNCH,
    /** A body of an organization was created or decided upon. */
    BODY_CREATED,
    /** A force was created or agreed upon. */
    FORCE_CREATED,
    /** Troops were deployed. */
    DEPLOYMENT,
    /** An operation started or ran. */
    OPERATION,
    /** A military exercise. */
    EXERCISE,
    /** A state assumed or handed over the rotating presidency. */
    PRESIDENCY,
    /** An agreement or memorandum was concluded. */
    AGREEMENT,
    /** A decision of an organ or a government. */
    DECISION,
    /** A public statement by a person or government. */
    STATEMENT,
    /** A crisis, conflict or unrest. */
    CRISIS,
    /** An article of a treaty was invoked. */
    INVOCATION;

    /**
     * True for acts that happen once to their subject (a state signs a treaty once, a body is created
     * once), so that the same act at another date is contradicted by the facts. Summits, exercises,
     * statements, crises, decisions and presidencies recur: saying one took place in another year is
     * not contradicted, only unmentioned, and is never offered as false.
     */
    public boolean isOneOff() {
        return switch (this) {
            case SIGNING, ENTRY_INTO_FORCE, RATIFICATION, RENEWAL, FOUNDING, ADOPTION, REGISTRATION, OBSERVER_STATUS,
                 ACCESSION, WITHDRAWAL, SUSPENSION, ANNOUNCEMENT, DISSOLUTION, LAUNCH, BODY_CREATED, FORCE_CREATED,
                 AGREEMENT -> true;
            case SUMMIT, MEETING, DEPLOYMENT, OPERATION, EXERCISE, PRESIDENCY, DECISION, STATEMENT, CRISIS,
                 INVOCATION -> false;
        };
    }

    /**
     * True where the act comes round to the same state again: a rotating presidency passes to each
     * member in turn, so "the year Kyrgyzstan assumed the presidency" has no single answer. Its date
     * is given and the state asked, never the other way round.
     */
    public boolean comesRoundAgain() {
        return this == PRESIDENCY;
    }
}
