package org.cstoquiz.app.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.app.bank.ItemStatisticsService;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What instructors look at: every question reported and not yet answered, every one its statistics
 * flag, and every one curated, each with its reports, statistics and flags.
 */
@Component
class CurationQueue {

    static final double LOW_FACILITY = 20;
    static final double HIGH_FACILITY = 95;

    private final CuratedQuestionRepository curated;
    private final QuestionReportRepository reports;
    private final QuestionBankService bank;
    private final ItemStatisticsService statistics;
    private final TransactionTemplate readOnly;
    private final int minAnswers;

    CurationQueue(CuratedQuestionRepository curated, QuestionReportRepository reports, QuestionBankService bank,
                  ItemStatisticsService statistics, CurationTransactions transactionTemplates,
                  @Value("${csto-quiz.curation.min-answers:5}") int minAnswers) {
        this.curated = curated;
        this.reports = reports;
        this.bank = bank;
        this.statistics = statistics;
        this.readOnly = transactionTemplates.readOnly;
        this.minAnswers = minAnswers;
    }

    /** How many answers a question needs before its facility can flag it. */
    int minAnswers() {
        return minAnswers;
    }

    /** The decisions about the questions of pack {@code pack}, oldest first. */
    List<Curation> curations(String pack) {
        return readOnly.execute(status -> curated.findByPackOrderByIdAsc(pack).stream()
                .map(CuratedQuestion::toCuration).toList());
    }

    /**
     * Every question reported and not yet answered, every one its statistics flag, and every one
     * curated (retired, edited, stale or no longer generated), reported ones first.
     */
    List<CurationItem> items() {
        Bank generated = bank.generated(CurationService.SERVED_SEED);
        List<Curation> all = curations(generated.packId());
        AppliedCuration applied = AppliedCuration.of(generated, all);
        Map<String, ItemStatistic> stats = statistics.byQuestion();
        List<Report> open = readOnly.execute(status -> reports.findByResolvedAtIsNullOrderByReportedAtAsc().stream()
                .map(QuestionReport::toReport).toList());
        Map<String, List<Report>> reportsById = open.stream().collect(Collectors.groupingBy(Report::questionId));
        Map<String, Curation> curationByServedId = new HashMap<>();
        for (Curation curation : all) {
            applied.current(curation).ifPresent(current -> curationByServedId.put(current.id(), curation));
            curation.edited().ifPresent(edited -> curationByServedId.put(edited.id(), curation));
            curationByServedId.putIfAbsent(curation.questionId(), curation);
        }
        Map<String, CurationItem> items = new LinkedHashMap<>();
        Set<String> reportedAttached = new LinkedHashSet<>();
        for (Question served : applied.served().questions()) {
            Optional<Curation> curation = Optional.ofNullable(curationByServedId.get(served.id()));
            List<Report> itsReports = reportsOf(served, curation, applied, reportsById, reportedAttached);
            Optional<ItemStatistic> stat = Optional.ofNullable(stats.get(served.id()));
            List<String> flags = stat.map(this::flags).orElse(List.of());
            boolean stale = curation.map(applied::isStale).orElse(false);
            if (curation.isEmpty() && itsReports.isEmpty() && flags.isEmpty()) {
                continue;
            }
            String key = curation.map(Curation::questionId).orElse(served.id());
            Optional<Question> generatedNow = curation.flatMap(applied::current).filter(now -> !now.id().equals(served.id()));
            items.put(key, new CurationItem(key, served, generatedNow,
                    curation.flatMap(Curation::edited).isPresent() ? Status.EDITED : Status.SERVED,
                    curation, stale, itsReports, stat, flags));
        }
        for (Curation curation : all) {
            if (items.containsKey(curation.questionId())) {
                continue;
            }
            Optional<Question> now = applied.current(curation);
            Question shown = now.orElse(curation.original());
            List<Report> itsReports = reportsOf(shown, Optional.of(curation), applied, reportsById, reportedAttached);
            items.put(curation.questionId(), new CurationItem(curation.questionId(), curation.edited().orElse(shown),
                    now.filter(q -> curation.edited().isPresent()), now.isPresent() ? Status.RETIRED : Status.NOT_IN_BANK,
                    Optional.of(curation), applied.isStale(curation), itsReports, Optional.empty(), List.of()));
        }
        for (Map.Entry<String, List<Report>> reported : reportsById.entrySet()) {
            if (!reportedAttached.contains(reported.getKey()) && !items.containsKey(reported.getKey())) {
                Question asSeen = readOnly.execute(status -> reports.findById(reported.getValue().getLast().id())
                        .map(r -> QuestionJson.read(r.getQuestion())).orElseThrow());
                items.put(reported.getKey(), new CurationItem(reported.getKey(), asSeen, Optional.empty(),
                        Status.NOT_IN_BANK, Optional.empty(), false, reported.getValue(), Optional.empty(), List.of()));
            }
        }
        return items.values().stream()
                .sorted(Comparator.comparing((CurationItem item) -> item.reports().isEmpty())
                        .thenComparing(item -> !item.needsAttention())
                        .thenComparing(item -> -item.reports().size()))
                .toList();
    }

    /** The item with this key, if it still needs one. */
    Optional<CurationItem> item(String key) {
        return items().stream().filter(item -> item.key().equals(key)).findFirst();
    }

    private static List<Report> reportsOf(Question shown, Optional<Curation> curation, AppliedCuration applied,
                                          Map<String, List<Report>> reportsById, Set<String> attached) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(shown.id());
        curation.ifPresent(c -> {
            ids.add(c.questionId());
            c.edited().ifPresent(edited -> ids.add(edited.id()));
            applied.current(c).ifPresent(now -> ids.add(now.id()));
        });
        List<Report> found = new ArrayList<>();
        for (String id : ids) {
            if (attached.add(id)) {
                found.addAll(reportsById.getOrDefault(id, List.of()));
            }
        }
        found.sort(Comparator.comparing(Report::reportedAt));
        return found;
    }

    /** What a question's statistics say is wrong (facility only once it has enough answers). */
    List<String> flags(ItemStatistic stat) {
        List<String> flags = new ArrayList<>();
        if (stat.flagged()) {
            flags.add(String.format(Locale.ROOT, "negative discrimination (%.0f%%)", stat.discrimination().getAsDouble()));
        }
        if (stat.attempts() >= minAnswers && stat.facility() < LOW_FACILITY) {
            flags.add(String.format(Locale.ROOT, "facility %.0f%% (under %.0f%%): hardly anyone gets it right",
                    stat.facility(), LOW_FACILITY));
        }
        if (stat.attempts() >= minAnswers && stat.facility() > HIGH_FACILITY) {
            flags.add(String.format(Locale.ROOT, "facility %.0f%% (over %.0f%%): nearly everyone gets it right",
                    stat.facility(), HIGH_FACILITY));
        }
        return flags;
    }

}
