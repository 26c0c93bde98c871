package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;

/**
 * How a figure is said: its subject, its time frame, its value with its unit, as a sentence and as a
 * question, in the words a writer would use ("In 2018, Armenia had 44,800 active military personnel").
 */
final class FigureWording {

    private final FactBase facts;

    FigureWording(FactBase facts) {
        this.facts = facts;
    }

    /** "the number of active military personnel of Armenia". */
    String subject(Figure f) {
        String metric = f.metric();
        return metric + f.country().flatMap(facts::country)
                .filter(c -> c.allNames().stream().noneMatch(n -> Texts.containsWords(metric, n)
                        || metric.toLowerCase(Locale.ROOT).contains(Names.bare(n).toLowerCase(Locale.ROOT))))
                .map(c -> " of " + c.name()).orElse("");
    }

    /**
     * "in 2018", "between 2003 and 2011", "since 2003", or "" when the metric already says when. A
     * figure of an event or operation (its subject) is dated when it happened, "in August 2014", "on
     * 7 January 2022", never "as of": the soldiers of an exercise are not a standing count.
     */
    String frame(Figure f) {
        String frame;
        if (f.since().isPresent() && f.until().isPresent()) {
            frame = "between " + f.since().get().display() + " and " + f.until().get().display();
        } else if (f.asOf().isPresent()) {
            Precision precision = f.asOf().get().precision();
            String at = precision == Precision.DAY ? "on " : "in ";
            frame = changedThatDay(f) && precision == Precision.DAY ? "after " + changeOn(f) + " on " + f.asOf().get().display()
                    : (precision == Precision.YEAR || ofHappening(f) ? at : "as of ") + f.asOf().get().display();
        } else {
            frame = f.since().map(s -> "since " + s.display()).orElse("");
        }
        PartialDate year = f.asOf().or(f::until).or(f::since).orElse(null);
        // "the number of troops in Rubezh 2008", "According to The Military Balance 2018": the year is said already
        // a count of founders needs its year, not the day ("in 1949", not "as of 4 April 1949")
        if (f.metric().contains("founding") && f.asOf().isPresent()) {
            return "in " + f.asOf().get().year();
        }
        return year != null && (f.metric().contains(Integer.toString(year.year()))
                || f.reportedBy().filter(r -> r.contains(Integer.toString(year.year()))).isPresent()) ? "" : frame;
    }

