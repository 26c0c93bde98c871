package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.OperationKind;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.RelationKind;

/**
 * Every sentence the generators write is put together here, from what the pack's author wrote in
 * the forms the guide asks for: names as they read inside a sentence ("the Collective Security
 * Council", "NATO"), event titles as clauses that follow a date ("the treaty was signed"), and each
 * attribute in the form that completes its sentence ("… is made up of <composition>").
 */
final class Wording {

    private static final Pattern VERB = Pattern.compile(
            "^([a-z][a-z-]*[^s]s|[a-z][a-z-]*ed|is|has|was|had|does|did|set|made|gave|led|took|put|became|began)\\b.*");
    private static final Pattern PAST = Pattern.compile("^([a-z][a-z-]*ed|was|had|did|set|made|gave|led|took|put|became|began)\\b.*");

    private final FactBase facts;
    /** Every name the pack knows, by its first word: a sentence starting with one keeps its capital. */
    private final java.util.Map<String, List<String>> namesByFirstWord;
    private final Organization org;
    private final Optional<String> treaty;
    private final Optional<PartialDate> founded;
    /** How figures are said. */
    final FigureWording figures;

    Wording(FactBase facts) {
        this.facts = facts;
        this.figures = new FigureWording(facts);
        this.namesByFirstWord = facts.facts().stream().filter(f -> f instanceof Named).flatMap(f -> ((Named) f).allNames().stream())
                .map(Names::bare).distinct().collect(java.util.stream.Collectors.groupingBy(n -> n.split("[\\s,]", 2)[0]));
        this.org = facts.primaryOrganization();
        this.treaty = facts.relations().stream()
                .filter(r -> r.subject().equals(org.id()) && r.kind() == RelationKind.GREW_OUT_OF)
                .map(Relation::object).map(id -> facts.find(id, Document.class)).flatMap(Optional::stream)
                .map(Document::name).findFirst();
        this.founded = facts.events().stream()
                .filter(e -> e.category() == EventCategory.FOUNDING && e.subjects().contains(org.id()))
                .map(Event::date).findFirst();
    }

    // ---------------------------------------------------------------- names

    /** The pack's organization inside a sentence: "the CSTO", "NATO". */
    String org() {
        return org(org);
    }

    static String org(Organization o) {
        return o.abbreviation().orElse(o.name());
    }

    /** The pack's organization in full, as a paper's lead-in names it: "the Collective Security Treaty Organization (CSTO)". */
    String orgInFull() {
        return inFull(org);
    }

    static String inFull(Organization o) {
        return inFull(o.name(), o.abbreviation());
    }

    /** A name with its abbreviation in brackets: "the Collective Security Council (CSC)". */
    static String inFull(String name, java.util.Optional<String> abbreviation) {
        return name + abbreviation.map(a -> " (" + Names.bare(a) + ")").orElse("");
    }

    /**
     * A question that speaks of "the member states" or "the Organization" without naming whose: the first
     * such mention names it ("the CSTO member states"), as a paper read on its own must. Quoted text and
     * a question that names the organization already are left as they are.
     */
    String namingTheOrganization(String stem) {
        int end = stem.indexOf('"') >= 0 ? stem.indexOf('"') : stem.indexOf('\u201c') >= 0 ? stem.indexOf('\u201c') : stem.length();
        String head = stem.substring(0, end);
        // "In 2010, the member states approved … a CSTO peacekeeping force": whose members, said where they come first
        java.util.regex.Matcher first = MEMBER_STATES.matcher(head);
        boolean membersFirst = first.find() && org.allNames().stream().map(Names::bare)
                .noneMatch(n -> Texts.containsWords(head.substring(0, first.start()), n));
        if (!membersFirst && org.allNames().stream().anyMatch(n -> Texts.containsWords(stem, Names.bare(n)))) {
            return stem;
        }
        String members = org.abbreviation().map(a -> "the " + Names.bare(a) + " member states").orElse("the member states of " + org.name());
        String named = MEMBER_STATES.matcher(head).replaceFirst(java.util.regex.Matcher.quoteReplacement(members));
        if (named.equals(head)) {
            named = THE_ORGANIZATION.matcher(head).replaceFirst(java.util.regex.Matcher.quoteReplacement(org()));
        }
        return named + stem.substring(end);
    }

    private static final java.util.regex.Pattern MEMBER_STATES = java.util.regex.Pattern.compile("\\bthe member states\\b");
    private static final java.util.regex.Pattern THE_ORGANIZATION = java.util.regex.Pattern.compile("\\bthe Organization\\b");

