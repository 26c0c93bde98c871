package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Qualifier;
import org.cstoquiz.domain.RelationKind;

/**
 * What one option, statement or key of a generated question asserts about the facts, in a form
 * that can be checked against a {@link org.cstoquiz.domain.FactBase} without the generator: tests
 * re-evaluate every assertion and compare it with what the question says is right or wrong.
 *
 * <p>Attributes are named as the domain records name them ({@code "function"}, {@code "seat"},
 * {@code "document"}...); reference-valued attributes hold fact ids.
 */
public sealed interface Assertion {

    /** The country was formally a member of the organization throughout {@code date}. */
    record MemberAt(String country, String organization, PartialDate date) implements Assertion {
    }

    /** The country had {@code status} towards the organization throughout {@code date}. */
    record StatusAt(String country, String organization, PartialDate date, MembershipStatus status) implements Assertion {
    }

    /** The country's status towards the organization changed to {@code status} within {@code date}. */
    record StatusFrom(String country, String organization, MembershipStatus status, PartialDate date) implements Assertion {
    }

    /** The organization had exactly {@code count} formal members throughout {@code date}. */
    record MemberCount(String organization, PartialDate date, int count) implements Assertion {
    }

    /** The event is dated {@code date} at that date's precision (a year, a month or a day). */
    record EventDate(String event, PartialDate date) implements Assertion {
    }

    /** The event took place at {@code place}. */
    record EventPlace(String event, String place) implements Assertion {
    }

    /** {@code country} is one of the countries the event names. */
    record EventCountry(String event, String country) implements Assertion {
    }

    /** {@code subject} is one of the facts the event is about (a person, an organ, a document...). */
    record EventSubject(String event, String subject) implements Assertion {
    }

    /** {@code earlier} certainly happened before {@code later}. */
    record Earlier(String earlier, String later) implements Assertion {
    }

    /** Attribute {@code attribute} of fact {@code factId} has (or, for lists, contains) {@code value}. */
    record AttributeIs(String factId, String attribute, String value) implements Assertion {
    }

    /**
     * Someone held a position at {@code date}: a holding of {@code person} with the given organ,
     * office, country and title (each when present) overlaps the date.
     */
    record HeldPost(String person, Optional<String> organ, Optional<String> office, Optional<String> country,
                    Optional<String> title, PartialDate date) implements Assertion {
        public HeldPost {
            Objects.requireNonNull(organ);
            Objects.requireNonNull(office);
            Objects.requireNonNull(country);
            Objects.requireNonNull(title);
        }
    }

    /** The figure is compatible with "{@code qualifier} {@code value}" (see the checker for "about"). */
    record FigureIs(String figure, Qualifier qualifier, BigDecimal value) implements Assertion {
    }

    /** Of {@code figures} (same metric and time frame), {@code figure} has the largest (or smallest) value. */
    record Extreme(List<String> figures, String figure, boolean largest) implements Assertion {
        public Extreme {
            figures = List.copyOf(figures);
        }
    }

    /** The pack records the relation "subject kind object". */
    record RelationHolds(String subject, RelationKind kind, String object) implements Assertion {
    }

    /**
     * The relation's own sentence holds with {@code object} in the place of the name it gives: true for
     * that name, false for the object of another relation of the same kind whose sentence gives other
     * counts ("all six members of EurAsEC" is not said of the SCO, of whose six members five were).
     */
    record RelationSaid(String relation, String object) implements Assertion {
    }

    /** A statement fact of the pack (true as of its time frame). */
    record StatementHolds(String statement) implements Assertion {
    }

    /** The opposite of {@code assertion} (for "Which was NOT ..." keys and negative statements). */
    record Not(Assertion assertion) implements Assertion {
        public Not {
            Objects.requireNonNull(assertion, "assertion");
        }
    }

    /** Every one of {@code assertions} holds (for options that combine two facts). */
    record All(List<Assertion> assertions) implements Assertion {
        public All {
            assertions = List.copyOf(assertions);
        }
    }
}