    /**
     * Whether the figure counts an organization's members on a day a state joined or left it: "as of
     * 30 May 1982" could be read before Spain joined that day, "from 30 May 1982" cannot.
     */
    private boolean changedThatDay(Figure f) {
        PartialDate day = f.asOf().orElseThrow();
        return day.precision() == Precision.DAY && f.subject().filter(s -> facts.membershipsIn(s).stream()
                .flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.status() == MembershipStatus.MEMBER && (p.from().filter(day::equals).isPresent()
                        || p.to().filter(day::equals).isPresent()))).isPresent();
    }

    /** "The number of states that observe the Kanal exercise": a count of a state of affairs, said in the present, even of an operation. */
    static boolean standing(Figure f) {
        java.util.regex.Matcher that = COUNT_THAT.matcher(f.metric());
        return that.matches() && !PAST_VERB.matcher(that.group(2)).lookingAt();
    }

    /** "Spain joined", "the Czech Republic, Hungary and Poland joined", "France left": what changed the count that day. */
    private String changeOn(Figure f) {
        PartialDate day = f.asOf().orElseThrow();
        java.util.List<String> joined = new java.util.ArrayList<>();
        java.util.List<String> left = new java.util.ArrayList<>();
        for (var m : facts.membershipsIn(f.subject().orElseThrow())) {
            for (var p : m.periods()) {
                if (p.status() != MembershipStatus.MEMBER) {
                    continue;
                }
                String name = facts.country(m.country()).map(Country::name).orElse(m.country());
                p.from().filter(day::equals).ifPresent(x -> joined.add(name));
                p.to().filter(day::equals).ifPresent(x -> left.add(name));
            }
        }
        String who = Texts.joinAnd(joined.isEmpty() ? left : joined);
        return who + (joined.isEmpty() ? " left" : " joined");
    }

    /** Whether the figure measures an event or an operation rather than a standing state of affairs. */
    private boolean ofHappening(Figure f) {
        if (standing(f)) {
            return false;
        }
        java.util.regex.Matcher that = COUNT_THAT.matcher(f.metric());
        return that.matches() && PAST_VERB.matcher(that.group(2)).lookingAt() || f.subject().flatMap(facts::find).filter(s -> s instanceof Event || s instanceof Operation).isPresent();
    }

    /** "14,865 firearms", "about 50 per cent"; the unit is left out after "the number of ...". */
    static String value(Figure f, BigDecimal value, boolean inSentence) {
        boolean counted = f.metric().startsWith("the number of") || f.metric().startsWith("number of");
        return f.qualifier().prefix() + Texts.number(value) + (inSentence && counted ? "" : " " + unit(f.unit(), value));
    }

    private static final Pattern COUNTED_UNIT = Pattern.compile("(day|week|month|year|hour|minute|ton|tonne|state|country|member|troop|person|soldier)(s?)");

    /** "1 week", "2 weeks": a unit that is a plain noun agrees with its number. */
    static String unit(String unit, BigDecimal value) {
        java.util.regex.Matcher m = COUNTED_UNIT.matcher(unit);
        if (!m.matches()) {
            return unit;
        }
        boolean one = value.compareTo(BigDecimal.ONE) == 0;
        String noun = m.group(1);
        return one ? noun : noun.equals("person") ? "people" : noun.equals("country") ? "countries" : noun + "s";
    }

    /** "Between 2003 and 2011, the number of firearms removed … was 14,865." */
    private String plainSentence(Figure f, BigDecimal value) {
        if (f.sentence().isPresent()) {
            return Names.capitalized(f.sentence().get().replace(Figure.VALUE, f.qualifier().prefix() + Texts.number(value)
                    + " " + unit(f.unit(), value))).replaceFirst("\\.$", "");
        }
        String frame = frame(f);
        boolean undated = f.asOf().isEmpty() && f.since().isEmpty() && f.until().isEmpty();
        Optional<String> country = personnelOf(f);
        if (country.isPresent()) {
            String had = country.get() + (frame.startsWith("since") ? " has had " : undated ? " has " : " had ")
                    + f.qualifier().prefix() + Texts.number(value) + " " + f.metric().substring("the ".length());
            return frame.isEmpty() ? Names.capitalized(had) : Names.capitalized(frame) + ", " + had;
        }
        Optional<Passive> passive = passive(f);
        if (passive.isPresent()) {
            Passive p = passive.get();
            String number = f.qualifier().prefix() + Texts.number(value);
            String amount = p.unitOf() ? number + " " + unit(f.unit(), value) + " of " + p.counted() : number + " " + p.counted();
            boolean one = !p.unitOf() && value.compareTo(BigDecimal.ONE) == 0;
            String done = amount + " " + (frame.startsWith("since") ? one ? "has been " : "have been " : undated ? one ? "is " : "are " : one ? "was " : "were ") + p.done();
            return frame.isEmpty() ? Names.capitalized(done) : Names.capitalized(frame) + ", " + done;
        }
        String body = counted(f, value, frame.startsWith("since") ? "there have been" : undated ? "there are" : "there were")
                .orElseGet(() -> subject(f) + " " + (frame.startsWith("since") ? "has been" : undated ? "is" : "was")
                        + " " + value(f, value, true));
        return frame.isEmpty() ? Names.capitalized(body) : Names.capitalized(frame) + ", " + body;
    }

    private static final Pattern COUNT_THAT = Pattern.compile("the number of (.+?) (?:that|who) (.+)");

    /** "the number of member states that invoked Article 4": a count of those that did something. */
    static boolean countsDoers(Figure f) {
        return COUNT_THAT.matcher(f.metric()).matches();
    }

    /**
     * A count said as a writer says it: "8 member states invoked Article 4 …" for "the number of member
     * states that invoked Article 4 …", "there were 16 member states of NATO" for "the number of
     * member states of NATO was 16". One of a thing keeps the plain form, whose noun need not agree.
     */
    private Optional<String> counted(Figure f, BigDecimal value, String thereWere) {
        if (!f.metric().startsWith("the number of ") || !subject(f).equals(f.metric())
                || value.compareTo(BigDecimal.ONE) <= 0) {
            return Optional.empty();
        }
        String number = f.qualifier().prefix() + Texts.number(value);
        String counted = f.metric().substring("the number of ".length());
        if (CONTACT_CLAUSE.matcher(counted).lookingAt()) {
            return Optional.empty(); // "troops the CSTO deployed": no "there were" reads well before it
        }
        java.util.regex.Matcher that = COUNT_THAT.matcher(f.metric());
        if (that.matches()) {
            // a dated count in the past: "As of 20 May 2012, 25 states observed the annual Kanal exercise"
            boolean asIs = !thereWere.equals("there were") || PAST_VERB.matcher(that.group(2)).lookingAt();
            return Optional.of(number + " " + that.group(1) + " " + (asIs ? that.group(2) : Asking.past(that.group(2))));
        }
        java.util.regex.Matcher owned = OWNED.matcher(counted);
        if (owned.matches() && !VERB_FORM.matcher(counted).find()) { // not "Operation Kanal carried out had 18 stages"
            // "NATO had 16 member states", "the North Atlantic Treaty has 14 articles"
            String have = thereWere.equals("there were") ? " had " : thereWere.equals("there are") ? " has " : " has had ";
            return Optional.of(owned.group(2) + have + number + " " + owned.group(1));
        }
        return Optional.of(thereWere + " " + number + " " + counted);
    }

    /** Things counted of a named owner: "member states of NATO", "articles of the North Atlantic Treaty". */
    private static final Pattern OWNED = Pattern.compile("([a-z][a-z ]*?) of ((?:the )?[A-Z].*)");

    /** A noun followed by a clause without "that": "troops the CSTO deployed to Kazakhstan". */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("\\S+ (the|a|an|its|their) ");

    /** A participle or verb inside a counted phrase ("removed", "taking part", "carried out"). */
    private static final Pattern VERB_FORM = Pattern.compile("\\b\\w+(ed|ing)\\b|\\b(carried|held|seen|taken|made|done|met)\\b");

    /** A clause that starts in the past tense, so that it agrees with a dated frame. */
    private static final Pattern PAST_VERB = Pattern.compile("(\\S+ed|were|was|had|took|saw|held|made|won|sent|gave|met|led|fought|joined) ");

    /**
     * "How many member states invoked Article 4 … in February 2022?", "How many articles of the North
     * Atlantic Treaty are there?", "How many active military personnel did Armenia have in 2018?",
     * else "What was the amount of heroin seized …?".
     */
    private String plainQuestion(Figure f) {
        String frame = frame(f);
        String when = frame.isEmpty() ? "" : " " + frame;
        boolean since = frame.startsWith("since");
        boolean undated = f.asOf().isEmpty() && f.since().isEmpty() && f.until().isEmpty();
        Optional<String> country = personnelOf(f);
        if (country.isPresent()) {
            String personnel = f.metric().substring("the ".length());
            return since ? "How many " + personnel + " has " + country.get() + " had" + when + "?"
                    : "How many " + personnel + (undated ? " does " : " did ") + country.get() + " have" + when + "?";
        }
        if (f.metric().startsWith("the number of ") && subject(f).equals(f.metric())) {
            String counted = f.metric().substring("the number of ".length());
            java.util.regex.Matcher that = COUNT_THAT.matcher(f.metric());
            if (that.matches() && !undated && !since && !PAST_VERB.matcher(that.group(2)).lookingAt() && frame.startsWith("as of")) {
                // "As of 20 May 2012, how many states observed the annual Kanal exercise?": a count of then, in the past
                return Names.capitalized(frame) + ", how many " + that.group(1) + " " + Asking.past(that.group(2)) + "?";
            }
            if (that.matches() && (undated || PAST_VERB.matcher(that.group(2)).lookingAt())) {
                return "How many " + that.group(1) + " " + that.group(2) + when + "?";
            }
            // "How many member states of NATO were there", but not "How many munitions removed by … were there"
            java.util.regex.Matcher owned = OWNED.matcher(counted);
            if (!that.matches() && owned.matches() && !VERB_FORM.matcher(counted).find() && !counted.contains(",")) {
                return "How many " + owned.group(1) + (since ? " has " + owned.group(2) + " had" : undated ? " does " + owned.group(2) + " have"
                        : " did " + owned.group(2) + " have") + when + "?";
            }
            if (!that.matches() && !CONTACT_CLAUSE.matcher(counted).lookingAt() && !VERB_FORM.matcher(counted).find() && !counted.contains(",")) {
                return "How many " + counted + (since ? " have there been" : undated ? " are there" : " were there") + when + "?";
            }
        }
        Optional<Passive> passive = passive(f);
        if (passive.isPresent()) {
            Passive p = passive.get();
            return "How many " + (p.unitOf() ? f.unit() + " of " : "") + p.counted()
                    + (since ? " have been " : undated ? " are " : " were ") + p.done() + when + "?";
        }
        String verb = since ? "What has been " : undated ? "What is " : "What was ";
        return verb + subject(f) + when + "?";
    }

    /**
     * A count or amount of things something was done to, said in the passive: "the number of firearms
     * removed from illegal circulation by Operation Kanal" as firearms / removed from …; "the amount of
     * heroin seized in …" as heroin / seized in …, counted in its unit ("16 tons of heroin").
     */
    private record Passive(String counted, String done, boolean unitOf) {
    }

    private static final Pattern PASSIVE = Pattern.compile("the (number|amount) of (.+?) ((?:[a-z]+ed|carried|held|seen|taken|made|done|sent|given|won|fought|met|led)(?: or [a-z]+ed)? (?:out |up )?(?:during|in|by|from|after|under|at|on|to|for|through) .+)");

    private Optional<Passive> passive(Figure f) {
        java.util.regex.Matcher m = PASSIVE.matcher(f.metric());
        // "combat aircraft in the CSTO exercise held in …": what was held is the exercise, not the aircraft
        if (!m.matches() || !subject(f).equals(f.metric()) || f.metric().contains(",") || COUNT_THAT.matcher(f.metric()).matches()
                || m.group(2).contains(" in ")) {
            return Optional.empty();
        }
        boolean amount = m.group(1).equals("amount");
        if (amount && !COUNTED_UNIT.matcher(f.unit()).matches()) {
            return Optional.empty(); // "the amount of … in dollars" is not said "dollars of …"
        }
        return Optional.of(new Passive(m.group(2), m.group(3), amount));
    }

    /** The state whose personnel a figure counts ("the active military personnel" of Armenia), if it is one. */
    private Optional<String> personnelOf(Figure f) {
        if (!f.metric().startsWith("the ") || !f.metric().endsWith("personnel") || subject(f).equals(f.metric())) {
            return Optional.empty();
        }
        return f.country().flatMap(facts::country).map(Country::name);
    }

    /** The figure in a sentence, as the publication it comes from gives it ("According to The Military Balance 2018, …"). */
    String sentence(Figure f, BigDecimal value) {
        return attributed(f, plainSentence(f, value));
    }

    /** The question a figure answers, as the publication it comes from gives it. */
    String question(Figure f) {
        return attributed(f, plainQuestion(f));
    }

    /**
     * The publication a figure is said from: the one that estimated it ("The Military Balance 2018"),
     * or, for a running total with no end ("since 2009"), the one source that gives it ("the CSTO's
     * official website"): such a total grows, so it holds only as that source gives it.
     */
    static Optional<String> publication(FactBase facts, Figure f) {
        if (f.reportedBy().isPresent()) {
            return f.reportedBy();
        }
        boolean running = f.since().isPresent() && f.until().isEmpty() && f.asOf().isEmpty();
        List<String> files = f.citations().stream().map(org.cstoquiz.domain.Citation::source).distinct().toList();
        return running && files.size() == 1 ? facts.pack().source(files.getFirst()).map(Context::shortTitle) : Optional.empty();
    }

    /** "According to The Military Balance 2018" for a figure said from a publication. */
    Optional<String> according(Figure f) {
        return publication(facts, f).map(r -> "According to " + r);
    }

    /** {@link #according} with its comma, before the rest of a sentence; nothing when no publication is named. */
    String attribution(Figure f) {
        return according(f).map(a -> a + ", ").orElse("");
    }

    private String attributed(Figure f, String text) {
        if (according(f).isEmpty()) {
            return text;
        }
        String first = text.split(" ", 2)[0];
        boolean common = COMMON_OPENING.contains(first);
        return attribution(f) + (common ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text);
    }

    /** Opening words that are not names, so that they lose their capital after "According to …, ". */
    private static final java.util.Set<String> COMMON_OPENING = java.util.Set.of("In", "As", "From", "Since", "Between", "On",
            "There", "How", "What", "The");
}
