package org.cstoquiz.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Claim;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.DocumentKind;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Force;
import org.cstoquiz.domain.Ids;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Office;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.OperationKind;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Period;
import org.cstoquiz.domain.Person;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Qualifier;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.RelationKind;
import org.cstoquiz.domain.Statement;
import org.cstoquiz.domain.StatusPeriod;

/**
 * Turns the entries of one content file into facts. Each top-level section of a file ("events:",
 * "organs:"...) is a list of maps; each map becomes one fact. Problems are reported, never thrown.
 */
final class FactReader {

    /** Where a fact was read: its file, the line of its map, and the line of each field. */
    record Located(Fact fact, String file, int line, Map<String, Integer> fieldLines) {
        int lineOf(String field) {
            Integer l = fieldLines.get(field);
            if (l == null && field.contains("[")) {
                l = fieldLines.get(field.substring(0, field.indexOf('[')));
            }
            return l == null ? line : l;
        }
    }

    /** An id that was declared, even if its fact could not be built. */
    record Declared(String id, String file, int line) {
    }

    /** A section of a content file and the default area of its facts. */
    enum Section {
        ORGANIZATIONS("organization", Area.RELATIONS),
        COUNTRIES("country", Area.MEMBERS),
        PLACES("place", Area.DATES),
        MEMBERSHIPS("membership", Area.MEMBERS),
        DOCUMENTS("document", Area.ARTICLES),
        ARTICLES("article", Area.ARTICLES),
        ORGANS("organ", Area.ORGANS),
        OFFICES("office", Area.ORGANS),
        PEOPLE("person", Area.PEOPLE),
        HOLDINGS("holding", Area.PEOPLE),
        EVENTS("event", Area.DATES),
        FORCES("force", Area.FIGURES),
        FIGURES("figure", Area.FIGURES),
        OPERATIONS("operation", Area.OPERATIONS),
        RELATIONS("relation", Area.RELATIONS),
        STATEMENTS("statement", null),
        CONFLICTS("conflict", null);

        final String singular;
        final Area defaultArea;

        Section(String singular, Area defaultArea) {
            this.singular = singular;
            this.defaultArea = defaultArea;
        }

        /** "an event", "a country". */
        String withArticle() {
            return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular;
        }

        String key() {
            return Fields.yamlName(this);
        }

        static Optional<Section> of(String key) {
            for (Section s : values()) {
                if (s.key().equals(key)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private final Fields.Context context;
    private final List<Located> facts = new ArrayList<>();
    private final List<Declared> declared = new ArrayList<>();
    private final java.util.Set<String> trivia = new java.util.LinkedHashSet<>();

    FactReader(Fields.Context context) {
        this.context = context;
    }

    List<Located> facts() {
        return facts;
    }

    List<Declared> declared() {
        return declared;
    }

    /** Ids of the facts marked {@code exam: false}: kept for study, never asked. */
    java.util.Set<String> trivia() {
        return trivia;
    }

    /**
     * Notes the ids of facts that could not be read (a section with a misspelt name), so that the
     * facts referring to them are not reported as well: one slip, one problem.
     */
    private void declareUnread(String file, Node node) {
        if (node instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.MapNode m && m.entries().get("id") instanceof Node.Entry id
                        && id.value() instanceof Node.Scalar sc && !sc.isNull()) {
                    declared.add(new Declared(sc.text().strip(), file, id.keyLine()));
                }
            }
        }
    }

    private static final java.util.regex.Pattern ID_LINE =
            java.util.regex.Pattern.compile("(?m)^[ \\t-]*id:[ \\t]*[\"']?([A-Za-z][A-Za-z0-9.\\-]*)");

    /**
     * Notes the ids a file that is not valid YAML appears to declare (lines {@code id: ...}), so that
     * the facts referring to them are not reported as well: the file's own problem is the one to fix.
     */
    void declareUnreadable(String file, String text) {
        java.util.regex.Matcher m = ID_LINE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            declared.add(new Declared(m.group(1), file, line));
        }
    }

