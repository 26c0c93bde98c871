package org.cstoquiz.app.attempt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.springframework.stereotype.Component;

/** The questions practice sessions and tests are drawn from: the bank of the default seed. */
@Component
public class QuestionPool {

    public static final long BANK_SEED = ExportRequest.DEFAULT_SEED;

    private final QuestionBankService bank;

    QuestionPool(QuestionBankService bank) {
        this.bank = bank;
    }

    public Bank source() {
        return bank.bank(BANK_SEED);
    }

    /** The questions of the areas and types (empty sets match everything), each id once, in bank order. */
    public List<Question> matching(Set<Area> areas, Set<QuestionType> types) {
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question question : source().questions()) {
            if ((areas.isEmpty() || areas.contains(question.area()))
                    && (types.isEmpty() || types.contains(question.type()))) {
                byId.putIfAbsent(question.id(), question);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
