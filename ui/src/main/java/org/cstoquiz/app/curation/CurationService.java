package org.cstoquiz.app.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
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
import org.cstoquiz.app.bank.BankCuration;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.ItemStatisticsService;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.app.curation.QuestionReport.Resolution;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Curation: people fix what the generator cannot. A learner reports a problem with a question; an
 * instructor sees the questions reported and those their statistics flag, and retires a question
 * (it is never served again; attempts that used it keep it) or corrects it (an edited copy is
 * served and exported in its place). Every decision is kept, with who made it and when, and is
 * applied to every bank served ({@link BankCuration}), so it holds across restarts and on every
 * instance.
 */
@Service
public class CurationService implements BankCuration {

    /** The seed of the bank learners are served, which the instructors curate. */
    public static final long SERVED_SEED = ExportRequest.DEFAULT_SEED;
    public static final int MAX_NOTE = 500;
    static final double LOW_FACILITY = 20;
    static final double HIGH_FACILITY = 95;
    private static final String INSTRUCTORS = "hasRole('INSTRUCTOR')";

    private final CuratedQuestionRepository curated;
    private final CurationEventRepository events;
    private final QuestionReportRepository reports;
    private final QuestionBankService bank;
    private final ItemStatisticsService statistics;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final int minAnswers;

    CurationService(CuratedQuestionRepository curated, CurationEventRepository events, QuestionReportRepository reports,
                    QuestionBankService bank, ItemStatisticsService statistics, Clock clock,
                    PlatformTransactionManager transactionManager,
                    @Value("${csto-quiz.curation.min-answers:5}") int minAnswers) {
        this.curated = curated;
        this.events = events;
        this.reports = reports;
        this.bank = bank;
        this.statistics = statistics;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.minAnswers = minAnswers;
    }

    /** How many answers a question needs before its facility can flag it. */
    public int minAnswers() {
        return minAnswers;
    }

    // ---------------------------------------------------------------- the curated bank

    @Override
    public Bank apply(Bank generated) {
        List<Curation> curations = curations(generated.packId());
        return curations.isEmpty() ? generated : AppliedCuration.of(generated, curations).served();
    }

    private List<Curation> curations(String pack) {
        return readOnly.execute(status -> curated.findByPackOrderByIdAsc(pack).stream()
                .map(CuratedQuestion::toCuration).toList());
    }

    // ---------------------------------------------------------------- learners

    /**
     * Reports a problem with {@code question} as the signed-in user saw it.
     *
     * @throws CurationException when the note is too long, or they already reported it and no
     *                           instructor has answered yet
     */
    @PreAuthorize("isAuthenticated()")
    public void report(Question question, Problem problem, String note) {
        String text = note == null ? "" : note.strip();
        if (problem == null) {
            throw new CurationException("Say what is wrong.");
        }
        if (text.length() > MAX_NOTE) {
            throw new CurationException("A note has at most " + MAX_NOTE + " characters.");
        }
        if (problem == Problem.OTHER && text.isEmpty()) {
            throw new CurationException("Say in a few words what is wrong.");
        }
        String reporter = currentUser();
        String pack = bank.bank(SERVED_SEED).packId();
        transactions.executeWithoutResult(status -> {
            if (reports.existsByQuestionIdAndReporterAndResolvedAtIsNull(question.id(), reporter)) {
                throw new CurationException("You have reported this question already; an instructor will look at it.");
            }
            reports.save(new QuestionReport(question.id(), QuestionJson.write(pack, SERVED_SEED, question), reporter,
                    problem, text, clock.instant()));
        });
    }

    /** Whether the signed-in user has reported {@code questionId} and no instructor has answered yet. */
    @PreAuthorize("isAuthenticated()")
    public boolean reportedByMe(String questionId) {
        String reporter = currentUser();
        return Boolean.TRUE.equals(readOnly.execute(status ->
                reports.existsByQuestionIdAndReporterAndResolvedAtIsNull(questionId, reporter)));
    }

