package org.cstoquiz.app.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cstoquiz.app.review.ReviewHistory.Answer;
import org.cstoquiz.app.review.ReviewHistory.FactRecord;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.FsrsScheduler;
import org.cstoquiz.engine.schedule.Rating;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The dashboard's figures against a scripted history whose right answers are worked out by hand
 * below, with the real FSRS scheduler building the cards.
 *
 * <p>The script, all on Monday 23 November 2026 at 09:00 UTC (T0):
 * <ul>
 *   <li>Dates: seven new facts d1–d7 reviewed once each; d1–d4 right (Good), d5–d7 wrong (Again):
 *       3 of 7 reviews failed. The area has 10 facts.</li>
 *   <li>Organs: o1 right (Good); o2 right (Good), then wrong (Again) ten minutes later. The area has
 *       4 facts.</li>
 * </ul>
 *
 * <p>A card rated Good when new has stability S = w2 = 2.3065 days. FSRS-6's forgetting curve is
 * R(t) = (1 + F·t/S)^(−0.1542) with t in whole days since the last review and
 * F = 0.9^(1/−0.1542) − 1 = e^(0.6832713) − 1 = 0.98034649.
 * <ul>
 *   <li>Half an hour after T0: t = 0, so R = 1 for every card.</li>
 *   <li>Three days after T0: R = (1 + 0.98034649 × 3 / 2.3065)^(−0.1542) = 2.27510924^(−0.1542)
 *       = e^(−0.1542 × 0.82202807) = e^(−0.12675673) = 0.88094796.</li>
 * </ul>
 * A fact whose latest answer was wrong (d5–d7, o2) counts 0 whatever its card says.
 */
class ProgressTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final FsrsScheduler FSRS = FsrsScheduler.withDefaults();
    private static final Map<Area, Integer> TOTALS = Map.of(Area.DATES, 10, Area.ORGANS, 4);
    private static final double R_3_DAYS = 0.88094796;

    /** A fact reviewed with {@code ratings} at T0, T0 + 10 min, ...; Again counts as a wrong answer. */
    private static FactRecord reviewed(String fact, Area area, Rating... ratings) {
        Card card = Card.newCard(T0);
        Instant at = T0;
        int right = 0;
        for (Rating rating : ratings) {
            card = FSRS.review(card, rating, at).next();
            right += rating == Rating.AGAIN ? 0 : 1;
            at = at.plus(Duration.ofMinutes(10));
        }
        return new FactRecord(fact, area, card, ratings.length, right, ratings[ratings.length - 1] != Rating.AGAIN);
    }

    private static List<FactRecord> script() {
        List<FactRecord> facts = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            facts.add(reviewed("d" + i, Area.DATES, i <= 4 ? Rating.GOOD : Rating.AGAIN));
        }
        facts.add(reviewed("o1", Area.ORGANS, Rating.GOOD));
        facts.add(reviewed("o2", Area.ORGANS, Rating.GOOD, Rating.AGAIN));
        return facts;
    }

    private static ToDoubleFunction<Card> recallAt(Instant now) {
        return card -> FSRS.retrievability(card, now);
    }

    private static Progress.AreaMastery of(List<Progress.AreaMastery> mastery, Area area) {
        return mastery.stream().filter(m -> m.area() == area).findFirst().orElseThrow();
    }

    @Test
    void aFactJustAnsweredWrongIsNotRecalledAndThreeFailuresInSevenAreNotFullMastery() {
        Instant halfAnHourLater = T0.plus(Duration.ofMinutes(30));
        assertThat(FSRS.retrievability(script().get(4).card(), halfAnHourLater)).as("FSRS alone says 100 %").isEqualTo(1.0);

        List<Progress.AreaMastery> mastery = Progress.mastery(script(), recallAt(halfAnHourLater), TOTALS);

        // Dates: (4 × 1 + 3 × 0) / 10 = 40 %, of 7 facts seen; the mean FSRS recall of the facts seen would say 100 %
        assertThat(of(mastery, Area.DATES).recalled()).isEqualTo(4.0);
        assertThat(of(mastery, Area.DATES).percent()).isEqualTo(40.0);
        assertThat(of(mastery, Area.DATES).seen()).isEqualTo(7);
        // Organs: (1 + 0) / 4 = 25 %
        assertThat(of(mastery, Area.ORGANS).percent()).isEqualTo(25.0);
        assertThat(of(mastery, Area.PEOPLE).percent()).isZero();
        assertThat(mastery).hasSize(Area.values().length);

        // weakest: recall 0 first; among them the lower share right (0 of 1 before 1 of 2); d1–d4 and o1 (recall 1,
        // never wrong) are not weak
        List<Progress.WeakFact> weakest = Progress.weakest(script(), recallAt(halfAnHourLater), 8);
        assertThat(weakest).extracting(Progress.WeakFact::factId).containsExactly("d5", "d6", "d7", "o2");
        assertThat(weakest.getFirst()).satisfies(w -> {
            assertThat(w.recall()).isZero();
            assertThat(w.lastRight()).isFalse();
            assertThat(w.answered()).isEqualTo(1);
            assertThat(w.right()).isZero();
        });
        assertThat(weakest.getLast().right()).isEqualTo(1);
        assertThat(weakest.getLast().answered()).isEqualTo(2);
    }

    @Test
    void threeDaysLaterTheForgettingCurveLowersMasteryAndNewWeakFactsAppear() {
        Instant threeDaysLater = T0.plus(Duration.ofDays(3));
        assertThat(FSRS.retrievability(script().getFirst().card(), threeDaysLater)).isEqualTo(R_3_DAYS);

        List<Progress.AreaMastery> mastery = Progress.mastery(script(), recallAt(threeDaysLater), TOTALS);

        // Dates: 4 × 0.88094796 / 10 = 0.35237918 → 35.24 %; Organs: 0.88094796 / 4 = 0.22023699 → 22.02 %
        assertThat(of(mastery, Area.DATES).recalled()).isCloseTo(3.52379184, within(1e-8));
        assertThat(of(mastery, Area.DATES).percent()).isCloseTo(35.237918, within(1e-6));
        assertThat(of(mastery, Area.ORGANS).percent()).isCloseTo(22.023699, within(1e-6));

        // d1–d4 and o1 are now below 90 %: after the recall-0 facts, in fact-id order (same recall, all right 1 of 1)
        assertThat(Progress.weakest(script(), recallAt(threeDaysLater), 8)).extracting(Progress.WeakFact::factId)
                .containsExactly("d5", "d6", "d7", "o2", "d1", "d2", "d3", "d4");
        assertThat(Progress.weakest(script(), recallAt(threeDaysLater), 9).getLast())
                .satisfies(w -> assertThat(w.recall()).isEqualTo(R_3_DAYS));
    }

    private static Answer answer(LocalDate day, int hour, boolean correct) {
        return new Answer("fact", Area.DATES, correct, correct ? Rating.GOOD : Rating.AGAIN,
                day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void dailyScoresCountAnswersPerDayWithinTheWindow() {
        List<Answer> answers = List.of(answer(TODAY.minusDays(40), 10, true), answer(TODAY.minusDays(2), 10, true),
                answer(TODAY.minusDays(2), 10, false), answer(TODAY, 10, true));

        List<Progress.DayScore> scores = Progress.dailyScores(answers, TODAY, 30, UTC);

        assertThat(scores).containsExactly(new Progress.DayScore(TODAY.minusDays(2), 2, 1),
                new Progress.DayScore(TODAY, 1, 1));
        assertThat(scores.getFirst().percent()).isEqualTo(50.0);
    }

    /**
     * Two answers, at 11:00 UTC on 22 November and 09:00 UTC on 23 November, seen at 09:30 UTC on the
     * 23rd. In UTC they are on two days (a 2-day streak, two days of scores); in Kiritimati (UTC+14)
     * they are at 01:00 and 23:00 on the same day, 23 November, which is also "today" there: a 1-day
     * streak and one day with both answers.
     */
    @Test
    void daysAreTheLearnersDays() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        List<Answer> answers = List.of(new Answer("a", Area.DATES, true, Rating.GOOD, Instant.parse("2026-11-22T11:00:00Z")),
                new Answer("b", Area.DATES, false, Rating.AGAIN, Instant.parse("2026-11-23T09:00:00Z")));
        List<Instant> activity = answers.stream().map(Answer::at).toList();
        Instant now = Instant.parse("2026-11-23T09:30:00Z");
        LocalDate utcToday = LocalDate.ofInstant(now, UTC);
        LocalDate kiritimatiToday = LocalDate.ofInstant(now, kiritimati);
        assertThat(utcToday).isEqualTo(kiritimatiToday).isEqualTo(TODAY);

        assertThat(Progress.streak(activity, utcToday, UTC)).isEqualTo(2);
        assertThat(Progress.streak(activity, kiritimatiToday, kiritimati)).isEqualTo(1);
        assertThat(Progress.dailyScores(answers, utcToday, 30, UTC)).containsExactly(
                new Progress.DayScore(TODAY.minusDays(1), 1, 1), new Progress.DayScore(TODAY, 1, 0));
        assertThat(Progress.dailyScores(answers, kiritimatiToday, 30, kiritimati)).containsExactly(
                new Progress.DayScore(TODAY, 2, 1));
    }

    @Test
    void theStreakCountsConsecutiveDaysEndingTodayOrYesterday() {
        assertThat(Progress.streak(List.of(), TODAY, UTC)).isZero();
        assertThat(Progress.streak(List.of(at(TODAY), at(TODAY.minusDays(1)), at(TODAY.minusDays(3))), TODAY, UTC))
                .isEqualTo(2);
        assertThat(Progress.streak(List.of(at(TODAY.minusDays(1)), at(TODAY.minusDays(2))), TODAY, UTC)).isEqualTo(2);
        assertThat(Progress.streak(List.of(at(TODAY.minusDays(2))), TODAY, UTC)).isZero();
    }

    @Test
    void answersPerAreaLeaveBlanksOutAndKeepTheWindow() {
        Instant since = T0.minus(Duration.ofDays(30));
        List<Progress.Graded> graded = List.of(
                new Progress.Graded(Area.DATES, GradeState.CORRECT, T0),
                new Progress.Graded(Area.DATES, GradeState.INCORRECT, T0),
                new Progress.Graded(Area.DATES, GradeState.PARTIALLY_CORRECT, T0),
                new Progress.Graded(Area.DATES, GradeState.BLANK, T0),
                new Progress.Graded(Area.ORGANS, GradeState.CORRECT, T0),
                new Progress.Graded(Area.ORGANS, GradeState.CORRECT, since.minusSeconds(1)));

        List<Progress.AreaAnswers> perArea = Progress.answersPerArea(graded, since);

        assertThat(perArea).hasSize(Area.values().length);
        assertThat(perArea).filteredOn(a -> a.area() == Area.DATES).singleElement()
                .isEqualTo(new Progress.AreaAnswers(Area.DATES, 3, 1));
        assertThat(perArea).filteredOn(a -> a.area() == Area.ORGANS).singleElement()
                .isEqualTo(new Progress.AreaAnswers(Area.ORGANS, 1, 1));
    }

    @Test
    void chartsAreWellFormedSvgWithEscapedTextAndATooltipPerPoint() throws Exception {
        String line = SvgCharts.percentLine("Scores <script>&", "A description", List.of(
                new SvgCharts.Point("1", 50, "1. Practice session, Sun 6 Dec 2026, 14:05: 50%"),
                new SvgCharts.Point("2", 100, "2. Practice session, Sun 6 Dec 2026, 14:30: 100%"),
                new SvgCharts.Point("3", -20, "3. Exam style, Sun 6 Dec 2026, 16:00: -20%")), 12);
        String bars = SvgCharts.bars("Mastery", "d", List.of(new SvgCharts.Point("Dates \"&\" <b>", 70)), 100, "%");
        String paired = SvgCharts.pairedBars("Per area", "d", List.of("Review", "Practice and tests"),
                List.of(new SvgCharts.Pair("Dates", 50, "1 of 2 (50%)", 0, "none")));

        Document lineDoc = parse(line);
        assertThat(lineDoc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(lineDoc.getElementsByTagName("script").getLength()).isZero();
        assertThat(lineDoc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Scores <script>&");
        assertThat(lineDoc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Scores <script>&");
        List<String> tooltips = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tooltips.add(lineDoc.getElementsByTagName("circle").item(i).getTextContent());
        }
        assertThat(tooltips).containsExactly("1. Practice session, Sun 6 Dec 2026, 14:05: 50%",
                "2. Practice session, Sun 6 Dec 2026, 14:30: 100%", "3. Exam style, Sun 6 Dec 2026, 16:00: -20%");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < lineDoc.getElementsByTagName("text").getLength(); i++) {
            labels.add(lineDoc.getElementsByTagName("text").item(i).getTextContent());
        }
        assertThat(labels).contains("1", "2", "3");
        Document barsDoc = parse(bars);
        assertThat(barsDoc.getElementsByTagName("rect").getLength()).isEqualTo(1);
        assertThat(barsDoc.getElementsByTagName("b").getLength()).isZero();
        assertThat(parse(paired).getElementsByTagName("rect").getLength()).isEqualTo(4); // two legend keys, two bars
        assertThat(parse(SvgCharts.percentLine("Empty", "", List.of(), 6)).getDocumentElement().getTextContent())
                .contains("No answers yet");
    }

    @Test
    void aLongSeriesWritesOnlySomeLabelsButEveryPointKeepsItsTooltip() throws Exception {
        List<SvgCharts.Point> points = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            points.add(new SvgCharts.Point(String.valueOf(i), 5 * i, "session " + i));
        }
        Document doc = parse(SvgCharts.percentLine("Scores", "", points, 12));
        List<String> axis = new ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("text").getLength(); i++) {
            String text = doc.getElementsByTagName("text").item(i).getTextContent();
            if (!text.endsWith("%")) {
                axis.add(text);
            }
        }
        assertThat(axis).containsExactly("1", "3", "5", "7", "9", "11", "13", "15", "17", "19");
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(20);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
