package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.AnswerText;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.ShortAnswer;

/**
 * Which questions the bank shows: the bank (organization and seed), areas, types, difficulty, the
 * statistics flag, and the search box (placed in the top bar); the bar folds away and sums itself up.
 */
class BankFilters extends Details {

    enum Difficulty {
        ANY("Any", 0, 1.01), EASY("Easy (below 0.35)", 0, 0.35), MEDIUM("Medium", 0.35, 0.65),
        HARD("Hard (0.65 and above)", 0.65, 1.01);

        final String label;
        final double from;
        final double below;

        Difficulty(String label, double from, double below) {
            this.label = label;
            this.from = from;
            this.below = below;
        }

        boolean admits(double difficulty) {
            return difficulty >= from && difficulty < below;
        }
    }

    private final TextField search = new TextField("Search");
    private final OrganizationSelect pack;
    private final MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Areas");
    private final MultiSelectComboBox<QuestionType> types = new MultiSelectComboBox<>("Types");
    private final Select<Difficulty> difficulty = new Select<>();
    private final IntegerField seed = new IntegerField("Seed");
    private final Checkbox flaggedOnly = new Checkbox("Negative discrimination only");
    /** The searchable words of each question shown, by id (the id changes with the content). */
    private final Map<String, String> searchText = new HashMap<>();

    /**
     * @param changed     runs when any filter changes
     * @param bankChanged runs first when the bank itself changes (another organization or seed)
     */
    BankFilters(List<PackInfo> packs, SerializableRunnable changed, SerializableRunnable bankChanged) {
        pack = new OrganizationSelect(packs);
        search.setPlaceholder("words of a question, option or explanation");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.getStyle().set("flex", "1 1 16rem").set("min-width", "12rem").set("max-width", "36rem");
        areas.setItems(Area.values());
        areas.setItemLabelGenerator(Names::area);
        areas.setPlaceholder("All areas");
        types.setPlaceholder("All types");
        types.setItems(QuestionType.values());
        types.setItemLabelGenerator(Names::type);
        difficulty.setLabel("Difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> d.label);
        difficulty.setValue(Difficulty.ANY);
        seed.setValue((int) ExportRequest.DEFAULT_SEED);
        seed.setHelperText("chooses distractors, option order and samples");
        seed.setStepButtonsVisible(true);
        search.addValueChangeListener(e -> changed.run());
        areas.addValueChangeListener(e -> changed.run());
        types.addValueChangeListener(e -> changed.run());
        difficulty.addValueChangeListener(e -> changed.run());
        flaggedOnly.addValueChangeListener(e -> changed.run());
        // another organization or seed is another bank: ticks do not carry over
        pack.addValueChangeListener(e -> {
            bankChanged.run();
            changed.run();
        });
        seed.addValueChangeListener(e -> {
            bankChanged.run();
            changed.run();
        });
        setSummaryText("Filters");
        for (HasStyle field : List.<HasStyle>of(pack, areas, types, difficulty, seed)) {
            field.getStyle().set("flex", "1 1 10rem").set("max-width", "16rem").set("min-width", "9rem");
        }
        add(row(pack, areas, types, difficulty, seed, flaggedOnly));
        setWidthFull();
    }

    TextField search() {
        return search;
    }

    String packId() {
        return pack.packId();
    }

    long seed() {
        return seed.getValue() == null ? ExportRequest.DEFAULT_SEED : seed.getValue();
    }

    /** Whether a question passes the filters; {@code flagged} says whether its statistics flag it. */
    Predicate<Question> admitting(Predicate<Question> flagged) {
        String text = search.getValue() == null ? "" : AnswerText.normalise(search.getValue());
        Difficulty level = Optional.ofNullable(difficulty.getValue()).orElse(Difficulty.ANY);
        return q -> (areas.getValue().isEmpty() || areas.getValue().contains(q.area()))
                && (types.getValue().isEmpty() || types.getValue().contains(q.type()))
                && level.admits(q.difficulty())
                && (text.isEmpty() || searchText.computeIfAbsent(q.id(), id -> searchable(q)).contains(text))
                && (!flaggedOnly.getValue() || flagged.test(q));
    }

    /** Stem, options, prompts, accepted answers and explanation, normalised as the search box is. */
    static String searchable(Question q) {
        List<String> parts = new ArrayList<>();
        parts.add(q.stem());
        q.choices().stream().map(Choice::text).forEach(parts::add);
        q.prompts().stream().map(Prompt::text).forEach(parts::add);
        if (q.body() instanceof ShortAnswer shortAnswer) {
            parts.addAll(shortAnswer.accepted());
        }
        parts.add(q.explanation());
        return AnswerText.normalise(String.join(" \n ", parts));
    }

    /** Sums the filters up in the folded bar. */
    void showSummary() {
        List<String> parts = new ArrayList<>();
        parts.add(areas.getValue().isEmpty() ? "all areas"
                : areas.getValue().stream().sorted().map(Names::area).collect(Collectors.joining(", ")));
        parts.add(types.getValue().isEmpty() ? "all types"
                : types.getValue().stream().sorted().map(Names::type).collect(Collectors.joining(", ")));
        Difficulty level = Optional.ofNullable(difficulty.getValue()).orElse(Difficulty.ANY);
        if (level != Difficulty.ANY) {
            parts.add(level.label.toLowerCase(Locale.ROOT));
        }
        parts.add("seed " + seed());
        if (flaggedOnly.getValue()) {
            parts.add("negative discrimination only");
        }
        setSummaryText("Filters: " + String.join(" · ", parts));
    }

    static FlexLayout row(Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }
}
