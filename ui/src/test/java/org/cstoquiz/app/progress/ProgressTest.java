package org.cstoquiz.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cstoquiz.app.review.ReviewHistory.Answer;
import org.cstoquiz.app.review.ReviewHistory.Recall;
import org.cstoquiz.engine.question.Area;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ProgressTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Answer answer(LocalDate day, boolean correct) {
        return new Answer("fact", Area.DATES, correct, day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void dailyScoresCountAnswersPerDayWithinTheWindow() {
        List<Answer> answers = List.of(answer(TODAY.minusDays(40), true), answer(TODAY.minusDays(2), true),
                answer(TODAY.minusDays(2), false), answer(TODAY, true));

        List<Progress.DayScore> scores = Progress.dailyScores(answers, TODAY, 30, UTC);

        assertThat(scores).containsExactly(new Progress.DayScore(TODAY.minusDays(2), 2, 1),
                new Progress.DayScore(TODAY, 1, 1));
        assertThat(scores.getFirst().percent()).isEqualTo(50.0);
    }

    @Test
    void theStreakCountsConsecutiveDaysEndingTodayOrYesterday() {
        assertThat(Progress.streak(List.of(), TODAY, UTC)).isZero();
        assertThat(Progress.streak(List.of(answer(TODAY, true), answer(TODAY.minusDays(1), false),
                answer(TODAY.minusDays(3), true)), TODAY, UTC)).isEqualTo(2);
        assertThat(Progress.streak(List.of(answer(TODAY.minusDays(1), true), answer(TODAY.minusDays(2), true)),
                TODAY, UTC)).isEqualTo(2);
        assertThat(Progress.streak(List.of(answer(TODAY.minusDays(2), true)), TODAY, UTC)).isZero();
    }

    @Test
    void masteryIsTheMeanRecallPerAreaAndWeakestComeFirst() {
        List<Recall> recall = List.of(new Recall("a", 0.9, 0), new Recall("b", 0.5, 2), new Recall("c", 0.5, 0),
                new Recall("d", 1.0, 0));
        Map<String, Area> areas = Map.of("a", Area.DATES, "b", Area.DATES, "c", Area.ORGANS, "d", Area.ORGANS);

        List<Progress.AreaMastery> mastery = Progress.mastery(recall, areas::get, Map.of(Area.DATES, 10, Area.ORGANS, 4));

        assertThat(mastery).hasSize(Area.values().length);
        assertThat(mastery.getFirst()).satisfies(m -> {
            assertThat(m.area()).isEqualTo(Area.DATES);
            assertThat(m.mastery()).isCloseTo(70.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(m.seen()).isEqualTo(2);
            assertThat(m.total()).isEqualTo(10);
        });
        assertThat(mastery).filteredOn(m -> m.area() == Area.PEOPLE).singleElement()
                .satisfies(m -> assertThat(m.seen()).isZero());
        assertThat(Progress.weakest(recall, 3)).extracting(Progress.WeakFact::factId).containsExactly("b", "c", "a");
    }

    @Test
    void chartsAreWellFormedSvgWithEscapedText() throws Exception {
        String line = SvgCharts.percentLine("Scores <script>&", List.of(new SvgCharts.Point("1 Nov", 50),
                new SvgCharts.Point("2 Nov", 100), new SvgCharts.Point("3 Nov", 0)));
        String bars = SvgCharts.bars("Mastery", List.of(new SvgCharts.Point("Dates \"&\" <b>", 70)), 100, "%");

        Document lineDoc = parse(line);
        assertThat(lineDoc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(lineDoc.getElementsByTagName("script").getLength()).isZero();
        assertThat(lineDoc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Scores <script>&");
        Document barsDoc = parse(bars);
        assertThat(barsDoc.getElementsByTagName("rect").getLength()).isEqualTo(1);
        assertThat(barsDoc.getElementsByTagName("b").getLength()).isZero();
        assertThat(parse(SvgCharts.percentLine("Empty", List.of())).getDocumentElement().getTextContent())
                .contains("No answers yet");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay(UTC).toInstant();
    }
}
