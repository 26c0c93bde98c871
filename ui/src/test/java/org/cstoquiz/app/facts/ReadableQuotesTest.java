package org.cstoquiz.app.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Source;
import org.junit.jupiter.api.Test;

class ReadableQuotesTest {

    private static final String TABLE = "003_e4b088d5d6c952e1.txt";
    private static final Source CONTEXT = new Source(TABLE,
            "The following list is sourced from the 2018 edition of \"The Military Balance\"");
    private static final Source HEADER = new Source(TABLE, "Flag Country Active military Reserve military Paramilitary Total");
    private static final Source ROW = new Source(TABLE, "Russia Russia[40][Note 3] 900,000 2,000,000 554,000 3,454,000");

    @Test
    void aTableRowQuotedWithItsHeaderReadsAsTheSentenceItsFiguresBelongTo() {
        assertThat(ReadableQuotes.of(List.of(CONTEXT, HEADER, ROW))).containsExactly(
                new ReadableQuotes.Quote(TABLE, CONTEXT.quote(), true),
                new ReadableQuotes.Quote(TABLE, "Russia: active military 900,000, reserve military 2,000,000, "
                        + "paramilitary 554,000, total 3,454,000", false));
    }

    @Test
    void aRowWithoutItsHeaderKeepsItsCellsAndTheNameOnce() {
        assertThat(ReadableQuotes.of(List.of(ROW))).containsExactly(
                new ReadableQuotes.Quote(TABLE, "Russia 900,000 2,000,000 554,000 3,454,000", true));
    }

    @Test
    void referenceMarksAreDroppedAndTheRestKeptWordForWord() {
        assertThat(ReadableQuotes.withoutMarks("signed in 1992[12] by six states[citation needed][a]."))
                .isEqualTo("signed in 1992 by six states.");
        assertThat(ReadableQuotes.withoutMarks("Armenia full member 1994")).isEqualTo("Armenia full member 1994");
        assertThat(ReadableQuotes.withoutMarks("the [Collective] Security Council")).as("brackets that are words stay")
                .isEqualTo("the [Collective] Security Council");
    }

    @Test
    void aHeaderOfAnotherDocumentOrAnotherWidthIsNotUsed() {
        Source otherDocument = new Source("001_e90d4222fed7800f.txt", HEADER.quote());
        Source narrowHeader = new Source(TABLE, "Country Membership Year of entry");
        assertThat(ReadableQuotes.of(List.of(otherDocument, ROW))).extracting(ReadableQuotes.Quote::verbatim)
                .containsExactly(true, true);
        assertThat(ReadableQuotes.of(List.of(narrowHeader, ROW))).hasSize(2);
    }

    @Test
    void noQuoteOfTheWholeBankOrPackIsShownWithReferenceMarksOrAsARawTableRow() {
        FactBase csto = Packs.loadAll(Optional.empty()).getFirst();
        Pattern marks = Pattern.compile("\\[(\\d+|Note \\d+)]");
        Pattern rawRow = Pattern.compile("^(\\p{Lu}\\p{L}+) \\1\\b.*");
        List<List<Source>> shown = new java.util.ArrayList<>();
        QuestionBank.generate(csto, 42).questions().forEach(question -> shown.add(question.sources()));
        // the facts kept for study (the personnel table's rows among them) are read with their sources too
        csto.facts().forEach(fact -> shown.add(fact.citations().stream().map(c -> new Source(c.source(), c.quote())).toList()));
        int rows = 0;
        for (List<Source> sources : shown) {
            for (ReadableQuotes.Quote quote : ReadableQuotes.of(sources)) {
                assertThat(quote.text()).as(quote.document()).isNotBlank().doesNotContainPattern(marks)
                        .doesNotMatch(rawRow);
                rows += quote.verbatim() ? 0 : 1;
            }
        }
        assertThat(rows).as("figures from the personnel table written as sentences").isPositive();
    }
}
