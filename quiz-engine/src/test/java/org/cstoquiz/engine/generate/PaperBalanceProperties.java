package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.Place;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.ExamFormats;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.Source;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * Kinds of flaw exam setters marked in blind reviews, each a property over both packs at three seeds: cues a test-wise
 * candidate exploits across a paper (true/false keys mostly "true", the one option off its topic, the key at the end of
 * its years) and tells of single items (an option that stands apart from the organization, a place or name out of its
 * time, a reason that plainly explains nothing). Where a reviewer saw a kind at one seed, that seed is checked too.
 */
class PaperBalanceProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return PaperDistractorProperties.everyPackAtThreeSeeds();
    }

    /** Seven keys in ten "true" (as when every item that could be put either way was put truly half the time) reward guessing. */
    @Property(tries = 6)
    void true_false_keys_do_not_lean_true(@ForAll("cases") BankProperties.Case c) {
        List<Boolean> keys = c.bank().questions().stream().filter(q -> q.body() instanceof TrueFalse)
                .map(q -> ((TrueFalse) q.body()).correctValue()).toList();
        if (keys.size() >= 30) {
            long truths = keys.stream().filter(k -> k).count();
            assertThat((double) truths / keys.size()).as("%d of %d true/false keys true", truths, keys.size()).isLessThanOrEqualTo(0.62);
        }
    }

    /** "A: Georgia was not a party in 2000. R: Georgia signed in 1993." tempts nobody to answer that R explains A. */
    @Property(tries = 6)
    void an_assertion_and_its_reason_are_never_both_true(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "assertion-reason")) {
            String key = ((SingleAnswerBody) g.question().body()).correctChoiceText();
            assertThat(key).as(g.question().stem())
                    .isNotIn(ExamFormats.ASSERTION_REASON_OPTIONS.get(0), ExamFormats.ASSERTION_REASON_OPTIONS.get(1));
        }
    }

    private static final Pattern CONCERNING = Pattern.compile("Match each event concerning (.+) with the year in which it took place\\.");

    /** "Match each event concerning Nikolai Bordyuzha …": no line repeats "Nikolai Bordyuzha, the CSTO Secretary General, …". */
    @Property(tries = 6)
    void lines_to_match_do_not_repeat_the_title_of_whom_the_stem_names(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "matching-year")) {
            var concerning = CONCERNING.matcher(g.question().stem());
            if (concerning.matches()) {
                assertThat(((Matching) g.question().body()).prompts()).extracting(Prompt::text).as(g.question().stem())
                        .noneMatch(p -> p.startsWith(concerning.group(1) + ", "));
            }
        }
    }

    private static final Pattern AGAIN = Pattern.compile("\\bagain\\b");

    /** "Which state became a member of the CSTO again in 2006?" offered only the states that had left: three options. */
    @Property(tries = 6)
    void a_change_of_standing_is_asked_without_again_among_four_states(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "status-change", "status-change-short", "status-change-all")) {
            assertThat(AGAIN.matcher(g.question().stem()).find()).as(g.question().stem()).isFalse();
            if (g.family().equals("status-change")) {
                assertThat(g.question().choices()).as(g.question().stem()).hasSize(4);
                // nor the leading state, which no one believes joined or returned that year (Russia for Uzbekistan's return)
                Context ctx = new Context(c.facts(), c.seed());
                String leader = Names.bare(Memberships.leading(ctx, Memberships.statesOf(ctx, c.facts().pack().organization())).name());
                assertThat(g.question().choices()).extracting(Choice::text).as(g.question().stem())
                        .doesNotContain(leader);
            }
        }
    }

    /**
     * "Consider the following statements: 1. Article 51 of the Charter of the United Nations … 3. Under the 2000 Special
     * Agreement …": statements with no lead-in to share have no theme either; every list says what it is about.
     */
    @Property(tries = 6)
    void every_list_of_statements_says_what_it_is_about(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "statements-pair", "statements-three")) {
            assertThat(g.question().stem()).startsWith("With reference to ");
        }
    }

    private static final Pattern APART = Pattern.compile("(?i)\\b(separate|independent) from\\b|\\bnot part of\\b");

    /** "What is NATO's North Atlantic Council?" never offers "an inter-parliamentary organization … separate from NATO". */
    @Property(tries = 6)
    void no_wrong_option_says_it_stands_apart_from_the_organization(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (g.question().body() instanceof SingleAnswerBody body) {
                body.choices().stream().filter(x -> !x.text().equals(body.correctChoiceText()))
                        .forEach(x -> assertThat(APART.matcher(x.text()).find()).as("%s: %s", g.question().stem(), x.text()).isFalse());
            }
        }
    }

    /** "In 2002, in which city was the CSTO formed?" never offers Nur-Sultan, which only a photograph's caption of 2018 names. */
    @Property(tries = 6)
    void a_place_offered_is_one_an_exam_fact_knows(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-place")) {
            SingleAnswerBody body = (SingleAnswerBody) g.question().body();
            for (var choice : body.choices()) {
                Place place = c.facts().places().stream().filter(p -> Names.bare(p.name()).equals(choice.text())
                        || p.name().equals(choice.text())).findFirst().orElseThrow(() -> new AssertionError("no place " + choice.text()));
                assertThat(c.facts().referringTo(place.id())).as("%s: %s", g.question().stem(), choice.text())
                        .anyMatch(f -> c.facts().isExamWorthy(f.id()));
            }
        }
    }

    /**
     * "On 24 September 1993, which state signed the Collective Security Treaty?" offers Georgia and Belarus, who signed it
     * that December, not only the signatories of 1992: a state is of its time from 1992 though the pack records no act of it yet.
     */
    @Property(tries = 6)
    void a_state_of_the_time_is_offered_though_its_first_recorded_act_came_later(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "event-state")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            List<String> sameYear = c.facts().events().stream().filter(x -> x != e && x.category() == e.category()
                            && !x.subjects().isEmpty() && x.subjects().equals(e.subjects()) && x.date().year() == e.date().year()
                            && x.countries().size() == 1)
                    .flatMap(x -> x.countries().stream()).map(id -> Names.bare(c.facts().get(id, Country.class).name())).toList();
            if (sameYear.size() >= 2) {
                assertThat(g.question().choices()).extracting(Choice::text).as(g.question().stem())
                        .containsAnyElementsOf(sameYear);
            }
        }
    }

    /** "All six members of ____" is filled with "The Commonwealth of Independent States", not "Commonwealth of Independent States". */
    @Property(tries = 6)
    void a_blank_without_its_article_is_filled_with_one(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "relation-blank")) {
            if (g.question().stem().contains("the ____")) {
                continue;
            }
            for (var choice : g.question().choices()) {
                c.facts().facts().stream().filter(f -> f instanceof Named n && n.name().startsWith("the ")
                                && n.displayName().equals(choice.text()))
                        .findFirst().ifPresent(f -> assertThat(choice.text()).as(g.question().stem()).startsWith("The "));
            }
        }
    }

    /** A department is not offered beside the secretariat it belongs to: "the UN Secretariat" would be defended too. */
    @Property(tries = 6)
    void a_department_is_not_offered_beside_a_secretariat(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "relation-blank")) {
            SingleAnswerBody body = (SingleAnswerBody) g.question().body();
            if (body.correctChoiceText().contains(" Department ")) {
                assertThat(body.choices()).extracting(Choice::text).as(g.question().stem())
                        .noneMatch(t -> t.contains("Secretariat"));
            }
        }
    }

    /** "How many EU members were NATO members in 2024?": 22 before Sweden joined that March, 23 after; not asked. */
    @Property(tries = 6)
    void a_count_of_members_is_not_dated_to_a_year_the_members_changed(@ForAll("cases") BankProperties.Case c) {
        Organization own = c.facts().primaryOrganization();
        java.util.Set<Integer> changed = new java.util.HashSet<>();
        c.facts().membershipsIn(own.id()).forEach(m -> m.periods().forEach(p -> p.from().ifPresent(d -> changed.add(d.year()))));
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "figure-choice", "figure-numeric", "figure-tf")) {
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            boolean ofOwnMembers = f.metric().matches("(?i).*\\bmembers?\\b.*")
                    && own.allNames().stream().map(Names::bare).anyMatch(n -> f.metric().contains(n));
            f.asOf().filter(d -> d.month().isEmpty() && ofOwnMembers).ifPresent(d ->
                    assertThat(changed).as(g.question().stem()).doesNotContain(d.year()));
        }
    }

    /** "about 3,000" typed within a tenth is asked as an estimate: "Approximately how many …?". */
    @Property(tries = 6)
    void an_estimate_to_type_is_asked_as_one(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "figure-numeric")) {
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            if (f.approximate()) {
                assertThat(g.question().stem()).as(g.question().stem()).doesNotStartWith("How many ");
            }
        }
    }

    /**
     * "In which year did Roza Otunbayeva call for CSTO police units?" is not set among 2014, 2015 and 2020 when 2007 and 2009
     * were there to offer: wrong years lie within twice the distance of the third-nearest year there is, but where no set of
     * them is unevenly spaced (one in twenty items at most).
     */
    @Property(tries = 6)
    void wrong_years_lie_near_the_nearest_there_are(@ForAll("cases") BankProperties.Case c) {
        Context ctx = new Context(c.facts(), c.seed());
        List<GeneratedQuestion> items = PaperDistractorProperties.of(c, "event-year");
        long far = items.stream().filter(g -> {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            long key = e.date().year();
            long third = Events.yearCandidates(ctx, e, 3).stream().map(y -> Math.abs(y - key)).sorted().skip(2).findFirst().orElse(Long.MAX_VALUE / 4);
            return g.question().choices().stream().mapToLong(x -> Math.abs(Long.parseLong(x.text()) - key)).max().orElse(0) > Math.max(2 * third, 3);
        }).count();
        assertThat(far).as("%d of %d", far, items.size()).isLessThanOrEqualTo(items.size() / 20);
    }

    /** The seed at which a reviewer found Russia offered for Uzbekistan's return of 2006 ("ruled out at once"). */
    @Example
    void the_leading_state_is_not_offered_for_a_return_at_the_seed_it_was_seen() {
        a_change_of_standing_is_asked_without_again_among_four_states(new BankProperties.Case(TestPacks.CSTO, 66_721));
    }

    /** Operation Kanal's council on drug trafficking is offered beside other coordination councils, not only unlike bodies. */
    @Property(tries = 6)
    void the_body_an_operation_runs_under_is_offered_beside_bodies_of_its_mould(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "operation-coordinator")) {
            SingleAnswerBody body = (SingleAnswerBody) g.question().body();
            String key = body.correctChoiceText();
            Operation o = c.facts().get(g.question().factIds().getFirst(), Operation.class);
            boolean likeOnes = c.facts().organsOf(o.organization()).stream().filter(x -> x.function().isPresent())
                    .map(x -> Names.bare(x.name())).filter(n -> !n.equals(key)).filter(n -> Texts.similarity(n, key) >= 0.15).count() >= 1;
            if (likeOnes) {
                assertThat(body.choices()).extracting(Choice::text).as(g.question().stem())
                        .anyMatch(t -> !t.equals(key) && Texts.similarity(t, key) >= 0.15);
            }
        }
    }

    /** "In which country did Operation Allied Force take place?": an air campaign against Yugoslavia, over Kosovo too; not asked. */
    @Property(tries = 6)
    void an_operation_directed_against_a_state_is_not_asked_where_it_took_place(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "operation-country", "operation-country-short")) {
            Operation o = c.facts().get(g.question().factIds().getFirst(), Operation.class);
            Country country = c.facts().get(o.countries().getFirst(), Country.class);
            assertThat(o.citations()).as(g.question().stem()).noneMatch(q -> country.allNames().stream().map(Names::bare)
                    .anyMatch(n -> Texts.containsWords(q.quote(), "against " + n) || Texts.containsWords(q.quote(), "against the " + n)));
        }
    }

    /** "Name the state that became a member of NATO in 1955": West Germany, and "Germany" is not accepted for it. */
    @Property(tries = 6)
    void a_typed_state_is_not_accepted_under_a_name_it_took_later(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (g.question().body() instanceof ShortAnswer sa && g.timeFrame().isPresent()) {
                c.facts().countries().stream().filter(x -> x.answersTo(sa.accepted().getFirst()))
                        .filter(x -> x.formerName().filter(f -> g.timeFrame().get().isCertainlyBefore(f.until())).isPresent())
                        .forEach(x -> assertThat(g.question().grade(Response.text(x.name())))
                                .as("%s / %s", g.question().stem(), x.name()).isNotEqualTo(Grade.correct()));
            }
        }
    }

    /** "Which did NOT take place in 2010?" does not set three acts of the Kyrgyz crisis beside a registration at the UN. */
    @Property(tries = 6)
    void what_did_not_take_place_is_not_the_one_off_its_topic(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "year-not-event")) {
            List<Event> inYear = g.question().factIds().subList(1, g.question().factIds().size()).stream()
                    .map(id -> c.facts().get(id, Event.class)).toList();
            Context ctx = new Context(c.facts(), c.seed());
            java.util.function.BiPredicate<Event, Event> sameTopic = (a, b) -> Events.sameTopic(ctx, a, b);
            boolean oneTopic = sameTopic.test(inYear.get(0), inYear.get(1)) && sameTopic.test(inYear.get(1), inYear.get(2))
                    && sameTopic.test(inYear.get(0), inYear.get(2));
            assertThat(oneTopic).as(g.question().stem() + g.question().choices()).isFalse();
        }
    }

    /** The seed at which a reviewer found 2010's three options all of the Kyrgyz crisis. */
    @Example
    void what_did_not_take_place_at_the_seed_it_was_seen() {
        what_did_not_take_place_is_not_the_one_off_its_topic(new BankProperties.Case(TestPacks.CSTO, 27_191));
    }

    /** "Which took place in 2010?" never offers two wrong events about one thing (an agreement's entry into force and its registration). */
    @Property(tries = 6)
    void no_two_wrong_events_of_a_year_are_about_one_thing(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "year-events")) {
            int keys = ((MultipleResponse) g.question().body()).correctChoiceIds().size();
            List<Event> wrong = g.question().factIds().subList(keys, g.question().factIds().size()).stream()
                    .map(id -> c.facts().get(id, Event.class)).toList();
            for (int i = 0; i < wrong.size(); i++) {
                for (int j = i + 1; j < wrong.size(); j++) {
                    assertThat(wrong.get(i).subjects().stream().anyMatch(wrong.get(j).subjects()::contains))
                            .as("%s: %s / %s", g.question().stem(), wrong.get(i).title(), wrong.get(j).title()).isFalse();
                }
            }
        }
    }

    /** "Article 51 of UN" names no treaty: an article is accepted under its organization's name only where a source says it so. */
    @Property(tries = 6)
    void an_article_is_accepted_under_its_organization_only_as_the_sources_say_it(@ForAll("cases") BankProperties.Case c) {
        List<String> abbreviations = c.facts().organizations().stream().flatMap(o -> o.abbreviation().stream()).map(Names::bare).toList();
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "relation-blank-short")) {
            List<String> quotes = g.question().sources().stream().map(Source::quote).toList();
            for (String accepted : ((ShortAnswer) g.question().body()).accepted()) {
                abbreviations.stream().filter(a -> accepted.matches("Article \\d+ of " + java.util.regex.Pattern.quote(a)))
                        .forEach(a -> assertThat(quotes).as("%s: %s", g.question().stem(), accepted).anyMatch(q -> q.contains(accepted)));
            }
        }
    }
}
