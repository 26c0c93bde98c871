package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.RelationKind;
import org.cstoquiz.domain.StatusAt;
import org.cstoquiz.domain.StatusPeriod;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Numeric;

/**
 * Members: who belonged to the organization (and to the organizations it overlaps with) at a given
 * time, each country's status, the changes of status, and counts. Every question fixes its time frame.
 */
final class MembersGenerator implements AreaGenerator {

    private static final int FIRST_YEAR = 1992;
    private static final int LAST_YEAR = 2024;

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        List<Membership> memberships = ctx.facts.membershipsIn(org.id());
        TreeSet<Integer> frames = new TreeSet<>();
        for (Membership m : memberships) {
            for (StatusPeriod p : m.periods()) {
                interiorYear(m, p).ifPresent(frames::add);
            }
        }
        Words words = new Words(ctx, org);
        java.util.Set<List<StatusAt>> seenStates = new java.util.HashSet<>();
        for (int year : frames) {
            PartialDate date = PartialDate.ofYear(year);
            MembersAt at = ctx.facts.membersAt(org.id(), date);
            if (!at.uncertain().isEmpty() || !seenStates.add(memberships.stream().map(m -> m.statusAt(date)).toList())) {
                continue;
            }
            setQuestions(ctx, words, org, date, at, relevant(ctx, org, date));
            statusMatching(ctx, words, org, date, memberships);
            statements(ctx, words, org, date, memberships);
        }
        List<Integer> distinctFrames = new ArrayList<>();
        java.util.Set<List<StatusAt>> seenFrames = new java.util.HashSet<>();
        for (int year : frames) {
            PartialDate date = PartialDate.ofYear(year);
            if (seenFrames.add(memberships.stream().map(m -> m.statusAt(date)).toList())) {
                distinctFrames.add(year);
            }
        }
        for (Membership m : memberships) {
            java.util.Set<Integer> years = new TreeSet<>(distinctFrames);
            for (StatusPeriod p : m.periods()) {
                interiorYear(m, p).ifPresent(years::add);
            }
            for (int y : years) {
                PartialDate date = PartialDate.ofYear(y);
                Optional<StatusPeriod> p = m.periods().stream().filter(x -> x.covers(date) == Truth.YES).findFirst();
                if (p.isPresent()) {
                    trueFalse(ctx, words, org, m, date);
                    status(ctx, words, org, m, p.get(), date);
                    statusTrueFalse(ctx, words, org, m, date);
                }
            }
            assertionReason(ctx, words, org, m);
            history(ctx, words, org, m);
        }
        statusChanges(ctx, words, org, memberships);
        otherOrganizations(ctx, org);
        eventCountries(ctx, words, org);
    }

    /** A year wholly inside the period (its middle one), when there is one. */
    static Optional<Integer> interiorYear(Membership m, StatusPeriod p) {
        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            if (p.covers(PartialDate.ofYear(y)) == Truth.YES && m.statusAt(PartialDate.ofYear(y)) instanceof StatusAt.Known) {
                years.add(y);
            }
        }
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() / 2));
    }

    /** Countries that are plausible options for the primary organization: those with any status in it. */
    private static List<Country> relevant(Context ctx, Organization org, PartialDate date) {
        List<Country> out = new ArrayList<>();
        for (Country c : ctx.facts.countries()) {
            if (ctx.facts.membership(c.id(), org.id()).isPresent()) {
                out.add(c);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- wording

    /** How membership is worded at a date: before the organization existed, states were parties to its treaty. */
    static final class Words {
        final String orgShort;
        final Optional<String> treaty;
        final Optional<PartialDate> founded;

        Words(Context ctx, Organization org) {
            this.orgShort = org.abbreviation().map(a -> "the " + a).orElse(org.name());
            this.treaty = ctx.facts.relations().stream()
                    .filter(r -> r.subject().equals(org.id()) && r.kind() == RelationKind.GREW_OUT_OF)
                    .map(Relation::object).map(id -> ctx.facts.find(id, Document.class)).flatMap(Optional::stream)
                    .map(Document::name).findFirst();
            this.founded = ctx.facts.events().stream()
                    .filter(e -> e.category() == EventCategory.FOUNDING && e.subjects().contains(org.id()))
                    .map(Event::date).findFirst();
        }

        boolean beforeFounding(PartialDate date) {
            return treaty.isPresent() && founded.isPresent() && date.isCertainlyBefore(founded.get());
        }

        /** "a member state of the CSTO" or "a party to the Collective Security Treaty". */
        String memberOf(PartialDate date) {
            return beforeFounding(date) ? "a party to the " + treaty.get() : "a member state of " + orgShort;
        }

        String membersOf(PartialDate date) {
            return beforeFounding(date) ? "parties to the " + treaty.get() : "member states of " + orgShort;
        }

        String body(PartialDate date) {
            return beforeFounding(date) ? "the " + treaty.get() : orgShort;
        }

        String status(MembershipStatus s, PartialDate date) {
            return switch (s) {
                case SIGNATORY -> "signatory awaiting the treaty's entry into force";
                case MEMBER -> beforeFounding(date) ? "party to the treaty" : "full member";
                case SUSPENDED -> "member with its membership suspended";
                case WITHDRAWN -> "former member that had withdrawn";
                case OBSERVER -> "observer state (not a member)";
                case INTENTION_TO_WITHDRAW_ANNOUNCED -> "member that had announced its withdrawal";
            };
        }
    }

    private static String asOf(PartialDate date) {
        return "As of " + date.display();
    }

    private static List<Citation> citations(Membership m, PartialDate date) {
        List<Citation> out = new ArrayList<>();
        for (StatusPeriod p : m.periods()) {
            if (p.covers(date) != Truth.NO) {
                out.addAll(p.citations());
            }
        }
        return out.isEmpty() ? m.citations() : out;
    }

    private static String statusSentence(Context ctx, Words w, Membership m, PartialDate date) {
        Country c = ctx.facts.get(m.country(), Country.class);
        StatusAt at = m.statusAt(date);
        if (at instanceof StatusAt.Known k) {
            StatusPeriod p = m.periods().stream().filter(x -> x.status() == k.status() && x.covers(date) == Truth.YES)
                    .findFirst().orElseThrow();
            String since = p.from().map(f -> " (from " + f.display() + p.to().map(t -> " to " + t.display()).orElse("") + ")")
                    .orElse(p.period().asOf().map(a -> " (as of " + a.display() + ")").orElse(""));
            String note = p.note().map(n -> " " + Texts.sentence(n)).orElse("");
            return asOf(date) + ", " + c.name() + " was a " + w.status(k.status(), date) + " of " + w.body(date)
                    + since + "." + note;
        }
        return asOf(date) + ", " + c.name() + " had no status in " + w.body(date) + ".";
    }

    private static String history(Context ctx, Membership m) {
        Country c = ctx.facts.get(m.country(), Country.class);
        List<String> parts = new ArrayList<>();
        for (StatusPeriod p : m.periods()) {
            String when = p.from().map(f -> "from " + f.display()).orElse(p.period().asOf().map(a -> "as of " + a.display()).orElse(""));
            parts.add(p.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + when);
        }
        return c.name() + "'s record: " + String.join("; ", parts);
    }

    // ---------------------------------------------------------------- who was a member at a date

    private void setQuestions(Context ctx, Words w, Organization org, PartialDate date, MembersAt at, List<Country> pool) {
        List<Country> members = at.members();
        List<Country> non = pool.stream().filter(c -> at.nonMembers().contains(c)).toList();
        List<Country> formerOrFuture = non.stream().filter(c -> ctx.facts.membership(c.id(), org.id())
                .map(m -> m.everHad(MembershipStatus.MEMBER) || m.everHad(MembershipStatus.SIGNATORY)).orElse(false)).toList();
        List<Country> keyPool = formerOrFuture.isEmpty() ? non : formerOrFuture;
        String key = Integer.toString(date.year());
        List<String> ids = new ArrayList<>();
        ctx.facts.membershipsIn(org.id()).forEach(m -> ids.add(m.id()));
        List<Citation> cites = new ArrayList<>();
        for (Membership m : ctx.facts.membershipsIn(org.id())) {
            cites.addAll(citations(m, date).stream().limit(1).toList());
        }
        String because = asOf(date) + ", the " + w.membersOf(date).replaceFirst("^member states", "member states") + " were "
                + Texts.joinAnd(members.stream().map(Country::name).toList()) + " (" + members.size() + ").";
        if (!members.isEmpty() && non.size() >= 3) {
            Country keyCountry = members.get(Math.floorMod(key.hashCode(), members.size()));
            Draft d = ctx.draft(Area.MEMBERS, "member-at", key);
            d.stem(asOf(date) + ", which of the following states was " + w.memberOf(date) + "?")
                    .singleChoice(option(keyCountry, org, date, true), preferring(formerOrFuture, non, 3, d).stream()
                            .map(c -> option(c, org, date, true)).toList())
                    .facts(membershipIds(ctx, org, keyCountry)).cite(citations(ctx.facts.membership(keyCountry.id(), org.id()).orElseThrow(), date))
                    .because(because).timeFrame(date).difficulty(0.35).emit();
        }
        if (!non.isEmpty() && members.size() >= 3) {
            Country keyCountry = keyPool.get(Math.floorMod(key.hashCode(), keyPool.size()));
            Draft d = ctx.draft(Area.MEMBERS, "not-member-at", key);
            Membership km = ctx.facts.membership(keyCountry.id(), org.id()).orElseThrow();
            d.stem(asOf(date) + ", which of the following states was NOT " + w.memberOf(date) + "?")
                    .singleChoice(option(keyCountry, org, date, false), Draft.pick(members, 3, d.random).stream()
                            .map(c -> option(c, org, date, false)).toList())
                    .facts(km.id()).cite(citations(km, date))
                    .because(statusSentence(ctx, w, km, date) + " " + because).timeFrame(date).difficulty(0.45).emit();
        }
        if (members.size() >= 2 && non.size() >= 2) {
            Draft d = ctx.draft(Area.MEMBERS, "members-at", key);
            List<Country> keys = Draft.pick(members, Math.min(3, members.size() - 1), d.random);
            List<Country> wrong = preferring(formerOrFuture, non, 5 - keys.size(), d);
            keys = keys.stream().sorted(Comparator.comparing(Country::name)).toList();
            d.stem(asOf(date) + ", which of the following states were " + w.membersOf(date) + "? Select all that apply.")
                    .multipleResponse(keys.stream().map(c -> option(c, org, date, true)).toList(),
                            wrong.stream().map(c -> option(c, org, date, true)).toList())
                    .facts(ids).cite(cites)
                    .because(because).timeFrame(date).difficulty(0.5).emit();
        }
        if (!members.isEmpty()) {
            int n = members.size();
            String what = w.beforeFounding(date) ? "How many states were parties to the " + w.treaty.get()
                    : "How many member states did " + w.orgShort + " have";
            ctx.draft(Area.MEMBERS, "member-count-numeric", key)
                    .stem(asOf(date) + ", h" + what.substring(1) + "? Enter the number of states.")
                    .numeric(Numeric.exactly(n), new Claim.MemberCount(org.id(), date, n))
                    .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.55).emit();
            Draft d = ctx.draft(Area.MEMBERS, "member-count", key);
            int keyIndex = d.random.nextInt(4);
            int first = Math.max(1, n - keyIndex);
            List<Option> options = new ArrayList<>();
            for (int k = first; k < first + 4; k++) {
                options.add(new Option(Integer.toString(k) + " states", new Claim.MemberCount(org.id(), date, k)));
            }
            d.stem(what + " " + (date.precision() == Precision.YEAR ? "in " : "on ") + date.display() + "?")
                    .singleChoiceInOrder(options, n - first)
                    .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.5).emit();
        }
    }

    /** {@code n} of {@code all}, taking as many as possible from {@code preferred} first. */
    private static List<Country> preferring(List<Country> preferred, List<Country> all, int n, Draft d) {
        List<Country> out = new ArrayList<>(Draft.pick(preferred, Math.min(n, preferred.size()), d.random));
        List<Country> rest = all.stream().filter(c -> !out.contains(c)).toList();
        out.addAll(Draft.pick(rest, n - out.size(), d.random));
        return out;
    }

    private static Option option(Country c, Organization org, PartialDate date, boolean member) {
        Claim claim = new Claim.MemberAt(c.id(), org.id(), date);
        return new Option(c.name(), member ? claim : new Claim.Not(claim));
    }

    private static List<String> membershipIds(Context ctx, Organization org, Country c) {
        return ctx.facts.membership(c.id(), org.id()).map(m -> List.of(m.id())).orElse(List.of());
    }

    // ---------------------------------------------------------------- one country

    private void trueFalse(Context ctx, Words w, Organization org, Membership m, PartialDate date) {
        Country c = ctx.facts.get(m.country(), Country.class);
        Truth member = m.wasMemberAt(date);
        if (!member.isKnown()) {
            return;
        }
        Claim claim = new Claim.MemberAt(c.id(), org.id(), date);
        String is = asOf(date) + ", " + c.name() + " was " + w.memberOf(date) + ".";
        String isNot = asOf(date) + ", " + c.name() + " was NOT " + w.memberOf(date) + ".";
        ctx.candidate(new Context.Candidate(Area.MEMBERS, m.id(), member.isYes() ? is : isNot,
                member.isYes() ? claim : new Claim.Not(claim), member.isYes() ? isNot : is,
                member.isYes() ? new Claim.Not(claim) : claim, citations(m, date), Optional.of(date)));
        ctx.draft(Area.MEMBERS, "member-tf", m.id() + "|" + date)
                .stem("True or false? " + asOf(date) + ", " + c.name() + " was " + w.memberOf(date) + ".")
                .trueFalse(new Claim.MemberAt(c.id(), org.id(), date), member.isYes())
                .facts(m.id()).cite(citations(m, date))
                .because(statusSentence(ctx, w, m, date))
                .timeFrame(date).difficulty(member.isYes() ? 0.3 : 0.45).emit();
    }

    private void status(Context ctx, Words w, Organization org, Membership m, StatusPeriod p, PartialDate date) {
        if (!(m.statusAt(date) instanceof StatusAt.Known k)) {
            return;
        }
        Country c = ctx.facts.get(m.country(), Country.class);
        List<MembershipStatus> others = new ArrayList<>();
        for (MembershipStatus s : MembershipStatus.values()) {
            if (s != k.status() && (s != MembershipStatus.SIGNATORY || w.beforeFounding(date))
                    && (s != MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED || !w.beforeFounding(date))) {
                others.add(s);
            }
        }
        Draft d = ctx.draft(Area.MEMBERS, "status-at", m.id() + "|" + date);
        d.stem(asOf(date) + ", what was " + c.name() + "'s standing in " + w.body(date) + "?")
                .singleChoice(statusOption(w, c, org, date, k.status()), Draft.pickBalanced(others, 3, d.random,
                                w.status(k.status(), date).length(), s -> w.status(s, date).length()).stream()
                        .map(s -> statusOption(w, c, org, date, s)).toList())
                .facts(m.id()).cite(citations(m, date))
                .because(statusSentence(ctx, w, m, date) + " " + history(ctx, m) + ".")
                .timeFrame(date).difficulty(0.55).emit();
    }

    private void statusTrueFalse(Context ctx, Words w, Organization org, Membership m, PartialDate date) {
        if (!(m.statusAt(date) instanceof StatusAt.Known k)) {
            return;
        }
        Country c = ctx.facts.get(m.country(), Country.class);
        boolean truth = Context.stableBit("status-tf" + m.id() + date);
        MembershipStatus shown = k.status();
        if (!truth) {
            List<MembershipStatus> others = new ArrayList<>();
            for (MembershipStatus s : MembershipStatus.values()) {
                if (s != k.status() && s.isFormalMember() == k.status().isFormalMember()
                        && (s != MembershipStatus.SIGNATORY || w.beforeFounding(date))
                        && (s != MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED || !w.beforeFounding(date))) {
                    others.add(s);
                }
            }
            if (others.isEmpty()) {
                return;
            }
            shown = others.get(Math.floorMod((m.id() + date).hashCode(), others.size()));
        }
        String body = w.body(date);
        String status = switch (shown) {
            case MEMBER -> w.beforeFounding(date) ? "was a party to " + body : "was a full member of " + body;
            case SIGNATORY -> "had signed " + body + ", which had yet to enter into force";
            case SUSPENDED -> "had suspended its membership in " + body;
            case WITHDRAWN -> "had withdrawn from " + body;
            case OBSERVER -> "was an observer state of " + body;
            case INTENTION_TO_WITHDRAW_ANNOUNCED -> "had announced its intention to withdraw from " + body;
        };
        ctx.draft(Area.MEMBERS, "status-tf", m.id() + "|" + date)
                .stem("True or false? " + asOf(date) + ", " + c.name() + " " + status + ".")
                .trueFalse(new Claim.StatusAt(c.id(), org.id(), date, shown), truth)
                .facts(m.id()).cite(citations(m, date))
                .because(statusSentence(ctx, w, m, date))
                .timeFrame(date).difficulty(0.5).emit();
    }

    /** "With reference to Uzbekistan and the CSTO, consider the following statements": its changes of status. */
    private void history(Context ctx, Words w, Organization org, Membership m) {
        List<StatusPeriod> changes = new ArrayList<>();
        for (int i = 1; i < m.periods().size(); i++) {
            StatusPeriod p = m.periods().get(i);
            if (p.from().isPresent() && p.status() != MembershipStatus.MEMBER || p.from().isPresent() && i > 1) {
                changes.add(p);
            }
        }
        if (changes.size() < 2) {
            return;
        }
        Country c = ctx.facts.get(m.country(), Country.class);
        Draft d = ctx.draft(Area.MEMBERS, "history-statements", m.id());
        List<Draft.Stmt> stmts = new ArrayList<>();
        List<Integer> shownYears = new ArrayList<>();
        for (StatusPeriod p : changes.subList(0, Math.min(3, changes.size()))) {
            int year = p.from().get().year();
            boolean truth = d.random.nextBoolean();
            int shown = truth ? year : year + (d.random.nextBoolean() ? 2 : -2);
            String what = switch (p.status()) {
                case WITHDRAWN -> "It withdrew from " + w.body(p.from().get());
                case SUSPENDED -> "It suspended its membership in " + w.body(p.from().get());
                case MEMBER -> "It became a member of " + w.body(p.from().get()) + " again";
                case OBSERVER -> "It became an observer state of " + w.body(p.from().get());
                case INTENTION_TO_WITHDRAW_ANNOUNCED -> "It announced its intention to withdraw from " + w.body(p.from().get());
                case SIGNATORY -> "It signed the treaty";
            };
            shownYears.add(shown);
            stmts.add(new Draft.Stmt(what + " in " + shown + ".", new Claim.StatusFrom(c.id(), org.id(), p.status(),
                    PartialDate.ofYear(shown)), truth));
        }
        if (stmts.size() == 3) {
            d.howMany(c.name() + " and " + w.orgShort, stmts);
        } else {
            d.whichStatements(c.name() + " and " + w.orgShort, stmts);
        }
        d.facts(m.id()).cite(changes.stream().flatMap(p -> p.citations().stream().limit(1)).toList())
                .because(history(ctx, m) + ".")
                .timeFrame(PartialDate.ofYear(shownYears.getFirst())).difficulty(0.6).emit();
    }

    private static Option statusOption(Words w, Country c, Organization org, PartialDate date, MembershipStatus s) {
        String text = w.status(s, date);
        return new Option(Character.toUpperCase(text.charAt(0)) + text.substring(1), new Claim.StatusAt(c.id(), org.id(), date, s));
    }

    private void statusMatching(Context ctx, Words w, Organization org, PartialDate date, List<Membership> memberships) {
        Map<MembershipStatus, Membership> byStatus = new LinkedHashMap<>();
        for (Membership m : memberships) {
            if (m.statusAt(date) instanceof StatusAt.Known k) {
                byStatus.putIfAbsent(k.status(), m);
            }
        }
        if (byStatus.size() < 3) {
            return;
        }
        List<Membership> items = List.copyOf(byStatus.values());
        List<String> prompts = items.stream().map(m -> ctx.facts.get(m.country(), Country.class).name()).toList();
        List<String> keys = items.stream().map(m -> cap(w.status(((StatusAt.Known) m.statusAt(date)).status(), date))).toList();
        List<String> extra = new ArrayList<>();
        for (MembershipStatus s : MembershipStatus.values()) {
            String t = cap(w.status(s, date));
            if (!byStatus.containsKey(s) && extra.isEmpty() && (s != MembershipStatus.SIGNATORY || w.beforeFounding(date))) {
                extra.add(t);
            }
        }
        ctx.draft(Area.MEMBERS, "status-matching", Integer.toString(date.year()))
                .stem(asOf(date) + ", what was the standing of each of these states in " + w.body(date) + "? Match each state with its standing.")
                .matching(prompts, keys, extra, (i, text) -> new Claim.StatusAt(items.get(i).country(), org.id(), date,
                        statusOf(w, date, text)))
                .facts(items.stream().map(Membership::id).toList())
                .cite(items.stream().flatMap(m -> citations(m, date).stream().limit(1)).toList())
                .because(String.join(" ", items.stream().map(m -> statusSentence(ctx, w, m, date)).toList()))
                .timeFrame(date).difficulty(0.55).emit();
    }

    private static MembershipStatus statusOf(Words w, PartialDate date, String text) {
        for (MembershipStatus s : MembershipStatus.values()) {
            if (cap(w.status(s, date)).equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- exam formats

    private void statements(Context ctx, Words w, Organization org, PartialDate date, List<Membership> memberships) {
        List<Membership> known = memberships.stream().filter(m -> m.wasMemberAt(date).isKnown()
                && m.statusAt(date) instanceof StatusAt.Known).toList();
        if (known.size() < 4) {
            return;
        }
        String key = Integer.toString(date.year());
        Draft d = ctx.draft(Area.MEMBERS, "statements-which", key);
        List<Membership> two = Draft.pick(known, 2, d.random);
        d.whichStatements(w.body(date) + " as of " + date.display(), two.stream().map(m -> memberStatement(ctx, w, org, m, date, d)).toList())
                .facts(two.stream().map(Membership::id).toList())
                .cite(two.stream().flatMap(m -> citations(m, date).stream().limit(2)).toList())
                .because(String.join(" ", two.stream().map(m -> statusSentence(ctx, w, m, date)).toList()))
                .timeFrame(date).difficulty(0.55).emit();
        Draft h = ctx.draft(Area.MEMBERS, "statements-how-many", key);
        List<Membership> three = Draft.pick(known, 3, h.random);
        h.howMany(w.body(date) + " as of " + date.display(), three.stream().map(m -> memberStatement(ctx, w, org, m, date, h)).toList())
                .facts(three.stream().map(Membership::id).toList())
                .cite(three.stream().flatMap(m -> citations(m, date).stream().limit(2)).toList())
                .because(String.join(" ", three.stream().map(m -> statusSentence(ctx, w, m, date)).toList()))
                .timeFrame(date).difficulty(0.65).emit();
    }

    /** "Georgia was a party to the treaty." stated truly or falsely at random (the seed picks false statements). */
    private static Draft.Stmt memberStatement(Context ctx, Words w, Organization org, Membership m, PartialDate date, Draft d) {
        Country c = ctx.facts.get(m.country(), Country.class);
        boolean member = m.wasMemberAt(date).isYes();
        boolean sayMember = d.random.nextBoolean();
        Claim claim = new Claim.MemberAt(c.id(), org.id(), date);
        String text = c.name() + (sayMember ? " was " : " was not ") + w.memberOf(date) + ".";
        return new Draft.Stmt(Texts.capitalNegatives(text), sayMember ? claim : new Claim.Not(claim), sayMember == member);
    }

    private void assertionReason(Context ctx, Words w, Organization org, Membership m) {
        Country c = ctx.facts.get(m.country(), Country.class);
        for (StatusPeriod p : m.periods()) {
            if ((p.status() != MembershipStatus.WITHDRAWN && p.status() != MembershipStatus.SUSPENDED) || p.from().isEmpty()) {
                continue;
            }
            Optional<Integer> inside = interiorYear(m, p);
            if (inside.isEmpty()) {
                continue;
            }
            PartialDate date = PartialDate.ofYear(inside.get());
            PartialDate from = p.from().get();
            String verb = p.status() == MembershipStatus.WITHDRAWN ? "withdrew from " + w.body(from)
                    : "suspended its membership in " + w.body(from);
            Claim notMember = new Claim.Not(new Claim.MemberAt(c.id(), org.id(), date));
            Claim began = new Claim.StatusFrom(c.id(), org.id(), p.status(), PartialDate.ofYear(from.year()));
            String key = m.id() + "|" + from;
            boolean variant = Context.stableBit(key);
            Draft d = ctx.draft(Area.MEMBERS, "assertion-reason", key);
            Draft.Stmt a = new Draft.Stmt(c.name() + " was NOT " + w.memberOf(date) + " in " + date.year() + ".", notMember, true);
            Draft.Stmt r;
            boolean explains;
            if (variant) {
                r = new Draft.Stmt(c.name() + " " + verb + " in " + from.year() + ".", began, true);
                explains = true;
            } else {
                int wrongYear = from.year() + (d.random.nextBoolean() ? 1 : -1) * (1 + d.random.nextInt(2));
                if (wrongYear >= date.year()) {
                    wrongYear = from.year() - 2;
                }
                Claim wrong = new Claim.StatusFrom(c.id(), org.id(), p.status(), PartialDate.ofYear(wrongYear));
                r = new Draft.Stmt(c.name() + " " + verb + " in " + wrongYear + ".", wrong, false);
                explains = false;
            }
            d.assertionReason(a, r, explains)
                    .facts(m.id()).cite(p.citations())
                    .because(statusSentence(ctx, w, m, date) + " " + history(ctx, m) + ".")
                    .timeFrame(date).difficulty(0.6).emit();
        }
    }

    // ---------------------------------------------------------------- changes of status

    private void statusChanges(Context ctx, Words w, Organization org, List<Membership> memberships) {
        Map<String, List<Membership>> groups = new TreeMap<>();
        Map<String, StatusPeriod> periodOf = new LinkedHashMap<>();
        for (Membership m : memberships) {
            for (int i = 0; i < m.periods().size(); i++) {
                StatusPeriod p = m.periods().get(i);
                if (p.from().isEmpty() || p.status() == MembershipStatus.SIGNATORY
                        || (p.status() == MembershipStatus.MEMBER && i == 1 && m.periods().get(0).status() == MembershipStatus.SIGNATORY)) {
                    continue;
                }
                String g = p.status() + "|" + p.from().get().year() + "|" + (i > 0 && m.periods().subList(0, i).stream()
                        .anyMatch(x -> x.status() == p.status()) ? "again" : "first");
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(m);
                periodOf.put(g + "|" + m.id(), p);
            }
        }
        List<Country> pool = memberships.stream().map(m -> ctx.facts.get(m.country(), Country.class)).toList();
        for (Map.Entry<String, List<Membership>> e : groups.entrySet()) {
            String[] parts = e.getKey().split("\\|");
            MembershipStatus status = MembershipStatus.valueOf(parts[0]);
            int year = Integer.parseInt(parts[1]);
            PartialDate date = PartialDate.ofYear(year);
            boolean again = parts[2].equals("again");
            List<Membership> keys = e.getValue();
            String phrase = switch (status) {
                case MEMBER -> again ? "became a member of " + w.body(date) + " again" : "became a member of " + w.body(date);
                case WITHDRAWN -> "withdrew from " + w.body(date);
                case SUSPENDED -> "suspended " + (keys.size() > 1 ? "their" : "its") + " membership in " + w.body(date);
                case OBSERVER -> "became " + (keys.size() > 1 ? "observer states" : "an observer state") + " of " + w.body(date);
                case INTENTION_TO_WITHDRAW_ANNOUNCED -> "announced " + (keys.size() > 1 ? "their" : "its") + " intention to withdraw from " + w.body(date);
                case SIGNATORY -> "signed the treaty";
            };
            List<Country> wrong = pool.stream().filter(c -> keys.stream().noneMatch(m -> m.country().equals(c.id()))
                    && ctx.holds(new Claim.StatusFrom(c.id(), org.id(), status, date), false)).toList();
            List<Citation> cites = keys.stream().flatMap(m -> periodOf.get(e.getKey() + "|" + m.id()).citations().stream()).toList();
            List<String> names = keys.stream().map(m -> ctx.facts.get(m.country(), Country.class).name()).toList();
            String because = Texts.joinAnd(names) + " " + phrase.replace("their", keys.size() > 1 ? "their" : "its") + " in "
                    + Texts.joinAnd(keys.stream().map(m -> periodOf.get(e.getKey() + "|" + m.id()).from().get().display()).distinct().toList())
                    + ". " + String.join(" ", keys.stream().map(m -> history(ctx, m) + ".").toList());
            List<String> ids = keys.stream().map(Membership::id).toList();
            Draft d = ctx.draft(Area.MEMBERS, keys.size() == 1 ? "status-change" : "status-change-all", e.getKey());
            if (keys.size() == 1) {
                Country k = ctx.facts.get(keys.getFirst().country(), Country.class);
                if (wrong.size() < 3) {
                    continue;
                }
                d.stem("Which state " + phrase + " in " + year + "?")
                        .singleChoice(new Option(k.name(), new Claim.StatusFrom(k.id(), org.id(), status, date)),
                                Draft.pick(wrong, 3, d.random).stream().map(c -> new Option(c.name(),
                                        new Claim.StatusFrom(c.id(), org.id(), status, date))).toList());
                ctx.draft(Area.MEMBERS, "status-change-short", e.getKey())
                        .stem("Name the state that " + phrase + " in " + year + ".")
                        .shortAnswer(k.allNames(), new Claim.StatusFrom(k.id(), org.id(), status, date))
                        .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.55).emit();
            } else {
                if (wrong.size() < 2) {
                    continue;
                }
                d.stem("Which states " + phrase + " in " + year + "? Select all that apply.")
                        .multipleResponse(keys.stream().map(m -> ctx.facts.get(m.country(), Country.class))
                                        .map(c -> new Option(c.name(), new Claim.StatusFrom(c.id(), org.id(), status, date))).toList(),
                                Draft.pick(wrong, Math.min(3, 6 - keys.size()), d.random).stream().map(c -> new Option(c.name(),
                                        new Claim.StatusFrom(c.id(), org.id(), status, date))).toList());
            }
            d.facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.45).emit();
        }
    }

    // ---------------------------------------------------------------- other organizations

    private void otherOrganizations(Context ctx, Organization primary) {
        List<Membership> all = ctx.facts.memberships().stream().filter(m -> !m.organization().equals(primary.id())).toList();
        Map<String, TreeSet<PartialDate>> snapshots = new TreeMap<>();
        for (Membership m : all) {
            for (StatusPeriod p : m.periods()) {
                if (p.from().isEmpty() && p.to().isEmpty()) {
                    p.period().asOf().ifPresent(a -> snapshots.computeIfAbsent(m.organization(), k -> new TreeSet<>()).add(a));
                }
            }
        }
        String primaryName = primary.abbreviation().map(a -> "the " + a).orElse(primary.name());
        List<Country> pool = ctx.facts.countries().stream().filter(c -> ctx.facts.membershipsOf(c.id()).stream()
                .anyMatch(m -> m.everHad(MembershipStatus.MEMBER))).toList();
        snapshots.forEach((orgId, dates) -> {
            Organization org = ctx.facts.get(orgId, Organization.class);
            String name = org.abbreviation().map(a -> "the " + a).orElse(org.name());
            for (PartialDate date : dates) {
                MembersAt at = ctx.facts.membersAt(orgId, date);
                MembersAt primaryAt = ctx.facts.membersAt(primary.id(), date);
                if (!at.uncertain().isEmpty() || at.members().size() < 3) {
                    continue;
                }
                List<Country> members = at.members();
                List<Country> non = pool.stream().filter(c -> at.nonMembers().contains(c)).toList();
                List<Country> both = members.stream().filter(primaryAt.members()::contains).toList();
                List<Country> onlyOther = members.stream().filter(primaryAt.nonMembers()::contains).toList();
                List<Country> onlyPrimary = primaryAt.members().stream().filter(at.nonMembers()::contains).toList();
                String key = orgId + "|" + date;
                List<String> ids = ctx.facts.membershipsIn(orgId).stream().map(Membership::id).toList();
                List<Citation> cites = ctx.facts.membershipsIn(orgId).stream()
                        .flatMap(m -> m.periods().stream().filter(p -> p.covers(date) == Truth.YES)
                                .flatMap(p -> p.citations().stream())).toList();
                String because = asOf(date) + ", the members of " + name + " were "
                        + Texts.joinAnd(members.stream().map(Country::name).toList()) + " (" + members.size() + ")"
                        + (primaryAt.uncertain().isEmpty() ? "; those of " + primaryName + " were "
                        + Texts.joinAnd(primaryAt.members().stream().map(Country::name).toList()) : "") + ".";
                int n = members.size();
                ctx.draft(Area.MEMBERS, "other-count", key)
                        .stem(asOf(date) + ", how many member states did " + name + " have? Enter the number of states.")
                        .numeric(Numeric.exactly(n), new Claim.MemberCount(orgId, date, n))
                        .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.6).emit();
                Draft c1 = ctx.draft(Area.MEMBERS, "other-count-choice", key);
                int keyIndex = c1.random.nextInt(4);
                int first = Math.max(1, n - keyIndex);
                List<Option> counts = new ArrayList<>();
                for (int k = first; k < first + 4; k++) {
                    counts.add(new Option(k + " states", new Claim.MemberCount(orgId, date, k)));
                }
                c1.stem("How many member states did " + name + " have on " + date.display() + "?")
                        .singleChoiceInOrder(counts, n - first)
                        .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.5).emit();
                if (non.size() >= 3) {
                    Country k = members.get(Math.floorMod(key.hashCode(), members.size()));
                    Draft d = ctx.draft(Area.MEMBERS, "other-member", key);
                    d.stem(asOf(date) + ", which of the following states was a member of " + name + "?")
                            .singleChoice(option(k, org, date, true), Draft.pick(non, 3, d.random).stream()
                                    .map(c -> option(c, org, date, true)).toList())
                            .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.45).emit();
                }
                if (non.size() >= 2) {
                    Draft d = ctx.draft(Area.MEMBERS, "other-members", key);
                    List<Country> keys = Draft.pick(members, Math.min(3, members.size() - 1), d.random);
                    d.stem(asOf(date) + ", which of the following states were members of " + name + "? Select all that apply.")
                            .multipleResponse(keys.stream().sorted(Comparator.comparing(Country::name)).map(c -> option(c, org, date, true)).toList(),
                                    Draft.pick(non, Math.min(3, non.size()), d.random).stream().map(c -> option(c, org, date, true)).toList())
                            .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.55).emit();
                }
                if (!primaryAt.uncertain().isEmpty()) {
                    continue;
                }
                List<String> bothIds = new ArrayList<>(ids);
                ctx.facts.membershipsIn(primary.id()).forEach(m -> bothIds.add(m.id()));
                List<Citation> bothCites = new ArrayList<>(cites);
                ctx.facts.membershipsIn(primary.id()).forEach(m -> bothCites.addAll(citations(m, date).stream().limit(1).toList()));
                List<Country> exactlyOne = new ArrayList<>(onlyOther);
                exactlyOne.addAll(onlyPrimary);
                if (!both.isEmpty() && exactlyOne.size() >= 3) {
                    Country k = both.get(Math.floorMod(key.hashCode(), both.size()));
                    Draft d = ctx.draft(Area.MEMBERS, "both-members", key);
                    d.stem(asOf(date) + ", which of the following states was a member of both " + primaryName + " and " + name + "?")
                            .singleChoice(bothOption(k, primary, org, date, true, true),
                                    Draft.pick(exactlyOne, 3, d.random).stream().map(c -> bothOption(c, primary, org, date, true, true)).toList())
                            .facts(bothIds).cite(bothCites).because(because).timeFrame(date).difficulty(0.6).emit();
                }
                if (!onlyPrimary.isEmpty() && both.size() >= 3) {
                    Country k = onlyPrimary.get(Math.floorMod(key.hashCode(), onlyPrimary.size()));
                    Draft d = ctx.draft(Area.MEMBERS, "primary-not-other", key);
                    d.stem(asOf(date) + ", which of the following member states of " + primaryName + " was NOT a member of " + name + "?")
                            .singleChoice(bothOption(k, primary, org, date, true, false),
                                    Draft.pick(both, 3, d.random).stream().map(c -> bothOption(c, primary, org, date, true, false)).toList())
                            .facts(bothIds).cite(bothCites).because(because).timeFrame(date).difficulty(0.55).emit();
                }
                if (!onlyOther.isEmpty() && both.size() >= 3) {
                    Country k = onlyOther.get(Math.floorMod(key.hashCode(), onlyOther.size()));
                    Draft d = ctx.draft(Area.MEMBERS, "other-not-primary", key);
                    d.stem(asOf(date) + ", which of the following members of " + name + " was NOT a member state of " + primaryName + "?")
                            .singleChoice(bothOption(k, primary, org, date, false, true),
                                    Draft.pick(both, 3, d.random).stream().map(c -> bothOption(c, primary, org, date, false, true)).toList())
                            .facts(bothIds).cite(bothCites).because(because).timeFrame(date).difficulty(0.55).emit();
                }
                List<Country> tfPool = new ArrayList<>(pool);
                members.stream().filter(c -> !tfPool.contains(c)).forEach(tfPool::add);
                for (Country c : tfPool) {
                    Truth member = ctx.facts.wasMemberAt(c.id(), orgId, date);
                    if (!member.isKnown()) {
                        continue;
                    }
                    List<Citation> own = ctx.facts.membership(c.id(), orgId)
                            .map(m -> m.periods().stream().filter(p -> p.covers(date) == Truth.YES).flatMap(p -> p.citations().stream()).toList())
                            .filter(l -> !l.isEmpty()).orElse(cites);
                    ctx.draft(Area.MEMBERS, "other-member-tf", key + "|" + c.id())
                            .stem("True or false? " + asOf(date) + ", " + c.name() + " was a member of " + name + ".")
                            .trueFalse(new Claim.MemberAt(c.id(), orgId, date), member.isYes())
                            .facts(ids).cite(own).because(because + (member.isYes() ? "" : " " + c.name() + " was not among the members of " + name + "."))
                            .timeFrame(date).difficulty(0.5).emit();
                }
            }
        });
    }

    /** "X was (not) a member of the primary organization and (not) of the other." */
    private static Option bothOption(Country c, Organization primary, Organization other, PartialDate date,
                                     boolean inPrimary, boolean inOther) {
        Claim p = new Claim.MemberAt(c.id(), primary.id(), date);
        Claim o = new Claim.MemberAt(c.id(), other.id(), date);
        return new Option(c.name(), new Claim.All(List.of(inPrimary ? p : new Claim.Not(p), inOther ? o : new Claim.Not(o))));
    }

    // ---------------------------------------------------------------- who took part in an event

    private static final List<String> NUMBER_WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private void eventCountries(Context ctx, Words w, Organization org) {
        java.util.Set<org.cstoquiz.domain.EventCategory> categories = java.util.EnumSet.of(EventCategory.SIGNING,
                EventCategory.RENEWAL, EventCategory.ADOPTION, EventCategory.FOUNDING, EventCategory.ACCESSION,
                EventCategory.WITHDRAWAL, EventCategory.PRESIDENCY, EventCategory.EXERCISE, EventCategory.RATIFICATION,
                EventCategory.OBSERVER_STATUS, EventCategory.SUSPENSION, EventCategory.ANNOUNCEMENT);
        List<Country> pool = ctx.facts.countries().stream().filter(c -> ctx.facts.membershipsOf(c.id()).stream()
                .anyMatch(m -> m.everHad(MembershipStatus.MEMBER))).toList();
        for (Event e : ctx.facts.events()) {
            if (!categories.contains(e.category()) || e.countries().isEmpty()) {
                continue;
            }
            PartialDate year = PartialDate.ofYear(e.date().year());
            boolean covered = e.countries().stream().allMatch(c -> java.util.Arrays.stream(MembershipStatus.values())
                    .filter(st -> st != MembershipStatus.SIGNATORY)
                    .anyMatch(st -> ctx.holds(new Claim.StatusFrom(c, org.id(), st, year), true)));
            if (covered) {
                continue;
            }
            List<Country> countries = e.countries().stream().map(id -> ctx.facts.get(id, Country.class)).toList();
            String sentence = Phrases.past(e);
            String when = (e.date().precision() == Precision.DAY ? "on " : "in ") + e.date().display();
            List<Country> wrong = pool.stream().filter(c -> !e.countries().contains(c.id())).toList();
            if (countries.size() == 1) {
                Country k = countries.getFirst();
                if (!sentence.startsWith(k.name() + " ") || wrong.size() < 3) {
                    continue;
                }
                String rest = sentence.substring(k.name().length() + 1);
                Draft d = ctx.draft(Area.MEMBERS, "event-country", e.id());
                d.stem("Which state " + rest + " " + when + "?")
                        .singleChoice(new Option(k.name(), new Claim.EventCountry(e.id(), k.id())),
                                Draft.pick(wrong, 3, d.random).stream().map(c -> new Option(c.name(), new Claim.EventCountry(e.id(), c.id()))).toList())
                        .facts(e.id()).cite(e.citations()).because(DatesGenerator.dated(e.date(), sentence))
                        .difficulty(0.45).emit();
                ctx.draft(Area.MEMBERS, "event-country-short", e.id())
                        .stem("Name the state that " + rest + " " + when + ".")
                        .shortAnswer(k.allNames(), new Claim.EventCountry(e.id(), k.id()))
                        .facts(e.id()).cite(e.citations()).because(DatesGenerator.dated(e.date(), sentence))
                        .difficulty(0.6).emit();
                continue;
            }
            Optional<String> counted = countedList(sentence, countries);
            if (counted.isEmpty() || countries.size() >= NUMBER_WORDS.size()) {
                continue;
            }
            String intro = Texts.sentence(DatesGenerator.dated(e.date(), counted.get()));
            List<Country> unnamed = countries.stream().filter(c -> c.allNames().stream().noneMatch(n -> Texts.containsWords(intro, n))).toList();
            if (wrong.size() >= 2 && unnamed.size() >= 2) {
                Draft d = ctx.draft(Area.MEMBERS, "event-countries", e.id());
                List<Country> keys = Draft.pick(unnamed, Math.min(3, unnamed.size()), d.random);
                d.stem(intro + " Which of the following states were among them? Select all that apply.")
                        .multipleResponse(keys.stream().sorted(Comparator.comparing(Country::name))
                                        .map(c -> new Option(c.name(), new Claim.EventCountry(e.id(), c.id()))).toList(),
                                Draft.pick(wrong, Math.min(3, wrong.size()), d.random).stream()
                                        .map(c -> new Option(c.name(), new Claim.EventCountry(e.id(), c.id()))).toList())
                        .facts(e.id()).cite(e.citations()).because(DatesGenerator.dated(e.date(), sentence))
                        .difficulty(0.5).emit();
            }
            if (!wrong.isEmpty() && unnamed.size() >= 3) {
                List<Country> keyPool = wrong.stream().filter(c -> ctx.facts.membership(c.id(), org.id()).isPresent()).toList();
                if (keyPool.isEmpty()) {
                    keyPool = wrong;
                }
                Country k = keyPool.get(Math.floorMod(e.id().hashCode(), keyPool.size()));
                Draft d = ctx.draft(Area.MEMBERS, "event-countries-not", e.id());
                d.stem(intro + " Which of the following states was NOT among them?")
                        .singleChoice(new Option(k.name(), new Claim.Not(new Claim.EventCountry(e.id(), k.id()))),
                                Draft.pick(unnamed, 3, d.random).stream()
                                        .map(c -> new Option(c.name(), new Claim.Not(new Claim.EventCountry(e.id(), c.id())))).toList())
                        .facts(e.id()).cite(e.citations()).because(DatesGenerator.dated(e.date(), sentence))
                        .difficulty(0.5).emit();
            }
        }
    }

    /** The sentence with its list of the event's countries replaced by "six states"; empty if there is no such list. */
    static Optional<String> countedList(String sentence, List<Country> countries) {
        List<String> names = new ArrayList<>();
        countries.forEach(c -> names.addAll(c.allNames()));
        names.sort(Comparator.comparingInt(String::length).reversed());
        String name = "(?:" + String.join("|", names.stream().map(java.util.regex.Pattern::quote).toList()) + ")";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "(?:, " + name + ")*,? and " + name).matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        long count = java.util.regex.Pattern.compile(name).matcher(m.group()).results().count();
        if (count != countries.size()) {
            return Optional.empty();
        }
        String words = NUMBER_WORDS.get(countries.size()) + " states";
        if (m.start() == 0) {
            words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return Optional.of(sentence.substring(0, m.start()) + words + sentence.substring(m.end()));
    }
}
