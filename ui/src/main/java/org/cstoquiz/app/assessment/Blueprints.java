package org.cstoquiz.app.assessment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.paper.Draw;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The test blueprints instructors keep, checked before they are stored, and the questions a test
 * draws from one.
 */
@Component
class Blueprints {

    private final QuestionPool questions;
    private final AttemptStore attempts;
    private final StoredBlueprintRepository blueprints;
    private final Validator validator;

    Blueprints(QuestionPool questions, AttemptStore attempts, StoredBlueprintRepository blueprints, Validator validator) {
        this.questions = questions;
        this.attempts = attempts;
        this.blueprints = blueprints;
        this.validator = validator;
    }

    /** The pack a blueprint draws from: the one it names when that is loaded, otherwise the built-in pack. */
    String packOf(Blueprint blueprint) {
        return blueprint.pack().map(questions::loadedOrBuiltIn).orElseGet(questions::builtIn);
    }

    /** How many questions of the pack's bank a blueprint's areas and types match. */
    int available(String packId, Set<Area> areas, Set<QuestionType> types) {
        return questions.matching(packId, areas, types).size();
    }

    Blueprint save(Blueprint asked) {
        Blueprint blueprint = asked.pack().isEmpty() ? asked.withPack(questions.builtIn()) : asked;
        if (questions.packs().stream().noneMatch(pack -> pack.id().equals(blueprint.pack().orElseThrow()))) {
            throw new BlueprintException("pack", "There is no organization “" + blueprint.pack().orElseThrow()
                    + "” loaded; choose one of " + questions.packs().stream().map(PackInfo::name)
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        check(blueprint);
        try {
            return attempts.inTransaction(() -> {
                blueprints.findByNameIgnoreCase(blueprint.name())
                        .filter(other -> blueprint.id().map(id -> !id.equals(other.getId())).orElse(true))
                        .ifPresent(other -> {
                            throw new BlueprintException("name", "There is already a blueprint named “" + blueprint.name() + "”.");
                        });
                StoredBlueprint stored = blueprint.id().map(this::stored).orElse(null);
                if (stored == null) {
                    stored = new StoredBlueprint(blueprint);
                } else {
                    stored.update(blueprint);
                }
                return blueprints.saveAndFlush(stored).toBlueprint();
            });
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, StoredBlueprint.UNIQUE_NAME)) {
                throw new BlueprintException("name", "There is already a blueprint named “" + blueprint.name() + "”.");
            }
            throw e;
        }
    }

    private void check(Blueprint blueprint) {
        List<String> components = Arrays.stream(Blueprint.class.getRecordComponents()).map(RecordComponent::getName).toList();
        validator.validate(blueprint).stream()
                .min(Comparator.comparingInt((ConstraintViolation<Blueprint> violation) ->
                        components.indexOf(violation.getPropertyPath().toString())))
                .ifPresent(violation -> {
                    throw new BlueprintException(violation.getPropertyPath().toString(), violation.getMessage());
                });
        if (blueprint.parts().isEmpty()) {
            int available = available(packOf(blueprint), blueprint.areas(), blueprint.types());
            if (available < blueprint.questions()) {
                throw new BlueprintException("questions", available == 0 ? "No question matches these areas and types."
                        : "Only " + available + " questions match these areas and types; ask for at most " + available + ".");
            }
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Blueprint.Part part : blueprint.parts()) {
            if (part.questions() < 1 || part.questions() > Blueprint.MAX_QUESTIONS) {
                throw new BlueprintException("parts", "Each row asks for 1 to " + Blueprint.MAX_QUESTIONS
                        + " questions; “" + SelfTestService.describe(part) + "” asks for " + part.questions() + ".");
            }
            if (!seen.add(SelfTestService.describe(part))) {
                throw new BlueprintException("parts", "“" + SelfTestService.describe(part) + "” is asked for twice; give it one row.");
            }
        }
        if (blueprint.questions() > Blueprint.MAX_QUESTIONS) {
            throw new BlueprintException("parts", "The rows ask for " + blueprint.questions() + " questions in all; a test "
                    + "has at most " + Blueprint.MAX_QUESTIONS + ".");
        }
        draw(blueprint, new Random(0));
    }

    /**
     * The questions of a test from the blueprint: its parts each drawn from what the parts before left
     * (the most specific first), or its number spread evenly over its areas and types.
     *
     * @throws BlueprintException saying which part cannot be filled
     */
    List<Question> draw(Blueprint blueprint, Random random) {
        if (blueprint.parts().isEmpty()) {
            return QuestionPool.spread(questions.matching(packOf(blueprint), blueprint.areas(), blueprint.types()),
                    blueprint.questions(), random);
        }
        List<Question> drawn = new ArrayList<>();
        Draw.Guard facts = new Draw.Guard();
        Set<String> used = new java.util.HashSet<>();
        List<Blueprint.Part> specificFirst = blueprint.parts().stream()
                .sorted(Comparator.comparingInt(Blueprint.Part::specificity).reversed()).toList();
        for (Blueprint.Part part : specificFirst) {
            List<Question> pool = questions.matching(packOf(blueprint), part.area().map(Set::of)
                    .orElse(blueprint.areas()), part.type().map(Set::of).orElse(blueprint.types())).stream()
                    .filter(question -> !used.contains(question.id())).toList();
            if (pool.size() < part.questions()) {
                throw new BlueprintException("parts", (pool.isEmpty() ? "No question is" : "Only " + pool.size()
                        + (pool.size() == 1 ? " question is" : " questions are")) + " left for “" + SelfTestService.describe(part)
                        + "”" + (blueprint.parts().size() > 1 ? " once the other rows have theirs" : "")
                        + "; ask for at most " + pool.size() + ".");
            }
            List<Question> part_ = QuestionPool.spread(pool, part.questions(), random, facts);
            part_.forEach(question -> used.add(question.id()));
            drawn.addAll(part_);
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** @throws BlueprintException if there is no blueprint with that id */
    StoredBlueprint stored(long id) {
        return blueprints.findById(id)
                .orElseThrow(() -> new BlueprintException("There is no test blueprint " + id + "."));
    }
}
