package org.cstoquiz.app.bank;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;
import org.cstoquiz.engine.stats.ItemStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Item statistics of the bank's questions from learners' graded attempts, and their CSV export. */
@Service
public class ItemStatisticsService {

    static final String[] CSV_HEADER = {"question_id", "area", "type", "stem", "attempts", "facility_percent",
        "discrimination_percent", "negative_discrimination", "most_chosen_wrong_option"};

    private final List<AnswerHistory> histories;

    public ItemStatisticsService(List<AnswerHistory> histories) {
        this.histories = histories;
    }

    /** Question id → statistic, for the questions that have been answered in a closed attempt. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Map<String, ItemStatistic> byQuestion() {
        var answers = histories.stream().flatMap(h -> h.gradedAnswers().stream()).toList();
        return ItemStatistics.of(answers).stream().collect(Collectors.toMap(ItemStatistic::questionId, Function.identity()));
    }

    /** One row per question of {@code questions} that has statistics, in that order. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public String csv(List<Question> questions, Map<String, ItemStatistic> stats) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (Question q : questions) {
                ItemStatistic s = stats.get(q.id());
                if (s != null) {
                    csv.printRecord(q.id(), q.area().key(), q.type().jsonName(), q.stem(), s.attempts(),
                            String.format(Locale.ROOT, "%.1f", s.facility()),
                            s.discrimination().isPresent() ? String.format(Locale.ROOT, "%.1f", s.discrimination().getAsDouble()) : "",
                            s.flagged(), s.mostChosenWrong().orElse(""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
