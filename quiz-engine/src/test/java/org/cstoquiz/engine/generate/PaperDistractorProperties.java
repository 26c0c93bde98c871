package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.SingleChoice;

/**
 * More kinds of flaw exam setters found, as properties of every pack's bank: statement lists without a
 * lead-in, running totals stated as if final, options no candidate would weigh (a year before the
 * organization existed, a council of scholars for a head of state, a body outside the organization as
 * a parent, the organization's leading state as the one member among outsiders), and figures told apart
 * only by their last digit.
 */
class PaperDistractorProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return everyPackAtThreeSeeds();
    }

    static Arbitrary<BankProperties.Case> everyPackAtThreeSeeds() {
        return Combinators.combine(Arbitraries.of(TestPacks.ALL), Arbitraries.of(0L, 42L, 20_260_101L)).as(BankProperties.Case::new);
    }

    /** The questions of the bank made by the named families. */
    static List<GeneratedQuestion> of(BankProperties.Case c, String... families) {
        List<String> wanted = List.of(families);
        return c.bank().generated().stream().filter(g -> wanted.contains(g.family())).toList();
    }

    /**
     * "With reference to the Collective Security Treaty Organization (CSTO), consider the following statements:",
     * naming too any other organization every statement is about ("… and the Shanghai Cooperation Organization
     * (SCO)"), and no other where a statement is about the organization's own bodies; none at all ("Consider the
     * following statements:") where some are about another organization alone.
     */
    @Property(tries = 3)
    void statement_lists_open_with_the_organizations_they_are_about(@ForAll("cases") BankProperties.Case c) {
        Wording words = new Wording(c.facts());
        List<GeneratedQuestion> lists = of(c, "statements-pair", "statements-three");
        String plain = "With reference to " + words.orgInFull() + ", consider the following statements:";
        assertThat(lists).isNotEmpty().allSatisfy(g -> {
            String lead = g.question().stem().lines().findFirst().orElseThrow();
            List<org.cstoquiz.domain.Organization> others = g.question().factIds().stream().map(id -> c.facts().find(id))
                    .flatMap(java.util.Optional::stream)
                    .filter(f -> f instanceof org.cstoquiz.domain.Membership m && !m.organization().equals(c.facts().pack().organization()))
                    .map(f -> c.facts().get(((org.cstoquiz.domain.Membership) f).organization(), org.cstoquiz.domain.Organization.class)).toList();
            // where some statements are about another organization alone and some not, no organization is named
            String own = c.facts().pack().organization();
            long elsewhere = g.question().factIds().stream().map(id -> c.facts().find(id)).flatMap(java.util.Optional::stream)
                    .filter(f -> f instanceof org.cstoquiz.domain.Membership m && !m.organization().equals(own)
                            || f instanceof org.cstoquiz.domain.Article a && c.facts().find(a.document(), org.cstoquiz.domain.Document.class)
                            .flatMap(org.cstoquiz.domain.Document::organization).filter(o -> !o.equals(own)).isPresent()
                            || f instanceof org.cstoquiz.domain.Event e && !e.subjects().contains(own)
                            && e.subjects().stream().anyMatch(id -> c.facts().find(id, org.cstoquiz.domain.Organization.class).isPresent())).count();
            boolean mixed = elsewhere > 0 && elsewhere < g.question().factIds().size();
            if (!mixed) {
                assertThat(lead).startsWith("With reference to " + words.orgInFull()).endsWith(", consider the following statements:");
            } else if (!lead.startsWith("With reference to ")) {
                assertThat(lead).isEqualTo("Consider the following statements:");
            }
            if (others.size() == g.question().factIds().size()) {
                others.forEach(o -> assertThat(lead).contains(Wording.inFull(o)));
            }
            if (g.question().factIds().stream().map(id -> c.facts().find(id)).flatMap(java.util.Optional::stream)
                    .anyMatch(f -> f instanceof org.cstoquiz.domain.Organ)) {
                assertThat(lead).as(g.question().stem()).isIn(plain, "Consider the following statements:");
            }
        });
    }

    /** "Since 2009, about 80,000 … have been identified": a total that grows holds only as its source gave it. */
    @Property(tries = 3)
    void a_running_total_names_the_source_that_gives_it(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "figure-choice", "figure-numeric", "figure-tf")) {
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            if (FigureWording.publication(c.facts(), f).isPresent()) {
                assertThat(g.question().stem()).contains("According to " + FigureWording.publication(c.facts(), f).get());
            }
            boolean running = f.since().isPresent() && f.until().isEmpty() && f.asOf().isEmpty();
            if (running && f.citations().stream().map(x -> x.source()).distinct().count() == 1) {
                assertThat(g.question().stem()).as("a running total").contains("According to ");
            }
        }
    }

    /** "Kazakhstan took over the rotating presidency of the CSTO" is never offered in 1993 or 1999. */
    @Property(tries = 3)
    void an_event_of_the_organization_is_never_offered_before_its_founding(@ForAll("cases") BankProperties.Case c) {
        Wording words = new Wording(c.facts());
        int checked = 0;
        for (GeneratedQuestion g : of(c, "event-year", "event-day", "event-month")) {
            Event e = c.facts().get(g.question().factIds().getFirst(), Event.class);
            Optional<Integer> earliest = words.earliestYearFor(e);
            if (earliest.isEmpty()) {
                continue;
            }
            checked++;
            for (Choice choice : ((SingleChoice) g.question().body()).choices()) {
                int year = Integer.parseInt(choice.text().replaceAll(".*(\\d{4})$", "$1"));
                assertThat(year).as("%s: %s", g.question().stem(), choice.text()).isGreaterThanOrEqualTo(earliest.get());
            }
        }
        boolean any = c.facts().events().stream().anyMatch(e -> words.earliestYearFor(e).isPresent() && c.facts().isExamWorthy(e.id()));
        assertThat(checked > 0).as("events of the organization asked by their date").isEqualTo(any);
    }

    /** A figure given with decimals (3.15 per cent) is never put against one within 15 % of it (3.08). */
    @Property(tries = 3)
    void a_decimal_figure_is_never_put_against_a_near_one(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            for (AssertionCheck check : g.checks()) {
                if (!check.expected() && check.assertion() instanceof Assertion.FigureIs shown) {
                    Figure f = c.facts().get(shown.figure(), Figure.class);
                    if (!f.approximate() && f.value().stripTrailingZeros().scale() > 0) {
                        double ratio = shown.value().doubleValue() / f.value().doubleValue();
                        assertThat(Math.abs(ratio - 1)).as("%s against %s in %s", shown.value(), f.value(), g.question().stem())
                                .isGreaterThanOrEqualTo(0.15);
                    }
                }
            }
        }
    }

    /** Rankings and matchings of one metric never turn on figures within 15 % of each other. */
    @Property(tries = 3)
    void compared_figures_are_far_enough_apart_to_tell(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "figure-largest", "figure-smallest", "figure-ordering", "figure-matching")) {
            List<BigDecimal> values = g.question().factIds().stream().map(id -> c.facts().get(id, Figure.class).value())
                    .sorted(Comparator.reverseOrder()).toList();
            for (int i = 1; i < values.size(); i++) {
                assertThat(values.get(i).doubleValue()).as(g.question().stem()).isLessThanOrEqualTo(0.85 * values.get(i - 1).doubleValue());
            }
        }
    }

    /** "Which had the most soldiers?" is not answered at sight: no option's figure is over five times every other's. */
    @Property(tries = 3)
    void no_option_of_a_ranking_towers_over_the_others(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "figure-largest", "figure-smallest")) {
            List<BigDecimal> values = g.question().factIds().stream().map(id -> c.facts().get(id, Figure.class).value())
                    .sorted(Comparator.reverseOrder()).toList();
            assertThat(values.get(0).doubleValue()).as(g.question().stem()).isLessThanOrEqualTo(5 * values.get(1).doubleValue());
        }
    }

    /**
     * "What is the Scientific and Expert Council made up of?" never offers research organizations among heads and
     * ministers: a body of institutions is asked among bodies of institutions, or not by its make-up at all.
     */
    @Property(tries = 3)
    void a_body_of_institutions_is_asked_among_institutions(@ForAll("cases") BankProperties.Case c) {
        java.util.regex.Pattern institutions = java.util.regex.Pattern.compile("(?i)\\b(structures?|institutions?|organi[sz]ations?)\\b");
        for (GeneratedQuestion g : of(c, "organ-composition", "composition-organ")) {
            Organ organ = c.facts().get(g.question().factIds().getFirst(), Organ.class);
            String composition = organ.composition().map(x -> x.value()).orElse("");
            if (institutions.matcher(composition).find() && !composition.matches("(?i).*\\b(heads?|ministers?)\\b.*")) {
                for (AssertionCheck check : g.checks()) {
                    if (check.assertion() instanceof Assertion.AttributeIs is) {
                        assertThat(is.value()).as(g.question().stem()).containsPattern(institutions.pattern());
                    }
                }
            }
        }
    }

    /** No one guesses that a head of state sits on a body made up of universities or research institutes. */
    @Property(tries = 3)
    void a_holder_is_offered_bodies_of_office_holders_only(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "holder-organ")) {
            for (AssertionCheck check : g.checks()) {
                if (check.assertion() instanceof Assertion.HeldPost held && held.organ().isPresent()) {
                    Organ organ = c.facts().get(held.organ().get(), Organ.class);
                    assertThat(organ.composition().map(x -> x.value()).orElse(""))
                            .as(g.question().stem()).doesNotContainPattern("(?i)institutions|structures|organizations");
                }
            }
        }
    }

    /** "The International Military Staff works under the NATO Parliamentary Assembly" fools no one who knows it stands apart. */
    @Property(tries = 3)
    void a_body_apart_from_the_organization_is_no_false_parent(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "organ-parent", "organ-parent-tf")) {
            for (AssertionCheck check : g.checks()) {
                if (!check.expected() && check.assertion() instanceof Assertion.AttributeIs a && a.attribute().equals("parent")) {
                    Organ parent = c.facts().get(a.value(), Organ.class);
                    assertThat(parent.role().map(r -> r.value()).orElse("")).as(g.question().stem())
                            .doesNotContainPattern("(?i)separate from|independent of");
                }
            }
        }
    }

    /** "Which was a member as of 2017?" never has Russia (or the United States) as the one member among outsiders. */
    @Property(tries = 3)
    void the_member_among_outsiders_is_not_the_leading_state(@ForAll("cases") BankProperties.Case c) {
        Country leading = c.facts().membershipsIn(c.facts().primaryOrganization().id()).stream()
                .map(m -> c.facts().get(m.country(), Country.class))
                .max(Comparator.comparingInt(x -> c.facts().referringTo(x.id()).size())).orElseThrow();
        List<GeneratedQuestion> asked = of(c, "member-at");
        assertThat(asked).isNotEmpty().allSatisfy(g -> assertThat(g.checks()).noneMatch(check -> check.expected()
                && check.assertion() instanceof Assertion.MemberAt m && m.country().equals(leading.id())));
    }

    /** "… is exercised in accordance with this article" quoted alone refers to nothing. */
    @Property(tries = 3)
    void a_quoted_provision_stands_on_its_own(@ForAll("cases") BankProperties.Case c) {
        assertThat(of(c, "article-document")).allSatisfy(g -> assertThat(g.question().stem())
                .doesNotContainPattern("(?i)\\b(this|that) (article|provision|clause)\\b"));
    }

    /** "NATO works closely with the ____", "signed a memorandum with the ____": as many right answers as partners, never typed. */
    @Property(tries = 3)
    void a_partnership_is_never_asked_as_a_typed_blank(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "relation-blank-short")) {
            org.cstoquiz.domain.Relation r = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Relation.class);
            assertThat(r.kind()).as(g.question().stem()).isNotIn(org.cstoquiz.domain.RelationKind.COOPERATES_WITH,
                    org.cstoquiz.domain.RelationKind.SIGNED_WITH, org.cstoquiz.domain.RelationKind.GREW_OUT_OF,
                    org.cstoquiz.domain.RelationKind.OVERLAPS_WITH);
        }
    }

    /** Two false statements of one mould in a list ("… works under the Council of Foreign Ministers" twice) fall together. */
    @Property(tries = 3)
    void false_statements_of_a_list_are_not_cast_in_one_mould(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "statements-pair", "statements-three")) {
            List<String> lines = g.question().stem().lines().filter(l -> l.matches("^\\d\\. .*")).toList();
            List<String> endings = new java.util.ArrayList<>();
            for (AssertionCheck check : g.checks()) {
                if (!check.expected() && check.target().startsWith("statement ")) {
                    String line = lines.get(Integer.parseInt(check.target().substring("statement ".length())) - 1);
                    String[] words = Texts.normalized(line.substring(3)).split(" ");
                    endings.add(String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length)));
                }
            }
            assertThat(endings).as(g.question().stem()).doesNotHaveDuplicates();
        }
    }

    /** "Which post did Dmitry Medvedev hold?" among the presidents of three other states: his name answers it. */
    @Property(tries = 3)
    void a_post_is_not_told_apart_by_its_state_alone(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "post")) {
            List<String> titles = ((SingleChoice) g.question().body()).choices().stream().map(Choice::text).toList();
            long kinds = titles.stream().map(AssertionChecker::postKind).distinct().count();
            assertThat(kinds).as("%s %s", g.question().stem(), titles).isGreaterThan(1);
        }
    }

    /** "The CSTO has its origins in the 1992 ____": the organization's own name spells the answer. */
    @Property(tries = 3)
    void a_blank_is_not_read_off_the_organizations_name(@ForAll("cases") BankProperties.Case c) {
        java.util.Set<String> named = new java.util.HashSet<>();
        c.facts().primaryOrganization().allNames().forEach(n -> named.addAll(OptionLint.contentWords(n)));
        for (GeneratedQuestion g : of(c, "relation-blank", "relation-blank-short")) {
            org.cstoquiz.domain.Relation r = c.facts().get(g.question().factIds().getFirst(), org.cstoquiz.domain.Relation.class);
            if (r.subject().equals(c.facts().primaryOrganization().id())) {
                org.cstoquiz.domain.Named object = (org.cstoquiz.domain.Named) c.facts().find(r.object()).orElseThrow();
                assertThat(named.containsAll(OptionLint.contentWords(object.name()))).as(g.question().stem()).isFalse();
            }
        }
    }

    /** "As of 1962, Estonia was not a member of the Warsaw Pact": no state is offered before it was one. */
    @Property(tries = 3)
    void no_state_is_offered_before_it_existed(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "member-at", "not-member-at", "members-at", "other-member")) {
            for (AssertionCheck check : g.checks()) {
                Assertion a = check.assertion() instanceof Assertion.Not n ? n.assertion() : check.assertion();
                if (a instanceof Assertion.MemberAt m) {
                    Country country = c.facts().get(m.country(), Country.class);
                    boolean postSoviet = country.postSoviet().map(x -> x.value()).orElse(false);
                    assertThat(postSoviet && m.date().year() < 1991).as("%s: %s", g.question().stem(), country.name()).isFalse();
                }
            }
        }
    }

    /** A share in per cent is accepted within percentage points, not "within 10 per cent" of itself. */
    @Property(tries = 3)
    void a_percentage_is_accepted_within_percentage_points(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "figure-numeric")) {
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            if (f.unit().equals("per cent") && g.question().stem().contains("Answers within")) {
                assertThat(g.question().stem()).contains("percentage points");
            }
        }
    }

    /** Russia's share of the budget is "about 50 per cent", never offered as "about 100 per cent": a share is not the whole. */
    @Property(tries = 3)
    void a_share_is_never_offered_as_the_whole(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : of(c, "figure-choice")) {
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            if (f.unit().equals("per cent") && f.value().compareTo(BigDecimal.valueOf(100)) < 0) {
                for (Choice choice : ((SingleChoice) g.question().body()).choices()) {
                    assertThat(choice.text()).as(g.question().stem()).doesNotContainPattern("\\b(1\\d\\d|[2-9]\\d\\d)(\\.\\d+)? per cent");
                }
            }
        }
    }

    /** "Hungary or Albania?" is a coin toss: a choice offers at least three options. */
    @Property(tries = 3)
    void a_choice_is_no_coin_toss(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (g.question().body() instanceof SingleChoice sc) {
                assertThat(sc.choices()).as(g.question().stem()).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    /** "Which document regulates military-technical cooperation among the member states?" Of what? A question names whose. */
    @Property(tries = 3)
    void the_member_states_are_named_as_the_organizations(@ForAll("cases") BankProperties.Case c) {
        List<String> names = c.facts().primaryOrganization().allNames().stream().map(org.cstoquiz.domain.Names::bare).toList();
        for (GeneratedQuestion g : c.bank().generated()) {
            String stem = g.question().stem();
            String head = stem.split("[\"\u201c]", 2)[0];
            if (head.matches("(?s).*\\bthe member states\\b.*")) {
                assertThat(names).as(stem).anyMatch(n -> Texts.containsWords(stem, n));
            }
        }
    }

    /** The UN Charter among NATO's own documents, or its Article 51 among the North Atlantic Treaty's articles, stands out. */
    @Property(tries = 3)
    void an_outside_document_is_offered_among_outside_ones(@ForAll("cases") BankProperties.Case c) {
        String own = c.facts().pack().organization();
        java.util.function.Predicate<String> ownDocument = id -> c.facts().find(id, org.cstoquiz.domain.Document.class)
                .flatMap(org.cstoquiz.domain.Document::organization).filter(own::equals).isPresent();
        for (GeneratedQuestion g : of(c, "article-document")) {
            List<Boolean> owned = g.checks().stream().map(AssertionCheck::assertion)
                    .filter(a -> a instanceof Assertion.AttributeIs x && x.attribute().equals("document"))
                    .map(a -> ownDocument.test(((Assertion.AttributeIs) a).value())).distinct().toList();
            AssertionCheck key = g.checks().stream().filter(AssertionCheck::expected).findFirst().orElseThrow();
            if (!ownDocument.test(((Assertion.AttributeIs) key.assertion()).value())) {
                assertThat(owned).as(g.question().stem()).containsExactly(false);
            }
        }
    }
}