    /** Reads one parsed content file. */
    void readFile(String file, Node root) {
        if (!(root instanceof Node.MapNode map)) {
            context.problems().add(file, root.line(), "a content file should be a map of sections such as 'events:', not "
                    + root.kind());
            return;
        }
        for (Node.Entry e : map.entries().values()) {
            Optional<Section> section = Section.of(e.key());
            if (section.isEmpty()) {
                List<String> keys = java.util.Arrays.stream(Section.values()).map(Section::key).toList();
                context.problems().add(file, e.keyLine(), "unknown section '" + e.key() + "'" + Spelling.meant(e.key(), keys)
                        .map(k -> ": did you mean '" + k + "'?").orElse(" (expected one of: " + String.join(", ", keys) + ")"));
                declareUnread(file, e.value());
                continue;
            }
            if (e.value() instanceof Node.Scalar s && s.isNull()) {
                continue;
            }
            if (!(e.value() instanceof Node.ListNode list)) {
                context.problems().add(file, e.value().line(), "section '" + e.key() + "' should be a list of "
                        + section.get().singular + " entries, not " + e.value().kind());
                continue;
            }
            for (Node item : list.items()) {
                if (item instanceof Node.MapNode m) {
                    readFact(file, section.get(), m);
                } else {
                    context.problems().add(file, item.line(), "each " + section.get().singular
                            + " should be a map of fields, not " + item.kind());
                }
            }
        }
    }

    private void readFact(String file, Section section, Node.MapNode node) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Fields f = new Fields(node, file, section.withArticle(), context, "", lines);
        String id = f.requiredText("id");
        if (id != null && !Ids.isValid(id)) {
            f.problem(f.lineOf("id"), "invalid id '" + id + "': " + Ids.RULE);
            id = null;
        }
        if (id != null) {
            declared.add(new Declared(id, file, f.lineOf("id")));
        }
        Area area = f.enumValue("area", Area.class).orElse(section.defaultArea);
        if (area == null && !f.has("area")) {
            f.problem(node.line(), "missing field 'area' in a " + section.singular
                    + " (one of: dates, members, articles, organs, people, figures, operations, relations)");
        }
        boolean examWorthy = f.bool("exam").orElse(true);
        String theId = id == null ? "?" : id;
        Supplier<Fact> build = switch (section) {
            case ORGANIZATIONS -> organization(f, theId, area);
            case COUNTRIES -> country(f, theId, area);
            case PLACES -> place(f, theId, area);
            case MEMBERSHIPS -> membership(f, theId, area);
            case DOCUMENTS -> document(f, theId, area);
            case ARTICLES -> article(f, theId, area);
            case ORGANS -> organ(f, theId, area);
            case OFFICES -> office(f, theId, area);
            case PEOPLE -> person(f, theId, area);
            case HOLDINGS -> holding(f, theId, area);
            case EVENTS -> event(f, theId, area);
            case FORCES -> force(f, theId, area);
            case FIGURES -> figure(f, theId, area);
            case OPERATIONS -> operation(f, theId, area);
            case RELATIONS -> relation(f, theId, area);
            case STATEMENTS -> statement(f, theId, area);
            case CONFLICTS -> conflict(f, theId, area);
        };
        f.done();
        if (f.broken() || id == null || area == null) {
            return;
        }
        try {
            facts.add(new Located(build.get(), file, node.line(), lines));
            if (!examWorthy) {
                trivia.add(id);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            context.problems().add(file, node.line(), section.singular + " '" + id + "': " + e.getMessage());
        }
    }

    // -------------------------------------------------------------------- kinds

    private Supplier<Fact> organization(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        Optional<String> abbreviation = f.text("abbreviation");
        List<String> variants = f.textList("variants");
        var type = f.sourcedText("type");
        var hq = f.sourcedText("headquarters");
        var purpose = f.sourcedText("purpose");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Organization(id, area, name, abbreviation, variants, type, hq, purpose, cite);
    }

    private Supplier<Fact> country(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        Optional<String> official = f.text("officialName");
        List<String> variants = f.textList("variants");
        var postSoviet = f.sourced("postSoviet", FactReader::parseBoolean);
        Optional<String> formerName = f.text("formerName");
        Optional<PartialDate> until = f.date("formerNameUntil");
        if (formerName.isPresent() != until.isPresent()) {
            f.problem(f.lineOf(formerName.isPresent() ? "formerName" : "formerNameUntil"),
                    formerName.isPresent() ? "formerName needs formerNameUntil, the date the name changed"
                            : "formerNameUntil needs formerName, the name used before it");
        }
        Optional<Country.FormerName> former = formerName.flatMap(n -> until.map(u -> new Country.FormerName(n, u)));
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Country(id, area, name, official, variants, postSoviet, former, cite);
    }