    /**
     * A body, force or operation of the pack's organization named as a question names it: "NATO's International Staff"
     * ("What does the International Staff do?" — of what?), "the CSTO Joint Staff" as it is.
     */
    String ofTheOrganization(org.cstoquiz.domain.Fact fact, String subject) {
        String owner = fact instanceof org.cstoquiz.domain.Organ o ? o.organization()
                : fact instanceof org.cstoquiz.domain.Force f ? f.organization()
                : fact instanceof org.cstoquiz.domain.Operation op ? op.organization() : null;
        boolean named = org.allNames().stream().anyMatch(n -> Texts.containsWords(subject, Names.bare(n)));
        if (!org.id().equals(owner) || named) {
            return subject;
        }
        String bare = subject.startsWith("the ") ? subject.substring(4) : subject;
        // "the CSTO's exercise Rubezh 2008": a code name does not say it is an exercise ("Implementation Force" says what it is)
        boolean codeNamed = fact instanceof org.cstoquiz.domain.Operation op && op.kind() == OperationKind.EXERCISE && !OperationFamily.saysItsKind(op);
        return org() + "'s " + (codeNamed ? "exercise " : "") + bare;
    }

    /** "CSTO body", "NATO body", or "body of the Nordic Defence Cooperation" when it has no abbreviation. */
    String orgsBody() {
        return org.abbreviation().map(a -> Names.bare(a) + " body").orElse("body of " + org.name());
    }

    /** "CSTO operation", or "operation of ..." */
    String orgs(String noun) {
        return org.abbreviation().map(a -> Names.bare(a) + " " + noun).orElse(noun + " of " + org.name());
    }

    /** A name on its own, as an option or an answer. */
    static String shown(Named n) {
        return n.displayName();
    }

    /** A name on its own as it was at a date: "West Germany" for 1955. */
    static String shown(Named n, PartialDate date) {
        return n instanceof org.cstoquiz.domain.Country c ? c.displayNameAt(date) : n.displayName();
    }

    /** Whether a name is plural ("the Collective Rapid Reaction Forces"), for the verb that follows it. */
    static boolean plural(String name) {
        String head = name.split("\\s+(of|on|for|in|under|to)\\s+|\\s*\\(", 2)[0].strip();
        String last = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
    }

