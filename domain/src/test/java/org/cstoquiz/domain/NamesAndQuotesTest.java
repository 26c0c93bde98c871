package org.cstoquiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesAndQuotesTest {

    @Test
    void typedNamesIgnoreCaseAccentsAndPunctuation() {
        Place chisinau = new Place("place.chisinau", Area.DATES, "Chișinău", List.of("Chisinau"),
                Optional.of(PlaceKind.CITY), Optional.empty(), Optional.empty(), List.of(TestFacts.CITE));
        assertThat(chisinau.answersTo("chisinau")).isTrue();
        assertThat(chisinau.answersTo("CHIȘINĂU")).isTrue();
        assertThat(chisinau.answersTo("Chisinau.")).isTrue();
        assertThat(chisinau.answersTo("Kishinev")).isFalse();
        assertThat(chisinau.answersTo("  ")).isFalse();
        Country russia = TestFacts.country("country.russia", "Russia", "Russian Federation");
        Country alsoRussia = TestFacts.country("country.rf", "The Russian Federation");
        assertThat(russia.sharesNameWith(alsoRussia)).isTrue();
        assertThat(russia.sharesNameWith(TestFacts.country("country.belarus", "Belarus"))).isFalse();
    }

    @Test
    void aStateIsNamedAsItWasAtTheDateAskedNotByItsLaterName() {
        Country germany = new Country("country.germany", Area.MEMBERS, "Germany", Optional.empty(), List.of("the Federal Republic of Germany"),
                Optional.empty(), Optional.of(new Country.FormerName("West Germany", PartialDate.ofDay(1990, 10, 3))), List.of(TestFacts.CITE));
        assertThat(germany.allNamesAt(PartialDate.ofYear(1955))).containsExactly("the Federal Republic of Germany", "West Germany");
        assertThat(germany.allNamesAt(PartialDate.ofYear(2004))).contains("Germany", "West Germany");
        assertThat(TestFacts.country("country.spain", "Spain").allNamesAt(PartialDate.ofYear(1982))).containsExactly("Spain");
    }

    @Test
    void oneNormaliserForGradingAndForTellingOptionsApart() {
        assertThat(Names.normalize("Nur-Sultan")).isEqualTo("nur sultan");
        assertThat(Names.normalize("  Kyrgyz   Republic ")).isEqualTo("kyrgyz republic");
        assertThat(Names.normalize("the Kyrgyz Republic")).isEqualTo("kyrgyz republic");
        assertThat(Names.normalize("Côte d’Ivoire")).isEqualTo("cote divoire");
        assertThat(Names.normalize("Łódź")).isEqualTo("lodz");
        assertThat(Names.normalize("Straße")).isEqualTo("strasse");
        assertThat(Names.same("Chișinău", "Chişinău")).isTrue(); // comma below vs cedilla
        assertThat(Names.normalize("Theresa")).isEqualTo("theresa");
    }

    @Test
    void namesAreWrittenAsInASentenceAndShownBare() {
        assertThat(Names.bare("the Collective Security Council")).isEqualTo("Collective Security Council");
        assertThat(Names.bare("NATO")).isEqualTo("NATO");
        assertThat(Names.bare("southern Kyrgyzstan")).isEqualTo("Southern Kyrgyzstan");
        Organization nato = TestFacts.organization("org.nato", "the North Atlantic Treaty Organization");
        assertThat(nato.label()).isEqualTo("North Atlantic Treaty Organization");
        assertThat(nato.answersTo("North Atlantic Treaty Organization")).isTrue();
    }

    @Test
    void quotesForgiveOnlyWhitespaceAndTypography() {
        String source = "The CSTO, created in 2002,\n  has its origins in the 1992 “Collective Security Treaty” — it’s old.";
        assertThat(Quotes.occursIn("created in 2002, has its origins", source)).isTrue();
        assertThat(Quotes.occursIn("\"Collective Security Treaty\" - it's old.", source)).isTrue();
        assertThat(Quotes.occursIn("created in 2003", source)).isFalse();
        assertThat(Quotes.occursIn("the csto", source)).isFalse();
        assertThat(Quotes.occursIn("   ", source)).isFalse();
        assertThat(Quotes.normalize("a\u00a0–\tb")).isEqualTo("a - b");
    }

    @Test
    void figuresDisplayTheirQualifierAndUnit() {
        Figure f = new Figure("figure.crrf", Area.FIGURES, "personnel", new java.math.BigDecimal("20000"), "people",
                Qualifier.ABOUT, Optional.empty(), Optional.empty(), Optional.of(PartialDate.parse("2009")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(TestFacts.CITE));
        assertThat(f.display()).isEqualTo("about 20,000 people");
        assertThat(f.approximate()).isTrue();
        assertThat(f.label()).isEqualTo("personnel: about 20,000 people (as of 2009)");
    }
}