    private static Boolean parseBoolean(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException("expected true or false, not '" + s + "'");
        };
    }

    private Supplier<Fact> place(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        List<String> variants = f.textList("variants");
        Optional<org.cstoquiz.domain.PlaceKind> kind = f.enumValue("kind", org.cstoquiz.domain.PlaceKind.class);
        Optional<String> country = f.text("country");
        var capitalOf = f.sourcedText("capitalOf");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Place(id, area, name, variants, kind, country, capitalOf, cite);
    }

    private Supplier<Fact> membership(Fields f, String id, Area area) {
        String country = f.requiredText("country");
        String organization = f.requiredText("organization");
        List<Fields> items = f.mapList("periods", "a membership period");
        if (items.isEmpty() && !f.broken()) {
            f.problem(f.line(), "membership '" + id + "' needs 'periods' with at least one period");
        }
        record Raw(MembershipStatus status, Optional<PartialDate> from, Optional<PartialDate> to,
                   Optional<PartialDate> asOf, Optional<String> note, List<Citation> cite, Fields fields) {
        }
        List<Raw> raws = new ArrayList<>();
        for (Fields p : items) {
            MembershipStatus status = p.requiredEnum("status", MembershipStatus.class);
            Optional<PartialDate> from = p.date("from");
            Optional<PartialDate> to = p.date("to");
            Optional<PartialDate> asOf = p.date("asOf");
            Optional<String> note = p.text("note");
            List<Citation> cite = p.citations("cite");
            if (cite.isEmpty() && !p.broken()) {
                p.problem(p.line(), "missing citation: each membership period needs 'cite'");
            }
            p.done();
            f.absorb(p);
            raws.add(new Raw(status, from, to, asOf, note, cite, p));
        }
        List<StatusPeriod> periods = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            Optional<PartialDate> to = r.to();
            if (to.isEmpty() && i + 1 < raws.size()) {
                to = raws.get(i + 1).from(); // a period ends where the next one starts
            }
            Optional<String> problem = Period.problem(r.from(), to, r.asOf());
            if (problem.isPresent()) {
                r.fields().problem(r.fields().has("to") ? r.fields().lineOf("to") : r.fields().line(), problem.get());
                f.markBroken();
                continue;
            }
            if (r.status() != null && !r.cite().isEmpty()) {
                periods.add(new StatusPeriod(r.status(), new Period(r.from(), to, r.asOf()), r.note(), r.cite()));
            }
        }
        if (!f.broken()) {
            Optional<String> order = Membership.orderProblem(periods);
            if (order.isPresent()) {
                int index = Integer.parseInt(order.get().replaceAll("^periods (\\d+) and.*$", "$1"));
                f.problem(raws.get(Math.min(index, raws.size() - 1)).fields().line(),
                        "membership '" + id + "': " + order.get());
            }
        }
        return () -> new Membership(id, area, country, organization, periods);
    }

    private Supplier<Fact> document(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        Optional<String> abbreviation = f.text("abbreviation");
        List<String> variants = f.textList("variants");
        DocumentKind kind = f.requiredEnum("kind", DocumentKind.class);
        Optional<String> organization = f.text("organization");
        var summary = f.sourcedText("summary");
        var term = f.sourcedText("term");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Document(id, area, name, abbreviation, variants, kind, organization, summary, term, cite);
    }

    private Supplier<Fact> article(Fields f, String id, Area area) {
        String document = f.requiredText("document");
        Optional<String> number = f.text("number");
        String title = f.requiredText("title");
        String summary = f.requiredText("summary");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Article(id, area, document, number, title, summary, cite);
    }

    private Supplier<Fact> organ(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        Optional<String> abbreviation = f.text("abbreviation");
        List<String> variants = f.textList("variants");
        String organization = f.requiredText("organization");
        Optional<String> parent = f.text("parent");
        var role = f.sourcedText("role");
        var composition = f.sourcedText("composition");
        var function = f.sourcedText("function");
        var seat = f.sourcedText("seat");
        var head = f.sourcedText("head");
        var meetings = f.sourcedText("meetings");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Organ(id, area, name, abbreviation, variants, organization, parent, role, composition,
                function, seat, head, meetings, cite);
    }

    private Supplier<Fact> office(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        List<String> variants = f.textList("variants");
        String organization = f.requiredText("organization");
        Optional<String> organ = f.text("organ");
        var standing = f.sourcedText("standing");
        var appointment = f.sourcedText("appointment");
        var term = f.sourcedText("term");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Office(id, area, name, variants, organization, organ, standing, appointment, term, cite);
    }

    private Supplier<Fact> person(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        List<String> variants = f.textList("variants");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Person(id, area, name, variants, cite);
    }

    private Supplier<Fact> holding(Fields f, String id, Area area) {
        String person = f.requiredText("person");
        String title = f.requiredText("title");
        Optional<String> country = f.text("country");
        Optional<String> organ = f.text("organ");
        Optional<String> office = f.text("office");
        Period period = period(f);
        List<Citation> cite = f.requiredCitations(id);
        return () -> new OfficeHolding(id, area, person, title, country, organ, office, period, cite);
    }

    /** from / to / asOf of the fact itself, checked for impossible dates. */
    private static Period period(Fields f) {
        Optional<PartialDate> from = f.date("from");
        Optional<PartialDate> to = f.date("to");
        Optional<PartialDate> asOf = f.date("asOf");
        Optional<String> problem = Period.problem(from, to, asOf);
        if (problem.isPresent()) {
            if (!f.broken()) {
                f.problem(f.has("to") ? f.lineOf("to") : f.has("asOf") ? f.lineOf("asOf") : f.line(), problem.get());
            }
            return null;
        }
        return new Period(from, to, asOf);
    }

    private Supplier<Fact> event(Fields f, String id, Area area) {
        PartialDate date = f.requiredDate("date");
        EventCategory category = f.requiredEnum("category", EventCategory.class);
        String title = f.requiredText("title");
        Optional<String> place = f.text("place");
        List<String> countries = f.textList("countries");
        List<String> subjects = f.textList("subjects");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Event(id, area, date, category, title, place, countries, subjects, cite);
    }

    private Supplier<Fact> force(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        Optional<String> abbreviation = f.text("abbreviation");
        List<String> variants = f.textList("variants");
        String organization = f.requiredText("organization");
        var region = f.sourcedText("region");
        var composition = f.sourcedText("composition");
        var purpose = f.sourcedText("purpose");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Force(id, area, name, abbreviation, variants, organization, region, composition, purpose, cite);
    }

    private Supplier<Fact> figure(Fields f, String id, Area area) {
        String metric = f.requiredText("metric");
        Optional<BigDecimal> value = f.number("value");
        if (value.isEmpty() && !f.has("value")) {
            f.problem(f.line(), "missing field 'value' in a figure");
        }
        String unit = f.requiredText("unit");
        Qualifier qualifier = f.enumValue("qualifier", Qualifier.class).orElse(Qualifier.EXACT);
        Optional<String> subject = f.text("subject");
        Optional<String> country = f.text("country");
        Optional<PartialDate> asOf = f.date("asOf");
        Optional<PartialDate> since = f.date("since");
        Optional<PartialDate> until = f.date("until");
        Optional<String> reportedBy = f.text("reportedBy");
        Optional<String> sentence = f.text("sentence");
        sentence.filter(s -> !Figure.placesTheValueOnce(s)).ifPresent(s -> f.problem(f.lineOf("sentence"),
                "a figure's sentence needs " + Figure.VALUE + " once, where the figure goes: \"" + s + "\""));
        if (since.isPresent() && until.isPresent() && since.get().isCertainlyAfter(until.get())) {
            f.problem(f.lineOf("until"), "impossible dates: until (" + until.get() + ") before since (" + since.get() + ")");
        }
        List<Citation> cite = f.requiredCitations(id);
        value.flatMap(v -> quotedQualifier(cite, v)).filter(q -> q != qualifier).ifPresent(q -> f.problem(
                f.has("qualifier") ? f.lineOf("qualifier") : f.lineOf("value"), "the quote says \"" + q.prefix()
                        + value.get().toPlainString() + "\" but the figure's qualifier is " + qualifier.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-')));
        return () -> new Figure(id, area, metric, value.orElseThrow(), unit, qualifier, subject, country, asOf, since,
                until, reportedBy, sentence.filter(Figure::placesTheValueOnce), cite);
    }

    private static final Map<String, Qualifier> QUOTED_QUALIFIERS = Map.of(
            "about", Qualifier.ABOUT, "approximately", Qualifier.ABOUT, "more than", Qualifier.MORE_THAN,
            "over", Qualifier.MORE_THAN, "at least", Qualifier.AT_LEAST, "no less than", Qualifier.AT_LEAST,
            "up to", Qualifier.UP_TO, "as high as", Qualifier.UP_TO);
    private static final java.util.regex.Pattern QUALIFIED_NUMBER = java.util.regex.Pattern.compile(
            "\\b(" + String.join("|", QUOTED_QUALIFIERS.keySet()) + ") ([0-9]+(?:\\.[0-9]+)?)\\b");

    /** The qualifier a quote puts right before the figure's value ("at least 20 per cent"), if any. */
    private static Optional<Qualifier> quotedQualifier(List<Citation> cite, BigDecimal value) {
        String number = value.toPlainString();
        for (Citation c : cite) {
            java.util.regex.Matcher m = QUALIFIED_NUMBER.matcher(c.quote().toLowerCase(java.util.Locale.ROOT));
            while (m.find()) {
                if (m.group(2).equals(number)) {
                    return Optional.of(QUOTED_QUALIFIERS.get(m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    private Supplier<Fact> operation(Fields f, String id, Area area) {
        String name = f.requiredText("name");
        List<String> variants = f.textList("variants");
        OperationKind kind = f.requiredEnum("kind", OperationKind.class);
        String organization = f.requiredText("organization");
        Optional<PartialDate> from = f.date("from");
        Optional<PartialDate> to = f.date("to");
        if (from.isPresent() && to.isPresent() && from.get().isCertainlyAfter(to.get())) {
            f.problem(f.lineOf("to"), "impossible dates: ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
        List<String> places = f.textList("places");
        List<String> countries = f.textList("countries");
        Optional<String> coordinator = f.text("coordinator");
        var purpose = f.sourcedText("purpose");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Operation(id, area, name, variants, kind, organization, from, to, places, countries,
                coordinator, purpose, cite);
    }

    private Supplier<Fact> relation(Fields f, String id, Area area) {
        String subject = f.requiredText("subject");
        RelationKind kind = f.requiredEnum("kind", RelationKind.class);
        String object = f.requiredText("object");
        Optional<PartialDate> since = f.date("since");
        Optional<PartialDate> asOf = f.date("asOf");
        String description = f.requiredText("description");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Relation(id, area, subject, kind, object, since, asOf, description, cite);
    }

    private Supplier<Fact> statement(Fields f, String id, Area area) {
        String text = f.requiredText("text");
        List<String> subjects = f.textList("subjects");
        Optional<PartialDate> asOf = f.date("asOf");
        List<Citation> cite = f.requiredCitations(id);
        return () -> new Statement(id, area, text, subjects, asOf, cite);
    }

    private Supplier<Fact> conflict(Fields f, String id, Area area) {
        String topic = f.requiredText("topic");
        List<Claim> claims = new ArrayList<>();
        List<String> claimIds = new ArrayList<>();
        for (Fields c : f.mapList("claims", "a claim")) {
            String claimId = c.requiredText("id");
            String says = c.requiredText("says");
            Optional<PartialDate> asOf = c.date("asOf");
            List<Citation> cite = c.citations("cite");
            if (cite.isEmpty() && !c.broken()) {
                c.problem(c.line(), "missing citation: claim '" + claimId + "' needs 'cite'");
            }
            c.done();
            f.absorb(c);
            if (claimId != null && claimIds.contains(claimId)) {
                f.problem(c.lineOf("id"), "two claims with id '" + claimId + "'");
            }
            claimIds.add(claimId);
            if (!c.broken()) {
                claims.add(new Claim(claimId, says, asOf, cite));
            }
        }
        if (claimIds.size() < 2 && !f.broken()) {
            f.problem(f.line(), "conflict '" + id + "' needs at least two claims");
        }
        String adopted = f.requiredText("adopted");
        if (adopted != null && !claimIds.contains(adopted)) {
            f.problem(f.lineOf("adopted"), "adopted claim '" + adopted + "' is not one of the claims " + claimIds);
        }
        String rationale = f.requiredText("rationale");
        List<String> facts = f.textList("facts");
        return () -> new ConflictingClaims(id, area, topic, claims, adopted, rationale, facts);
    }
}