    // ---------------------------------------------------------------- instructors: what to look at

    /**
     * Every question reported and not yet answered, every one its statistics flag, and every one
     * curated (retired, edited, stale or no longer generated), reported ones first.
     */
    @PreAuthorize(INSTRUCTORS)
    public List<CurationItem> items() {
        Bank generated = bank.generated(SERVED_SEED);
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
    @PreAuthorize(INSTRUCTORS)
    public Optional<CurationItem> item(String key) {
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

    /** Every decision about the question with this key, oldest first. */
    @PreAuthorize(INSTRUCTORS)
    public List<HistoryEntry> history(String key) {
        String pack = bank.generated(SERVED_SEED).packId();
        return readOnly.execute(status -> curated.findByPackAndQuestionId(pack, key)
                .map(row -> events.findByCuratedIdOrderByIdAsc(row.getId()).stream().map(CurationEvent::toEntry).toList())
                .orElse(List.of()));
    }

    // ---------------------------------------------------------------- instructors: decisions

    /** Retires the question: never served again; attempts that used it keep it. Its open reports are answered. */
    @PreAuthorize(INSTRUCTORS)
    public void retire(String key, String note) {
        change(key, note, (row, by, now) -> {
            if (row.isRetired()) {
                throw new CurationException("This question is retired already.");
            }
            row.retire(true, by, now);
            return new Change(HistoryEntry.Action.RETIRED, null, Resolution.RETIRED);
        });
    }

    /** Serves a retired question again. */
    @PreAuthorize(INSTRUCTORS)
    public void restore(String key, String note) {
        change(key, note, (row, by, now) -> {
            if (!row.isRetired()) {
                throw new CurationException("This question is not retired.");
            }
            row.retire(false, by, now);
            return new Change(HistoryEntry.Action.RESTORED, null, null);
        });
    }

    /**
     * Replaces the question by {@code edit} applied to it as served now (its edited copy, if it has
     * one): the copy is served and exported in its place from now on. The generated question as it
     * is now is taken as looked at, so the curation is no longer stale. Its open reports are answered.
     *
     * @return the edited copy
     * @throws CurationException saying what is wrong with the edit, with nothing stored
     */
    @PreAuthorize(INSTRUCTORS)
    public Question edit(String key, QuestionEdit edit, String note) {
        Question[] saved = new Question[1];
        change(key, note, (row, by, now) -> {
            Bank generated = bank.generated(SERVED_SEED);
            Curation current = row.toCuration();
            AppliedCuration applied = AppliedCuration.of(generated, List.of(current));
            Question generatedNow = applied.current(current)
                    .orElseThrow(() -> new CurationException("The generator no longer makes this question: retire it instead."));
            Question base = current.edited().orElse(generatedNow);
            Question copy;
            try {
                copy = edit.applyTo(base);
            } catch (IllegalArgumentException e) {
                throw new CurationException(e.getMessage());
            }
            if (QuestionJson.same(copy, base)) {
                throw new CurationException("Nothing was changed.");
            }
            boolean clash = applied.served().questions().stream()
                    .anyMatch(other -> other.id().equals(copy.id()) && !other.id().equals(base.id()));
            if (clash) {
                throw new CurationException("Another question of the bank reads exactly like this edit.");
            }
            String json = QuestionJson.write(row.getPack(), row.getBankSeed(), copy);
            row.edit(json, by, now);
            row.reviewed(QuestionJson.write(row.getPack(), row.getBankSeed(), generatedNow), by, now);
            saved[0] = copy;
            return new Change(HistoryEntry.Action.EDITED, json, Resolution.EDITED);
        });
        return saved[0];
    }

    /** Drops the edited copy: the generated question is served again. The edit stays in the history. */
    @PreAuthorize(INSTRUCTORS)
    public void revert(String key, String note) {
        change(key, note, (row, by, now) -> {
            if (row.getEdited().isEmpty()) {
                throw new CurationException("This question has no edited copy.");
            }
            row.edit(null, by, now);
            return new Change(HistoryEntry.Action.REVERTED, null, null);
        });
    }

    /** Takes the generated question as it is now as looked at: the curation is no longer stale. */
    @PreAuthorize(INSTRUCTORS)
    public void markReviewed(String key, String note) {
        change(key, note, (row, by, now) -> {
            Curation current = row.toCuration();
            Question generatedNow = AppliedCuration.of(bank.generated(SERVED_SEED), List.of(current)).current(current)
                    .orElseThrow(() -> new CurationException("The generator no longer makes this question."));
            String json = QuestionJson.write(row.getPack(), row.getBankSeed(), generatedNow);
            row.reviewed(json, by, now);
            return new Change(HistoryEntry.Action.REVIEWED, json, null);
        });
    }

    /** Answers the open reports on the question without changing it. */
    @PreAuthorize(INSTRUCTORS)
    public int dismissReports(String key) {
        String by = currentUser();
        Set<String> ids = relatedIds(key);
        return transactions.execute(status -> resolve(ids, Resolution.DISMISSED, by));
    }

    private record Change(HistoryEntry.Action action, String question, Resolution resolves) {
    }

    private interface Decision {
        Change make(CuratedQuestion row, String by, java.time.Instant now);
    }

    private void change(String key, String note, Decision decision) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new CurationException("A note has at most " + MAX_NOTE + " characters.");
        }
        String by = currentUser();
        try {
            transactions.executeWithoutResult(status -> {
                CuratedQuestion row = row(key, by);
                java.time.Instant now = clock.instant();
                Set<String> before = idsOf(row);
                Change change = decision.make(row, by, now);
                CuratedQuestion stored = curated.saveAndFlush(row);
                events.save(new CurationEvent(stored.getId(), change.action(), change.question(), text, by, now));
                if (change.resolves() != null) {
                    Set<String> ids = new LinkedHashSet<>(before);
                    ids.addAll(idsOf(stored));
                    resolve(ids, change.resolves(), by);
                }
            });
        } catch (OptimisticLockingFailureException e) {
            throw new CurationException("Someone else changed this question just now; look at it again.");
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, CuratedQuestion.UNIQUE)) {
                throw new CurationException("Someone else changed this question just now; look at it again.");
            }
            throw e;
        }
    }

    /** The curation row of the question with this key, made from the generated question when there is none yet. */
    private CuratedQuestion row(String key, String by) {
        Bank generated = bank.generated(SERVED_SEED);
        return curated.findByPackAndQuestionId(generated.packId(), key).orElseGet(() -> {
            Question question = generated.questions().stream().filter(q -> q.id().equals(key)).findFirst()
                    .orElseThrow(() -> new CurationException("There is no question " + key + " in the bank."));
            return new CuratedQuestion(generated.packId(), key, SERVED_SEED,
                    QuestionJson.write(generated.packId(), SERVED_SEED, question), by, clock.instant());
        });
    }

    private static Set<String> idsOf(CuratedQuestion row) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(row.getQuestionId());
        Curation curation = row.toCuration();
        ids.add(curation.original().id());
        curation.edited().ifPresent(edited -> ids.add(edited.id()));
        return ids;
    }

    private Set<String> relatedIds(String key) {
        String pack = bank.generated(SERVED_SEED).packId();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(key);
        readOnly.execute(status -> curated.findByPackAndQuestionId(pack, key)).ifPresent(row -> ids.addAll(idsOf(row)));
        return ids;
    }

    private int resolve(Collection<String> questionIds, Resolution how, String by) {
        List<QuestionReport> open = reports.findByQuestionIdInAndResolvedAtIsNull(questionIds);
        java.time.Instant now = clock.instant();
        open.forEach(report -> report.resolve(how, by, now));
        return open.size();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new CurationException("Log in first.");
        }
        return authentication.getName();
    }
}
