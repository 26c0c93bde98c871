package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.engine.question.SingleChoice;

/**
 * Kinds of flaw exam setters found in blind reviews, stated as properties of every pack's bank so
 * that a generator change cannot bring them back: a state that joined once asked whether it belonged
 * at some year of its membership, a false figure far from the true one, names from another era
 * beside the holder of a post.
 */
class ExamSetterProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return Combinators.combine(Arbitraries.of(TestPacks.ALL), Arbitraries.of(0L, 42L, 20_260_101L)).as(BankProperties.Case::new);
    }

    /** "As of 1987, Belgium was a member of NATO" only the joining (or signing) year decides: ask when it joined. */
    @Property(tries = 6)
    void a_state_that_joined_once_is_asked_when_it_joined(@ForAll("cases") BankProperties.Case c) {
        List<Membership> joinedOnce = c.facts().membershipsIn(c.facts().primaryOrganization().id()).stream()
                .filter(m -> c.facts().isExamWorthy(m.id())
                        && (Memberships.joinedOnce(m).isPresent() || Memberships.signedAndStayed(m).isPresent())).toList();
        for (Membership m : joinedOnce) {
            List<GeneratedQuestion> own = c.bank().generated().stream().filter(g -> g.question().factIds().equals(List.of(m.id()))).toList();
            assertThat(own).as("questions on %s alone", m.id())
                    .noneMatch(g -> g.family().equals("member-tf") && g.question().stem().contains("As of "));
        }
        if (c.facts().pack().id().equals("nato")) {
            assertThat(joinedOnce).as("NATO's members joined once and stayed").hasSizeGreaterThan(20);
            assertThat(c.bank().generated()).anyMatch(g -> g.family().equals("member-tf") && g.question().stem().contains("became a member of"));
        } else {
            assertThat(c.bank().generated()).as("the CSTO's founders asked by the year they signed")
                    .anyMatch(g -> g.family().equals("member-tf") && g.question().stem().contains("signed the Collective Security Treaty in"));
        }
    }

    /**
     * A false figure with no like figure of another state to borrow is near the true one ("9 states"
     * beside 7, never "3"), so that only knowing the figure tells them apart.
     */
    @Property(tries = 6)
    void a_false_figure_is_near_the_true_one(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().equals("figure-tf")) {
                continue;
            }
            for (AssertionCheck check : g.checks()) {
                if (check.expected() || !(check.assertion() instanceof Assertion.FigureIs shown)) {
                    continue;
                }
                Figure f = c.facts().get(shown.figure(), Figure.class);
                boolean sibling = c.facts().figures().stream().anyMatch(x -> x != f && x.metric().equals(f.metric())
                        && x.value().compareTo(shown.value()) == 0);
                if (!sibling) {
                    BigDecimal ratio = shown.value().divide(f.value(), MathContext.DECIMAL64);
                    assertThat(ratio.doubleValue()).as("%s (true value %s)", g.question().stem(), f.value()).isBetween(0.5, 2.0);
                }
            }
        }
    }

    /** "As of 1952, who was Secretary General?" never offers only names from decades later. */
    @Property(tries = 6)
    void wrong_holders_held_their_posts_near_the_date_asked(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().equals("holder") || !(g.question().body() instanceof SingleChoice sc)) {
                continue;
            }
            int year = g.timeFrame().orElseThrow().year();
            sc.choices().stream().filter(ch -> !ch.id().equals(sc.correctChoiceId())).forEach(ch -> {
                int away = c.facts().holdings().stream()
                        .filter(h -> c.facts().people().stream().anyMatch(p -> p.id().equals(h.person()) && p.displayName().equals(ch.text())))
                        .mapToInt(h -> yearsAway(h, year)).min().orElse(Integer.MAX_VALUE);
                assertThat(away).as("%s / %s", g.question().stem(), ch.text()).isLessThanOrEqualTo(20);
            });
        }
    }

    /** On the day one holder took over from another both held the post: the stem asks who took it up. */
    @Property(tries = 6)
    void a_handover_day_asks_who_took_office(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().startsWith("holder") || g.timeFrame().isEmpty()) {
                continue;
            }
            PartialDate day = g.timeFrame().get();
            boolean handover = g.question().factIds().stream().map(id -> c.facts().find(id, OfficeHolding.class))
                    .flatMap(java.util.Optional::stream).anyMatch(h -> day.precision() == Precision.DAY
                            && h.period().from().filter(day::equals).isPresent());
            if (handover) {
                assertThat(g.question().stem()).as(g.question().stem()).contains("became").doesNotContain("As of");
            }
        }
    }

    /** No "Article 15" of a treaty the pack says has fourteen articles. */
    @Property(tries = 6)
    void article_numbers_offered_exist_in_the_document(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().equals("article-number") || !(g.question().body() instanceof SingleChoice sc)) {
                continue;
            }
            Article a = c.facts().get(g.question().factIds().getFirst(), Article.class);
            c.facts().figures().stream()
                    .filter(f -> f.subject().filter(a.document()::equals).isPresent() && f.metric().contains("number of articles"))
                    .forEach(count -> sc.choices().forEach(ch -> assertThat(Integer.parseInt(ch.text().replaceAll("\\D", "")))
                            .as("%s / %s", g.question().stem(), ch.text()).isLessThanOrEqualTo(count.value().intValue())));
        }
    }

    /** An ordering that a candidate can solve by logic (a state joins before it withdraws) tests nothing. */
    @Property(tries = 6)
    void orderings_are_not_solved_by_logic(@ForAll("cases") BankProperties.Case c) {
        java.util.Set<EventCategory> lifecycle = java.util.EnumSet.of(EventCategory.SIGNING, EventCategory.ENTRY_INTO_FORCE,
                EventCategory.ACCESSION, EventCategory.WITHDRAWAL, EventCategory.SUSPENSION, EventCategory.FOUNDING,
                EventCategory.DISSOLUTION);
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().equals("ordering")) {
                continue;
            }
            List<Event> steps = g.question().factIds().stream().map(id -> c.facts().get(id, Event.class))
                    .filter(e -> lifecycle.contains(e.category())).toList();
            for (Event a : steps) {
                for (Event b : steps) {
                    if (a != b) {
                        assertThat(a.countries().stream().anyMatch(b.countries()::contains)
                                || a.subjects().stream().anyMatch(b.subjects()::contains))
                                .as("%s: %s and %s", g.question().stem(), a.title(), b.title()).isFalse();
                    }
                }
            }
        }
    }

    /** "How many member states …?" offers near misses, never "51" or "80" beside 32. */
    @Property(tries = 6)
    void a_small_count_is_offered_among_near_misses(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().equals("figure-choice") || !(g.question().body() instanceof SingleChoice sc)) {
                continue;
            }
            Figure f = c.facts().get(g.question().factIds().getFirst(), Figure.class);
            if (f.approximate() || f.value().compareTo(BigDecimal.valueOf(60)) > 0 || f.value().stripTrailingZeros().scale() > 0) {
                continue;
            }
            for (AssertionCheck check : g.checks()) {
                if (check.assertion() instanceof Assertion.FigureIs shown) {
                    assertThat(shown.value().subtract(f.value()).abs().intValue()).as("%s / %s", g.question().stem(), shown.value())
                            .isLessThanOrEqualTo(Math.max(5, f.value().intValue() / 2));
                }
            }
        }
    }

    /** "What does Article 51 of the UN Charter deal with?" is not set among another document's topics. */
    @Property(tries = 6)
    void an_article_is_told_apart_from_its_own_documents_articles(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            if (!g.family().equals("article-title")) {
                continue;
            }
            Article key = c.facts().get(g.question().factIds().getFirst(), Article.class);
            List<String> titles = c.facts().articlesOf(key.document()).stream().filter(a -> a != key)
                    .map(a -> org.cstoquiz.domain.Names.normalize(a.title())).toList();
            long sameDocument = ((SingleChoice) g.question().body()).choices().stream()
                    .filter(ch -> titles.contains(org.cstoquiz.domain.Names.normalize(ch.text()))).count();
            assertThat(sameDocument).as(g.question().stem()).isGreaterThanOrEqualTo(2);
        }
    }

    private static int yearsAway(OfficeHolding h, int year) {
        int start = h.period().from().or(() -> h.period().asOf()).map(PartialDate::year).orElse(year);
        int end = h.period().to().or(() -> h.period().asOf()).map(PartialDate::year).orElse(start);
        return year < start ? start - year : year > end ? year - end : 0;
    }
}
