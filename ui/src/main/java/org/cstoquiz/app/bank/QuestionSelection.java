package org.cstoquiz.app.bank;

import java.util.List;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.paper.Draw;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

/** Picks the questions of a bank an export request asks for. */
public final class QuestionSelection {

    private QuestionSelection() {
    }

    /**
     * The questions of the request's areas and types, in bank order; with a count, a sample of that
     * many, chosen by the request's seed (the same request always gives the same sample).
     *
     * @throws BadExportRequest when nothing matches or the count is larger than what matches
     */
    public static QuestionSet select(Bank bank, ExportRequest request) {
        List<Question> matching = bank.questions().stream()
                .filter(q -> request.areas().isEmpty() || request.areas().contains(q.area()))
                .filter(q -> request.types().isEmpty() || request.types().contains(q.type()))
                .toList();
        if (matching.isEmpty()) {
            throw new BadExportRequest("no question matches " + describe(request));
        }
        if (request.count().isEmpty()) {
            return new QuestionSet(bank.packId(), bank.seed(), matching);
        }
        int count = request.count().getAsInt();
        if (count > matching.size()) {
            throw new BadExportRequest("count " + count + " is more than the " + matching.size()
                    + " questions that match " + describe(request));
        }
        return new QuestionSet(bank.packId(), bank.seed(), sample(matching, count, request.seed()));
    }

    /**
     * {@code count} of the questions, chosen by the seed, in their original order, no two asking the
     * same fact (see {@link Draw}).
     */
    public static List<Question> sample(List<Question> questions, int count, long seed) {
        if (count < 0 || count > questions.size()) {
            throw new BadExportRequest("count " + count + " is more than the " + questions.size() + " questions");
        }
        try {
            return Draw.distinctFacts(questions, count, seed);
        } catch (IllegalArgumentException e) {
            throw new BadExportRequest(e.getMessage());
        }
    }

    private static String describe(ExportRequest request) {
        String areas = request.areas().isEmpty() ? "any area"
                : "areas " + request.areas().stream().map(Area::key).sorted().collect(Collectors.joining(","));
        String types = request.types().isEmpty() ? "any type"
                : "types " + request.types().stream().map(QuestionType::jsonName).sorted().collect(Collectors.joining(","));
        return areas + " and " + types;
    }
}
