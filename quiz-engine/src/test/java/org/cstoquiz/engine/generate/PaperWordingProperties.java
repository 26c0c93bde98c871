package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.SingleChoice;

/** How a paper words its questions, as exam setters asked, over every pack's bank. */
class PaperWordingProperties {

    @Provide
    Arbitrary<BankProperties.Case> cases() {
        return PaperDistractorProperties.everyPackAtThreeSeeds();
    }

    private static final Pattern FIGURE_FIRST = Pattern.compile("(?m)^(\\d\\. )?\\d{1,2} (?!(is|are|was|were|and|or|only)\\b)([a-z]|[A-Z]{2})");

    /** "Five member states reached …", never "5 member states reached …", in a stem, a statement or an option. */
    @Property(tries = 3)
    void no_sentence_begins_with_a_figure(@ForAll("cases") BankProperties.Case c) {
        for (GeneratedQuestion g : c.bank().generated()) {
            String stem = g.question().stem().replaceFirst("^True or false\\? ", "");
            assertThat(FIGURE_FIRST.matcher(stem).find()).as(g.question().stem()).isFalse();
            if (g.question().body() instanceof SingleChoice sc) {
                for (Choice choice : sc.choices()) {
                    // an option that is a sentence, not a quantity ("30 combat aircraft")
                    boolean sentence = choice.text().split(" ").length >= 5;
                    assertThat(sentence && FIGURE_FIRST.matcher(choice.text()).find()).as("%s: %s", g.question().stem(), choice.text()).isFalse();
                }
            }
        }
    }

    /** "What does the International Staff do?" — of what? A body of the organization is named as its own. */
    @Property(tries = 3)
    void a_body_asked_about_is_named_as_the_organizations(@ForAll("cases") BankProperties.Case c) {
        List<String> names = c.facts().primaryOrganization().allNames().stream().map(Names::bare).toList();
        int checked = 0;
        for (GeneratedQuestion g : PaperDistractorProperties.of(c, "organ-function", "organ-role", "organ-composition")) {
            if (c.facts().find(g.question().factIds().getFirst()).filter(f -> f instanceof Organ).isPresent()
                    && g.question().stem().startsWith("What ")) {
                checked++;
                assertThat(names).as(g.question().stem())
                        .anyMatch(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(g.question().stem()).find());
            }
        }
        assertThat(checked).isPositive();
    }

    /** "Which state joined NATO in 1955?" offers West Germany, not Germany: a state is named as it was then. */
    @Property(tries = 3)
    void a_state_is_named_as_it_was_at_the_date_asked(@ForAll("cases") BankProperties.Case c) {
        List<org.cstoquiz.domain.Country> renamed = c.facts().countries().stream().filter(x -> x.formerName().isPresent()).toList();
        int checked = 0;
        for (GeneratedQuestion g : c.bank().generated()) {
            if (g.timeFrame().isEmpty() || !(g.question().body() instanceof SingleChoice sc)) {
                continue;
            }
            for (org.cstoquiz.domain.Country country : renamed) {
                if (g.timeFrame().get().isCertainlyBefore(country.formerName().get().until())) {
                    for (Choice choice : sc.choices()) {
                        if (choice.text().equals(country.displayName()) || choice.text().equals(country.formerName().get().name())) {
                            checked++;
                            assertThat(choice.text()).as(g.question().stem()).isEqualTo(country.formerName().get().name());
                        }
                    }
                }
            }
        }
        assertThat(checked > 0 || renamed.isEmpty()).as("renamed states offered before their change").isTrue();
    }
}