    /**
     * A sentence continuing after a comma ("Under the Charter, signatories would ..."): its first word
     * loses its capital unless it begins a name the pack knows or is an abbreviation.
     */
    String continuing(String sentence) {
        String s = sentence.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        String first = s.split("[\\s,]", 2)[0];
        boolean name = first.chars().skip(1).anyMatch(Character::isUpperCase) || startsWithName(s, first);
        return name || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** "Armenia signed …", "Joint Staff of …", not "Joint exercises …": a whole name, not its first word. */
    private boolean startsWithName(String s, String first) {
        return namesByFirstWord.getOrDefault(first, List.of()).stream()
                .anyMatch(n -> s.startsWith(n) && (s.length() == n.length() || !Character.isLetterOrDigit(s.charAt(n.length()))));
    }

    // ---------------------------------------------------------------- events and dates

    /**
     * The event as a clause: its title, and where it took place: after a short title ("the treaty was
     * signed in Tashkent"), before a long one, where "in Yerevan" at the end would seem to belong to
     * its last words ("in Yerevan, the Council decided to establish the Crisis Response Centre").
     */
    String clause(Event e) {
        return e.place().flatMap(p -> facts.find(p, Place.class)).map(p -> at(e.title(), p.name())).orElse(e.title());
    }

    /**
     * A question about the event: "In which year was the treaty signed in Tashkent?"; a long title without
     * its place, where after the title it would seem to belong to its last words ("… decide to establish
     * the Crisis Response Center in Yerevan" places the centre) and before it reads heavily ("In which year,
     * in Yerevan, did …"), unless another event has the same title: then the place follows the asking words.
     */
    Optional<String> asked(Event e, String which) {
        Optional<String> place = longTitledPlace(e);
        return place.isEmpty() ? Asking.question(this, which, Texts.sentence(clause(e)))
                : Asking.question(this, which + place.get(), Texts.sentence(e.title()));
    }

    /** "Enter the year in which the Collective Security Council decided …", as {@link #asked}. */
    Optional<String> askedRelative(Event e, String lead) {
        Optional<String> place = longTitledPlace(e);
        return place.isEmpty() ? Asking.relative(this, lead, Texts.sentence(clause(e)))
                : Asking.relative(this, lead + place.get(), Texts.sentence(e.title()));
    }

    /** For a long title with a place: "" where the title alone tells the event, else ", in Yerevan,". */
    private Optional<String> longTitledPlace(Event e) {
        Optional<Place> place = e.place().flatMap(p -> facts.find(p, Place.class));
        if (place.isEmpty() || !longTitle(e.title())) {
            return Optional.empty();
        }
        boolean alone = facts.events().stream().noneMatch(x -> x != e && Texts.normalized(x.title()).equals(Texts.normalized(e.title())));
        return Optional.of(alone ? "" : ", in " + place.get().name() + ",");
    }

    /** A title with a place: after a short title, before a long one. */
    static String at(String title, String place) {
        return longTitle(title) ? "in " + place + ", " + title : title + " in " + place;
    }

    /** More than nine words: a place or a date after it seems to belong to its last words. */
    static boolean longTitle(String title) {
        return title.split("\\s+").length > 9;
    }

    /** "In 1992, the treaty was signed in Tashkent": the event as a sentence, without the full stop. */
    String dated(Event e) {
        return dated(e.date(), clause(e));
    }

    static String dated(PartialDate date, String clause) {
        return (date.precision() == Precision.DAY ? "On " : "In ") + date.display() + ", " + clause;
    }

    /** "in 1992", "in May 1992", "on 15 May 1992". */
    static String when(PartialDate date) {
        return (date.precision() == Precision.DAY ? "on " : "in ") + date.display();
    }

    // ---------------------------------------------------------------- membership

    /** Before the organization existed, its members were parties to the treaty it grew out of. */
    boolean treatyEra(PartialDate date) {
        return treaty.isPresent() && founded.isPresent() && date.isCertainlyBefore(founded.get());
    }

    /**
     * The earliest year an event could be offered at: an event of the organization itself ("took over
     * the rotating presidency of the CSTO") cannot have happened before it was founded, so years
     * before that are no credible distractors. Empty for events that name no organization.
     */
    Optional<Integer> earliestYearFor(Event e) {
        if (founded.isEmpty() || e.date().isCertainlyBefore(founded.get())) {
            return Optional.empty();
        }
        String title = e.title();
        boolean ofIt = e.subjects().contains(org.id()) || org.allNames().stream()
                .anyMatch(n -> Texts.containsWords(title, Names.bare(n)));
        return ofIt ? Optional.of(founded.get().year()) : Optional.empty();
    }

    /** What membership was in at a date: "the CSTO", or "the Collective Security Treaty" before the CSTO. */
    String body(PartialDate date) {
        return treatyEra(date) ? treaty.orElseThrow() : org();
    }

    /** "a member state of the CSTO" / "a party to the Collective Security Treaty". */
    String memberOf(PartialDate date) {
        return treatyEra(date) ? "a party to " + body(date) : "a member state of " + org();
    }

    String membersOf(PartialDate date) {
        return treatyEra(date) ? "parties to " + body(date) : "member states of " + org();
    }

    /**
     * The words for a membership status, in one place: its name as an option, the state it describes
     * ("had suspended its membership in the CSTO") and the change that starts it ("suspended its
     * membership in the CSTO").
     */
    record StatusWords(String noun, String state, String change) {
    }

    StatusWords status(MembershipStatus status, PartialDate date) {
        return status(status, body(date), treatyEra(date));
    }

    /**
     * The words for a status held at {@code date} since {@code since}: a state that left the treaty
     * before the organization existed "had withdrawn from the Collective Security Treaty", not from
     * the organization.
     */
    StatusWords status(MembershipStatus status, PartialDate date, Optional<PartialDate> since) {
        return status == MembershipStatus.WITHDRAWN && since.filter(this::treatyEra).isPresent()
                ? status(status, treaty.orElseThrow(), true) : status(status, date);
    }

    /** Whether a withdrawal that began at {@code since} was from the treaty while {@code date} is in the organization's time. */
    boolean leftTheTreaty(MembershipStatus status, PartialDate date, Optional<PartialDate> since) {
        return status == MembershipStatus.WITHDRAWN && since.filter(this::treatyEra).isPresent() && !treatyEra(date);
    }

    /** The words for a status towards {@code body} ("the Warsaw Pact"); {@code treaty} when it is a treaty's parties. */
    static StatusWords status(MembershipStatus status, String body, boolean treaty) {
        return switch (status) {
            case SIGNATORY -> new StatusWords("signatory, before its entry into force",
                    "had signed " + body + ", which had not yet entered into force", "signed " + body);
            case MEMBER -> treaty
                    ? new StatusWords("full party", "was a party to " + body, "became a party to " + body)
                    : new StatusWords("full member", "was a full member of " + body, "became a member of " + body);
            case SUSPENDED -> new StatusWords(treaty ? "party with its participation suspended" : "member with its membership suspended",
                    "had suspended its membership in " + body, "suspended its membership in " + body);
            case WITHDRAWN -> new StatusWords(treaty ? "former party that had withdrawn" : "former member that had withdrawn",
                    "had withdrawn from " + body, "withdrew from " + body);
            case OBSERVER -> new StatusWords(treaty ? "observer, not a party" : "observer state, not a member",
                    "was an observer state of " + body, "became an observer state of " + body);
            case INTENTION_TO_WITHDRAW_ANNOUNCED -> new StatusWords("member that had announced its intention to withdraw",
                    "had announced its intention to withdraw from " + body,
                    "announced its intention to withdraw from " + body);
        };
    }

    // ---------------------------------------------------------------- attributes

    /** Whether an attribute value has the form its sentence needs (see the guide's table). */
    static boolean fits(String attribute, String value) {
        String v = value.strip();
        if (v.isEmpty() || Character.isUpperCase(v.charAt(0)) && !properStart(v)) {
            return false;
        }
        return switch (attribute) {
            case "purpose" -> v.startsWith("to ");
            case "function", "summary", "appointment" -> VERB.matcher(v).matches();
            default -> !VERB.matcher(v).matches() && !v.startsWith("to ");
        };
    }

    private static boolean properStart(String v) {
        String first = v.split("[\\s,]", 2)[0];
        return first.length() > 1 && (first.chars().skip(1).anyMatch(Character::isUpperCase)
                || !first.equals("The") && !first.equals("A") && !first.equals("An") && !first.equals("It"));
    }

    /** The frame an attribute value completes, as the guide gives it ("<body> is made up of ..."). */
    static String frame(String attribute) {
        return switch (attribute) {
            case "role", "standing", "type" -> "<name> is ...";
            case "composition" -> "<name> is made up of ...";
            case "head" -> "<name> is headed by ...";
            case "meetings" -> "<name> meets ...";
            case "region" -> "<name> serves ...";
            case "purpose" -> "<name> aims to ...";
            case "term" -> "<name> was concluded for / is appointed for ...";
            default -> "<name> <verb> ..., in lower case";
        };
    }

    /** The predicate an attribute value completes: "is made up of the heads of the member states". */
    static String predicate(String attribute, String value, boolean plural, boolean past) {
        String v = Texts.clause(value.strip());
        String be = past ? (plural ? "were" : "was") : (plural ? "are" : "is");
        return switch (attribute) {
            case "role", "standing", "type" -> be + " " + v;
            case "composition" -> be + " made up of " + v;
            case "head" -> be + " headed by " + v;
            case "meetings" -> (plural ? "meet " : "meets ") + v;
            case "region" -> (plural ? "serve " : "serves ") + v;
            case "purpose" -> (past ? "aimed " : plural ? "aim " : "aims ") + v;
            case "term" -> past ? be + " concluded for " + v : be + " appointed for " + v;
            default -> v; // function, summary, appointment: verb phrases written for a singular subject
        };
    }

    /** The question that asks for an attribute of a named subject: "What is the Council of Foreign Ministers made up of?" */
    static String ask(String attribute, String subject, boolean plural, boolean past) {
        return ask(attribute, subject, "", plural, past);
    }

    static String ask(String attribute, String subject, String value, boolean plural, boolean past) {
        String be = past ? (plural ? "were" : "was") : (plural ? "are" : "is");
        String does = plural ? "do" : "does";
        return switch (attribute) {
            case "role", "standing" -> "What " + be + " " + subject + "?";
            case "type" -> "What kind of organization " + be + " " + subject + "?";
            case "composition" -> "What " + be + " " + subject + " made up of?";
            case "function" -> "Which one of the following best describes the function of " + subject + "?";
            case "summary" -> "What " + (value.isEmpty() || !PAST.matcher(value).matches() ? does : "did") + " " + subject + " do?";
            case "head" -> "Who heads " + subject + "?";
            case "meetings" -> "When and where " + does + " " + subject + " meet?";
            case "region" -> "Which region " + does + " " + subject + " serve?";
            case "purpose" -> "What " + (past ? "was" : be) + " the aim of " + subject + "?";
            case "appointment" -> "How " + be + " " + subject + " chosen?";
            default -> throw new IllegalArgumentException("no question for attribute " + attribute);
        };
    }

    /** An attribute value shown as an option: "Coordinates the foreign policy …", "The heads of the member states". */
    static String option(String value) {
        return Names.capitalized(Texts.clause(value.strip()));
    }
}
