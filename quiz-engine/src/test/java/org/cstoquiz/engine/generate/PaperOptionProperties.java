package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Person;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.SingleChoice;

/**
 * Options an exam setter would not sign, as reviewers found them, over every pack's bank: options that
 * ask about something else than the organization, a last pair that follows from the others, a key
 * that stands apart, a state that no longer existed, a sentence quoted where it could be asked.
 */
class PaperOptionProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return PaperDistractorProperties.everyPackAtThreeSeeds();
    }

    /**
     * "Who sat on the Collective Security Council for Kazakhstan?" offers the state's other members of the
     * organization's bodies, never the heads of other states (which would ask who led Kazakhstan), and is
     * not typed.
     */
    @Property(tries = 3)
    void a_seat_is_asked_among_the_same_states_officials(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "holder", "holder-short")) {
            if (!g.question().stem().contains(" sat on ")) {
                continue;
            }
            assertThat(g.family()).as(g.question().stem()).isEqualTo("holder");
            OfficeHolding seat = c.facts().get(g.question().factIds().getFirst(), OfficeHolding.class);
            SingleChoice sc = (SingleChoice) g.question().body();
            for (Choice choice : sc.choices()) {
                assertThat(c.facts().holdings()).as("%s: %s", g.question().stem(), choice.text())
                        .anyMatch(h -> h.country().equals(seat.country())
                                && c.facts().get(h.person(), Person.class).displayName().equals(choice.text()));
            }
        }
    }

    /** A question names the organization's office a state's official held, not the official's national post. */
    @Property(tries = 3)
    void an_office_held_by_virtue_of_a_national_post_is_asked_by_its_name(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "holder", "holder-short", "holder-tf")) {
            OfficeHolding h = c.facts().get(g.question().factIds().getFirst(), OfficeHolding.class);
            if (h.office().isPresent() && h.country().isPresent()) {
                String office = c.facts().get(h.office().get(), org.cstoquiz.domain.Office.class).name();
                assertThat(g.question().stem()).contains(office);
            }
        }
    }

    /** States matched with their figures leave one figure over: the last pair never follows from the others. */
    @Property(tries = 3)
    void figures_to_match_are_one_more_than_the_states(@ForAll("cases") BankProperties.Case c) {
        List<GeneratedQuestion> matchings = PaperDistractorProperties.of(c, "figure-matching");
        for (GeneratedQuestion g : matchings) {
            Matching m = (Matching) g.question().body();
            assertThat(m.choices()).as(g.question().stem()).hasSize(m.prompts().size() + 1);
        }
    }

    /** "19 March 2015" among three dates of 2009 and 2010 is found without knowing the event. */
    @Property(tries = 3)
    void a_dated_key_does_not_stand_apart_from_its_options(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-day", "event-month")) {
            SingleChoice sc = (SingleChoice) g.question().body();
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            boolean day = e.date().precision() == Precision.DAY;
            List<Long> others = sc.choices().stream().filter(x -> !x.id().equals(sc.correctChoiceId()))
                    .map(x -> Events.ordinal(PartialDate.parse(toIso(x.text(), day)))).toList();
            long key = Events.ordinal(e.date());
            long nearest = others.stream().mapToLong(o -> Math.abs(o - key)).min().orElseThrow();
            boolean oneSide = others.stream().allMatch(o -> o < key) || others.stream().allMatch(o -> o > key);
            long spread = others.stream().mapToLong(Long::longValue).max().orElseThrow() - others.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(oneSide && nearest > (day ? 730 : 24) && nearest > spread).as(g.question().stem() + " " + sc.choices()).isFalse();
        }
    }

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private static String toIso(String shown, boolean day) {
        String[] p = shown.split(" ");
        int month = MONTHS.indexOf(p[day ? 1 : 0]) + 1;
        return day ? String.format("%s-%02d-%02d", p[2], month, Integer.parseInt(p[0])) : String.format("%s-%02d", p[1], month);
    }

    /** "As of 2021, which state was a member?" never offers the Soviet Union: no state whose every standing had ended. */
    @Property(tries = 3)
    void a_state_whose_every_standing_had_ended_is_not_offered_later(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "member-at", "members-at")) {
            PartialDate date = g.timeFrame().orElseThrow();
            List<String> options = g.question().body() instanceof SingleChoice sc ? sc.choices().stream().map(Choice::text).toList()
                    : ((org.cstoquiz.engine.question.MultipleResponse) g.question().body()).choices().stream().map(Choice::text).toList();
            for (String option : options) {
                Optional<Country> state = c.facts().countries().stream().filter(x -> x.displayNameAt(date).equals(option)).findFirst();
                state.ifPresent(s -> {
                    var all = c.facts().membershipsOf(s.id());
                    boolean ended = !all.isEmpty() && all.stream().allMatch(m -> m.periods().getLast().to().filter(date::isCertainlyAfter).isPresent());
                    boolean postSoviet = s.postSoviet().map(x -> x.value()).orElse(false);
                    assertThat(ended && !postSoviet).as("%s: %s", g.question().stem(), option).isFalse();
                });
            }
        }
    }

    private static final Pattern QUOTED_PLACE = Pattern.compile("(take place\\?|took place:) (In|At) [A-Z]");
    private static final Pattern LOST_POINT = Pattern.compile("\\b[A-Z]\\.[A-Z][?!]|\\.\\.(\\s|$)");

    /** "In which year was the North Atlantic Treaty signed … in Washington, D.C.?", not "…? In Washington, D.C., the …". */
    @Property(tries = 3)
    void an_event_that_begins_with_its_place_is_asked_not_quoted(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            assertThat(QUOTED_PLACE.matcher(g.question().stem()).find()).as(g.question().stem()).isFalse();
            assertThat(LOST_POINT.matcher(g.question().stem()).find()).as(g.question().stem()).isFalse();
        }
    }

    /** "At the 2014 Wales summit, members agreed to aim to spend at least 20 per cent …": a figure the pack words is said its way. */
    @Property(tries = 3)
    void a_figure_with_its_own_sentence_is_stated_in_it(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "figure-tf")) {
            org.cstoquiz.domain.Figure f = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Figure.class);
            f.sentence().ifPresent(sentence -> assertThat(g.question().stem())
                    .contains(sentence.substring(0, sentence.indexOf(org.cstoquiz.domain.Figure.VALUE)).strip()));
        }
    }

    /**
     * A figure stated false is false to any reader: "24 states" for 25 is a slip, so beyond ten a value off by two
     * and a tenth or more; "7 member states invoked Article 4" is true of the 8 that did, so such a count only above.
     */
    @Property(tries = 3)
    void a_figure_stated_false_is_not_a_slip_nor_true_of_a_part(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "figure-tf")) {
            if (!(g.question().body() instanceof org.cstoquiz.engine.question.TrueFalse tf) || tf.correctValue()) {
                continue;
            }
            org.cstoquiz.domain.Figure f = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Figure.class);
            java.math.BigDecimal shown = g.checks().stream().map(AssertionCheck::assertion)
                    .filter(a -> a instanceof Assertion.FigureIs).map(a -> ((Assertion.FigureIs) a).value()).findFirst().orElseThrow();
            double apart = shown.subtract(f.value()).abs().doubleValue();
            if (f.value().doubleValue() > 10) {
                assertThat(apart >= 2 && apart >= 0.1 * f.value().doubleValue()).as(g.question().stem()).isTrue();
            }
            if (FigureWording.countsDoers(f)) {
                assertThat(shown).as(g.question().stem()).isGreaterThan(f.value());
            }
        }
    }

    /** "Russia was a member of both the CIS and the CSTO" tests nothing: never said of the organization's leading state. */
    @Property(tries = 3)
    void the_leading_state_is_not_stated_a_member_of_both(@ForAll("cases") BankProperties.Case c) {
        List<Country> members = c.facts().membershipsIn(c.facts().primaryOrganization().id()).stream()
                .map(m -> c.facts().get(m.country(), Country.class)).toList();
        Country leading = members.stream().max(java.util.Comparator.comparingInt(x -> c.facts().referringTo(x.id()).size())).orElseThrow();
        Pattern both = Pattern.compile("\\b" + Pattern.quote(org.cstoquiz.domain.Names.bare(leading.name())) + " was a member of both\\b", Pattern.CASE_INSENSITIVE);
        for (GeneratedQuestion g : c.bank().generated()) {
            assertThat(both.matcher(g.question().stem()).find()).as(g.question().stem()).isFalse();
        }
    }

    /**
     * "Which of the following did NOT take place in 1993?" with three signings of the treaty offers as its key
     * another signing, never "the treaty entered into force", which its wording alone gives away.
     */
    @Property(tries = 3)
    void the_odd_event_out_shares_the_others_wording(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "year-not-event")) {
            SingleChoice sc = (SingleChoice) g.question().body();
            List<String> endings = sc.choices().stream().map(x -> ending(x.text())).toList();
            String key = sc.choices().stream().filter(x -> x.id().equals(sc.correctChoiceId())).map(x -> ending(x.text())).findFirst().orElseThrow();
            List<String> others = sc.choices().stream().filter(x -> !x.id().equals(sc.correctChoiceId())).map(x -> ending(x.text())).toList();
            if (others.stream().distinct().count() == 1) {
                assertThat(key).as("%s %s", g.question().stem(), endings).isEqualTo(others.getFirst());
            }
        }
    }

    private static String ending(String option) {
        String[] words = option.replaceAll("[.]$", "").toLowerCase(java.util.Locale.ROOT).split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 3), words.length));
    }

    /** "… mirrors ____." typed: the article of its treaty or organization ("NATO Article 5"), never "Article 5" or "the NATO treaty" alone. */
    @Property(tries = 3)
    void a_typed_article_is_named_with_its_treaty(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "relation-blank-short")) {
            org.cstoquiz.domain.Relation r = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Relation.class);
            if (c.facts().find(r.object()).filter(f -> f instanceof org.cstoquiz.domain.Article).isPresent()) {
                assertThat(((org.cstoquiz.engine.question.ShortAnswer) g.question().body()).accepted()).as(g.question().stem())
                        .isNotEmpty().allSatisfy(a -> assertThat(a).matches("Article \\S+ of .+|[A-Z]{2,}('s)? Article \\S+"));
            }
        }
    }

    /**
     * "In which year did Kyrgyzstan assume the rotating presidency?" has no single answer (it passes to each
     * state in turn): such an act is dated in the stem and its state asked, never its year or date.
     */
    @Property(tries = 3)
    void an_act_that_comes_round_again_is_never_asked_by_its_date(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-year", "event-year-numeric", "event-year-tf",
                "event-day", "event-month")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            assertThat(e.category().comesRoundAgain()).as(g.question().stem()).isFalse();
        }
        for (Event e : c.facts().events()) {
            if (e.category().comesRoundAgain() && c.facts().isExamWorthy(e.id())) {
                assertThat(c.bank().generated().stream().filter(g -> g.question().factIds().contains(e.id())).map(GeneratedQuestion::family))
                        .as("still asked: " + e.title()).isNotEmpty();
            }
        }
    }

    /** "V. V. Volodin" in the sources: typed, he is asked by surname, since "Vyacheslav Volodin" is not in them to accept. */
    @Property(tries = 3)
    void a_person_known_by_initials_is_typed_by_surname(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "holder-short")) {
            OfficeHolding h = c.facts().get(g.question().factIds().getFirst(), OfficeHolding.class);
            String name = c.facts().get(h.person(), Person.class).displayName();
            boolean initials = name.matches("(\\p{Lu}\\.\\s?)+\\p{Lu}[\\p{L}-]+");
            assertThat(g.question().stem().startsWith("Give the surname of ")).as(g.question().stem()).isEqualTo(initials);
            if (initials) {
                assertThat(((org.cstoquiz.engine.question.ShortAnswer) g.question().body()).accepted().getFirst())
                        .isEqualTo(name.substring(name.lastIndexOf(' ') + 1));
            }
        }
    }

    /** "Which state suspended its membership in 2012?" offers states that belonged, never Afghanistan or Moldova. */
    @Property(tries = 3)
    void only_members_are_offered_for_leaving(@ForAll("cases") BankProperties.Case c) {
        java.util.Set<org.cstoquiz.domain.EventCategory> leaving = java.util.EnumSet.of(org.cstoquiz.domain.EventCategory.SUSPENSION,
                org.cstoquiz.domain.EventCategory.WITHDRAWAL, org.cstoquiz.domain.EventCategory.ANNOUNCEMENT);
        java.util.Set<org.cstoquiz.domain.MembershipStatus> gone = java.util.EnumSet.of(org.cstoquiz.domain.MembershipStatus.SUSPENDED,
                org.cstoquiz.domain.MembershipStatus.WITHDRAWN, org.cstoquiz.domain.MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED);
        String primary = c.facts().primaryOrganization().id();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-state")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            if (leaving.contains(e.category())) {
                java.util.Set<String> orgs = new java.util.HashSet<>(List.of(primary));
                e.references().forEach(r -> orgs.add(r.target()));
                for (AssertionCheck check : g.checks()) {
                    String state = ((Assertion.EventCountry) check.assertion()).country();
                    assertThat(orgs.stream().anyMatch(o -> everMember(c, state, o))).as("%s: %s", g.question().stem(), state).isTrue();
                    if (!check.expected()) {
                        assertThat(orgs.stream().filter(o -> everMember(c, state, o)).anyMatch(o -> state.equals(leader(c, o))))
                                .as("the leading state offered: %s", g.question().stem()).isFalse();
                    }
                }
            }
        }
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "status-change", "status-change-all")) {
            for (AssertionCheck check : g.checks()) {
                if (check.assertion() instanceof Assertion.StatusFrom from && gone.contains(from.status())) {
                    assertThat(everMember(c, from.country(), from.organization())).as("%s: %s", g.question().stem(), from.country()).isTrue();
                    if (!check.expected()) {
                        assertThat(from.country()).as("the leading state offered: %s", g.question().stem()).isNotEqualTo(leader(c, from.organization()));
                    }
                }
            }
        }
    }

    /** Kanal, which one source calls "the annual exercise", is never offered as a name that is not an exercise's. */
    @Property(tries = 3)
    void an_operation_a_source_calls_an_exercise_is_not_offered_as_none(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "exercise-names", "not-exercise", "exercise-tf")) {
            for (AssertionCheck check : g.checks()) {
                Assertion a = check.assertion() instanceof Assertion.Not not ? not.assertion() : check.assertion();
                boolean deniedExercise = check.assertion() instanceof Assertion.Not == check.expected();
                if (a instanceof Assertion.AttributeIs is && is.attribute().equals("kind") && deniedExercise) {
                    boolean called = java.util.stream.Stream.concat(c.facts().get(is.factId(), org.cstoquiz.domain.Operation.class).allCitations().stream(),
                                    c.facts().referringTo(is.factId()).stream().flatMap(f -> f.citations().stream()))
                            .anyMatch(q -> q.quote().toLowerCase(java.util.Locale.ROOT).contains("exercise"));
                    assertThat(called).as("%s: %s", g.question().stem(), check.target()).isFalse();
                }
            }
        }
    }

    /**
     * "The CSTO is the Eurasian equivalent of ____" among Eurasian groupings has one answer by its own logic, and the Red
     * Cross or the UN beside NATO none: an organization's counterpart is typed, never chosen.
     */
    @Property(tries = 3)
    void an_organizations_counterpart_is_typed_not_chosen(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "relation-blank")) {
            org.cstoquiz.domain.Relation r = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Relation.class);
            boolean organization = c.facts().find(r.object()).filter(f -> f instanceof org.cstoquiz.domain.Organization).isPresent();
            assertThat(r.kind() == org.cstoquiz.domain.RelationKind.COMPARED_WITH && organization
                    || r.kind() == org.cstoquiz.domain.RelationKind.DISPUTE_WITH).as(g.question().stem()).isFalse();
        }
        assertThat(c.facts().relations().stream().filter(r -> r.kind() == org.cstoquiz.domain.RelationKind.COMPARED_WITH
                        && c.facts().isExamWorthy(r.id()))
                .allMatch(r -> PaperDistractorProperties.of(c, "relation-blank-short").stream().anyMatch(g -> g.question().factIds().contains(r.id()))))
                .as("every counterpart still typed").isTrue();
    }

    /** "As of 2017, how many member states?" could be seven with Uzbekistan suspended: such a count asks for full members. */
    @Property(tries = 3)
    void a_count_at_a_date_with_a_suspended_member_asks_for_full_members(@ForAll("cases") BankProperties.Case c) {
        String primary = c.facts().primaryOrganization().id();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "member-count", "member-count-numeric")) {
            PartialDate date = g.timeFrame().orElseThrow();
            boolean suspended = c.facts().membershipsIn(primary).stream().flatMap(m -> m.periods().stream())
                    .anyMatch(p -> p.status() == org.cstoquiz.domain.MembershipStatus.SUSPENDED
                            && p.from().filter(f -> !date.isCertainlyBefore(f)).isPresent()
                            && p.to().map(t -> !t.isCertainlyBefore(date)).orElse(true));
            assertThat(g.question().stem().contains("full member states")).as(g.question().stem()).isEqualTo(suspended);
        }
    }

    /**
     * "Armenia assumed the rotating presidency" undated names no one event: it is never an item to order or match; and a
     * running total counted "since 2003" on an undated page is never asked.
     */
    @Property(tries = 3)
    void undated_items_and_figures_name_one_thing(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "ordering", "theme-last", "theme-first", "matching-year")) {
            for (String id : g.question().factIds()) {
                c.facts().find(id).filter(f -> f instanceof Event).map(f -> (Event) f)
                        .ifPresent(e -> assertThat(e.category().comesRoundAgain()).as("%s: %s", g.question().stem(), e.title()).isFalse());
            }
        }
        for (GeneratedQuestion g : c.bank().generated()) {
            for (String id : g.question().factIds()) {
                c.facts().find(id).filter(f -> f instanceof org.cstoquiz.domain.Figure).map(f -> (org.cstoquiz.domain.Figure) f)
                        .ifPresent(f -> assertThat(f.since().isPresent() && f.until().isEmpty() && f.asOf().isEmpty())
                                .as("a running total in %s", g.question().stem()).isFalse());
            }
        }
    }

    /** Presidents and prime ministers are not matched with their states: that tests the news, not the organization. */
    @Property(tries = 3)
    void heads_of_state_are_not_matched_with_their_states(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "holder-matching")) {
            OfficeHolding h = c.facts().get(g.question().factIds().getFirst(), OfficeHolding.class);
            String composition = h.organ().flatMap(o -> c.facts().get(o, org.cstoquiz.domain.Organ.class).composition()).map(x -> x.value()).orElse("");
            assertThat(composition).as(g.question().stem()).doesNotContainPattern("(?i)\\bheads of (the )?(member )?states\\b");
        }
    }

    /** "Vladimir Putin sat on the Council of Foreign Ministers" is false at sight: never stated (offered as a body, it may be). */
    @Property(tries = 3)
    void a_head_of_state_is_never_the_false_member_of_a_ministers_council(@ForAll("cases") BankProperties.Case c) {
        java.util.regex.Pattern heads = java.util.regex.Pattern.compile("(?i)\\bheads of (the )?(member )?states\\b");
        java.util.function.Predicate<String> ofHeads = organ -> c.facts().find(organ).filter(f -> f instanceof org.cstoquiz.domain.Organ)
                .flatMap(f -> ((org.cstoquiz.domain.Organ) f).composition()).filter(x -> heads.matcher(x.value()).find()).isPresent();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "holder-tf", "statements-pair", "statements-three", "statement-correct")) {
            for (AssertionCheck check : g.checks()) {
                if (check.assertion() instanceof Assertion.HeldPost held && !check.expected() && held.organ().isPresent()
                        && !ofHeads.test(held.organ().get())) {
                    boolean headOfState = c.facts().holdings().stream().anyMatch(o -> o.person().equals(held.person())
                            && o.organ().filter(ofHeads).isPresent());
                    assertThat(headOfState).as("%s: %s", g.question().stem(), check.target()).isFalse();
                }
            }
        }
    }

    /** "Which SCO member was NOT in the CSTO?" with China among four former Soviet states is found by its kind. */
    @Property(tries = 3)
    void the_odd_state_out_is_of_the_options_kind(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "other-not-member")) {
            List<String> states = g.checks().stream().map(k -> ((Assertion.MemberAt) ((Assertion.Not) k.assertion()).assertion()))
                    .map(Assertion.MemberAt::country).toList();
            Assertion.MemberAt key = (Assertion.MemberAt) ((Assertion.Not) g.checks().stream().filter(AssertionCheck::expected)
                    .findFirst().orElseThrow().assertion()).assertion();
            if (everMember(c, key.country(), c.facts().primaryOrganization().id())) {
                continue; // a member of the organization itself is of the options' kind
            }
            boolean once = everMember(c, key.country(), key.organization());
            // another grouping than the one every option belongs to (the SCO of "which SCO member …")
            boolean kindred = c.facts().memberships().stream().filter(m -> m.country().equals(key.country()))
                    .filter(m -> !states.stream().allMatch(x -> c.facts().membership(x, m.organization()).isPresent()))
                    .anyMatch(m -> states.stream().filter(x -> !x.equals(key.country()))
                            .anyMatch(x -> c.facts().membership(x, m.organization()).isPresent()));
            assertThat(once || kindred).as(g.question().stem()).isTrue();
        }
    }

    /** "21 July 2010" among dates of 2002, 2009 and 2015 asks only the year: a day or month is offered beside another of its year. */
    @Property(tries = 3)
    void a_day_is_asked_beside_another_date_of_its_year(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-day", "event-month")) {
            List<Integer> years = g.checks().stream().map(k -> ((Assertion.EventDate) k.assertion()).date().year()).toList();
            int key = g.checks().stream().filter(AssertionCheck::expected).map(k -> ((Assertion.EventDate) k.assertion()).date().year())
                    .findFirst().orElseThrow();
            assertThat(years.stream().filter(y -> y == key).count()).as(g.question().stem()).isGreaterThanOrEqualTo(2);
        }
    }

    /** "Which took place in 1994?" never sets the key apart by wording: no two wrong options of one mould the key lacks. */
    @Property(tries = 3)
    void a_years_key_is_not_the_odd_mould_out(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "year-event")) {
            SingleChoice sc = (SingleChoice) g.question().body();
            String key = sc.choices().stream().filter(x -> x.id().equals(sc.correctChoiceId())).findFirst().orElseThrow().text();
            List<String> wrong = sc.choices().stream().filter(x -> !x.id().equals(sc.correctChoiceId())).map(x -> ending(x.text())).toList();
            for (String mould : wrong) {
                if (!mould.equals(ending(key))) {
                    assertThat(wrong.stream().filter(mould::equals).count()).as("%s: %s", g.question().stem(), mould).isEqualTo(1);
                }
            }
        }
    }

    /** A standing is chosen among four, and a state that joined another grouping among states not yet in it. */
    @Property(tries = 3)
    void a_standing_has_four_options_and_a_joining_state_is_offered_beside_outsiders(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "status-at")) {
            assertThat(((SingleChoice) g.question().body()).choices()).as(g.question().stem()).hasSize(4);
        }
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-state")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            if (e.category() != org.cstoquiz.domain.EventCategory.ACCESSION) {
                continue;
            }
            // the organization joined, another one the event is about (GUAM)
            java.util.Set<String> orgs = new java.util.HashSet<>();
            e.references().forEach(r -> c.facts().find(r.target()).filter(f -> f instanceof org.cstoquiz.domain.Organization
                    && !f.id().equals(c.facts().primaryOrganization().id())).ifPresent(f -> orgs.add(f.id())));
            if (orgs.isEmpty()) {
                continue; // joining the organization itself is offered beside other waves of joiners, as NATO's are
            }
            long inAlready = g.checks().stream().filter(k -> !k.expected())
                    .map(k -> ((Assertion.EventCountry) k.assertion()).country())
                    .filter(state -> orgs.stream().anyMatch(o -> c.facts().wasMemberAt(state, o, e.date()) == org.cstoquiz.domain.Truth.YES)).count();
            assertThat(inAlready).as(g.question().stem()).isLessThanOrEqualTo(1);
        }
    }

    /** "In which country did Rubezh 2008 take place?" Whose exercise? An operation is asked as the organization's. */
    @Property(tries = 3)
    void an_operation_is_asked_as_the_organizations(@ForAll("cases") BankProperties.Case c) {
        List<String> names = c.facts().primaryOrganization().allNames().stream().map(org.cstoquiz.domain.Names::bare).toList();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "operation-country", "operation-country-short", "operation-coordinator")) {
            assertThat(names).as(g.question().stem()).anyMatch(n -> g.question().stem().contains(n));
        }
    }

    /** The member the pack's facts name most (Russia in the CSTO). */
    private static String leader(BankProperties.Case c, String organization) {
        return c.facts().membershipsIn(organization).stream().map(m -> m.country())
                .max(java.util.Comparator.comparingInt(id -> c.facts().referringTo(id).size())).orElse("");
    }

    private static boolean everMember(BankProperties.Case c, String state, String organization) {
        return c.facts().membership(state, organization).stream().flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.status() == org.cstoquiz.domain.MembershipStatus.MEMBER);
    }
}
