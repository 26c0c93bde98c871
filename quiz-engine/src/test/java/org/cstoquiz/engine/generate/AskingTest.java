package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Event sentences turned into the questions a paper asks, and the sentences left in the plain form. */
class AskingTest {

    private final Wording words = new Wording(TestPacks.ALL.getFirst());

    @Test
    void aSentenceWithAKnownVerbIsAskedDirectly() {
        assertThat(Asking.question(words, "In which year", "Greece and Turkey joined NATO."))
                .contains("In which year did Greece and Turkey join NATO?");
        assertThat(Asking.question(words, "In which year", "The NATO-Russia Council was established in Rome."))
                .contains("In which year was the NATO-Russia Council established in Rome?");
        assertThat(Asking.question(words, "In which year", "Nikolai Bordyuzha, the CSTO Secretary General, suggested that Iran could join the CSTO."))
                .contains("In which year did Nikolai Bordyuzha, the CSTO Secretary General, suggest that Iran could join the CSTO?");
        assertThat(Asking.question(words, "In which year", "Kurmanbek Bakiyev was ousted as President of Kyrgyzstan after riots, and granted asylum in Belarus."))
                .contains("In which year was Kurmanbek Bakiyev ousted as President of Kyrgyzstan after riots, and granted asylum in Belarus?");
        assertThat(Asking.relative(words, "Enter the year in which", "The Warsaw Pact was dissolved."))
                .contains("Enter the year in which the Warsaw Pact was dissolved.");
    }

    @Test
    void aSentenceItCannotTurnKeepsThePlainForm() {
        // its place or date in front, a second verb "did" would leave in the past, two subjects, a verb it does not know
        assertThat(Asking.question(words, "In which year", "In Moscow, Armenia assumed the rotating CSTO presidency.")).isEmpty();
        assertThat(Asking.question(words, "In which year", "Armenia announced its intention to withdraw and declined to contribute to the budget.")).isEmpty();
        assertThat(Asking.question(words, "In which year", "Armenia invoked Article 4, and remained dissatisfied.")).isEmpty();
        assertThat(Asking.question(words, "In which year",
                "Germany was reunified and the territory of the former East Germany became part of NATO.")).isEmpty();
        assertThat(Asking.question(words, "In which year", "Kyrgyzstan hosted the summit.")).isEmpty();
        assertThat(Asking.relative(words, "Enter the year in which", "Kyrgyzstan hosted the summit.")).isEmpty();
    }
}
