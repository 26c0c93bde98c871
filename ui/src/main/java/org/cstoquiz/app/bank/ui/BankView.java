package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.ItemStatisticsService;
import org.cstoquiz.app.bank.PaperFiles;
import org.cstoquiz.app.bank.QuestionBankService.PreparedExport;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.bank.QuestionSelection;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.paper.Paper;
import org.cstoquiz.engine.paper.Variant;
import org.cstoquiz.engine.paper.Variants;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.AnswerText;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.stats.ItemStatistic;

@Route("bank")
@PageTitle("Question bank | CSTO Quiz")
@Menu(order = 50, title = "Question bank", icon = "vaadin:archive")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class BankView extends VerticalLayout {

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

    private final QuestionBankService service;
    private final ItemStatisticsService statistics;
    private Map<String, ItemStatistic> stats = Map.of();
    private final Checkbox flaggedOnly = new Checkbox("Negative discrimination only");
    private final Anchor statsCsv;
    private final MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Areas");
    private final MultiSelectComboBox<QuestionType> types = new MultiSelectComboBox<>("Types");
    private final Select<Difficulty> difficulty = new Select<>();
    private final Select<PackInfo> pack = new Select<>();
    private final TextField search = new TextField("Search");
    private final IntegerField seed = new IntegerField("Seed");
    private final Span count = new Span();
    private final Grid<Question> grid = new Grid<>();
    private final Select<String> format = new Select<>();
    private final IntegerField sampleSize = new IntegerField("How many");
    private final TextField paperTitle = new TextField("Paper title");
    private final IntegerField variants = new IntegerField("Variants");
    private final Span paperInfo = new Span();
    private final Anchor download;
    private List<Question> shown = List.of();
    private volatile DownloadFile current;
    private volatile byte[] statsCsvSnapshot = new byte[0];
    /** Ticked questions, kept while the filters change. */
    private final java.util.Set<Question> picked = new java.util.LinkedHashSet<>();
    private boolean refreshing;

    /** What the Download link serves, prepared while the UI lock is held. */
    record DownloadFile(String fileName, String contentType, Bytes bytes) {
        interface Bytes {
            byte[] get() throws IOException;
        }
    }

    BankView(QuestionBankService service, ItemStatisticsService statistics) {
        this.service = service;
        this.statistics = statistics;
        this.stats = statistics.byQuestion();
        setSizeFull();

        pack.setLabel("Pack");
        pack.setItems(service.packs());
        pack.setItemLabelGenerator(PackInfo::name);
        pack.setValue(service.packs().getFirst());
        pack.setVisible(service.packs().size() > 1);
        pack.addValueChangeListener(e -> {
            picked.clear(); // another pack is another bank: ticks do not carry over
            refresh();
        });
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
        search.setPlaceholder("words of the question");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        seed.setValue((int) ExportRequest.DEFAULT_SEED);
        seed.setHelperText("chooses distractors, option order and samples");
        seed.setStepButtonsVisible(true);
        areas.addValueChangeListener(e -> refresh());
        types.addValueChangeListener(e -> refresh());
        difficulty.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        seed.addValueChangeListener(e -> {
            picked.clear(); // another seed is another bank: ticks do not carry over
            refresh();
        });

        grid.addColumn(q -> Names.area(q.area())).setHeader("Area").setKey("area").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> Names.type(q.type())).setHeader("Type").setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> String.format(Locale.ROOT, "%.2f", q.difficulty())).setHeader("Difficulty")
                .setKey("difficulty").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Question::stem).setHeader("Question").setKey("stem").setFlexGrow(4);
        grid.addColumn(q -> stat(q).map(s -> String.valueOf(s.attempts())).orElse("")).setHeader("Attempts")
                .setKey("attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> stat(q).map(s -> String.format(Locale.ROOT, "%.0f%%", s.facility())).orElse(""))
                .setHeader("Facility").setKey("facility").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> stat(q).flatMap(s -> s.discrimination().isPresent()
                        ? Optional.of(String.format(Locale.ROOT, "%.0f%%", s.discrimination().getAsDouble())
                        + (s.flagged() ? " ⚠" : "")) : Optional.<String>empty()).orElse(""))
                .setHeader("Discrimination").setKey("discrimination").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(q -> {
            QuestionPreview preview = new QuestionPreview(q);
            stat(q).ifPresent(s -> preview.add(new Span("In learners' attempts: " + s.attempts() + " answers, facility "
                    + String.format(Locale.ROOT, "%.0f%%", s.facility())
                    + s.mostChosenWrong().map(w -> ", most chosen wrong option: " + w).orElse(""))));
            return preview;
        }));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Questions");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.asMultiSelect().addSelectionListener(e -> {
            if (!refreshing) {
                picked.addAll(e.getAddedSelection());
                picked.removeAll(e.getRemovedSelection());
                validateSampleSize();
            }
        });
        grid.setSizeFull();

        format.setLabel("Format");
        format.setItems(Exporters.names());
        format.setValue("json");
        format.addValueChangeListener(e -> validateSampleSize());
        sampleSize.setPlaceholder("all shown");
        sampleSize.setMin(1);
        sampleSize.setClearButtonVisible(true);
        sampleSize.addValueChangeListener(e -> validateSampleSize());
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            DownloadFile file = current; // the request runs outside the UI lock: read the snapshot
            if (file == null) {
                return DownloadResponse.error(400, "Nothing to export: change the filters or the number asked for.");
            }
            byte[] bytes = file.bytes().get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), file.contentType(),
                    bytes.length);
        }), "Download");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("role", "button");

        flaggedOnly.addValueChangeListener(e -> refresh());
        statsCsv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = statsCsvSnapshot;
            return new DownloadResponse(new ByteArrayInputStream(bytes), "item-statistics.csv", "text/csv", bytes.length);
        }), "Item statistics (CSV)");
        statsCsv.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(pack, areas, types, difficulty, search, seed, flaggedOnly, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        paperTitle.setValue("CSTO Quiz paper");
        paperTitle.addValueChangeListener(e -> validateSampleSize());
        variants.setValue(1);
        variants.setMin(1);
        variants.setMax(Variants.MAX);
        variants.setStepButtonsVisible(true);
        variants.setHelperText("more than 1: a zip with each variant and its answer key");
        variants.addValueChangeListener(e -> validateSampleSize());
        HorizontalLayout export = new HorizontalLayout(format, sampleSize, paperTitle, variants, download, statsCsv,
                paperInfo);
        export.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        export.setWrap(true);
        add(new H2("Question bank"),
                new Span("Every generated question. Click one to preview it as a learner sees it, with its key, "
                        + "explanation and citations. Export the questions you tick, or else what is shown or a "
                        + "sample of it; with several variants, questions and options are shuffled per variant."),
                filters, grid, export);
        refresh();
    }

    private void refresh() {
        Bank bank = currentBank();
        String text = search.getValue() == null ? "" : AnswerText.normalise(search.getValue());
        Difficulty level = Optional.ofNullable(difficulty.getValue()).orElse(Difficulty.ANY);
        shown = bank.questions().stream()
                .filter(q -> areas.getValue().isEmpty() || areas.getValue().contains(q.area()))
                .filter(q -> types.getValue().isEmpty() || types.getValue().contains(q.type()))
                .filter(q -> level.admits(q.difficulty()))
                .filter(q -> text.isEmpty() || AnswerText.normalise(q.stem()).contains(text))
                .filter(q -> !flaggedOnly.getValue() || stat(q).filter(ItemStatistic::flagged).isPresent())
                .toList();
        statsCsvSnapshot = statistics.csv(shown, stats).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refreshing = true;
        grid.setItems(shown);
        shown.stream().filter(picked::contains).forEach(grid::select);
        refreshing = false;
        count.setText(shown.size() + (shown.size() == 1 ? " question" : " questions"));
        validateSampleSize();
    }

    private void validateSampleSize() {
        Integer n = sampleSize.getValue();
        boolean anyPicked = !picked.isEmpty();
        boolean tooMany = !anyPicked && n != null && n > shown.size();
        boolean sizeOk = anyPicked || (!shown.isEmpty() && !tooMany && (n == null || n >= 1));
        sampleSize.setInvalid(!sizeOk && n != null);
        sampleSize.setErrorMessage(tooMany ? "Only " + shown.size() + " questions are shown" : "At least 1");
        sampleSize.setEnabled(!anyPicked);
        Integer k = variants.getValue();
        boolean variantsOk = k != null && k >= 1 && k <= Variants.MAX;
        variants.setInvalid(!variantsOk);
        variants.setErrorMessage("Between 1 and " + Variants.MAX);
        boolean titleOk = paperTitle.getValue() != null && !paperTitle.getValue().isBlank();
        paperTitle.setInvalid(!titleOk);
        paperTitle.setErrorMessage("A paper needs a title");
        boolean ok = sizeOk && variantsOk && titleOk;
        download.setEnabled(ok);
        current = ok ? downloadFile() : null;
        paperInfo.setText(anyPicked ? picked.size() + " ticked questions make the paper"
                : "No question ticked: the paper is what is shown" + (n == null ? "" : ", a sample of " + n));
    }

    /** The questions of the paper: those ticked (under any filter), in bank order; else those shown, or a sample of them. */
    List<Question> paperQuestions() {
        if (!picked.isEmpty()) {
            return currentBank().questions().stream().filter(picked::contains).toList();
        }
        Integer n = sampleSize.getValue();
        return n == null ? shown : QuestionSelection.sample(shown, n, currentSeed());
    }

    /** The file the Download link serves now. */
    DownloadFile downloadFile() {
        Exporter exporter = Exporters.byName(format.getValue()).orElseThrow();
        Paper paper = new Paper(paperTitle.getValue().strip(), currentBank().packId(), currentSeed(),
                paperQuestions());
        int k = variants.getValue();
        if (k == 1) {
            PreparedExport export = new PreparedExport(exporter,
                    new QuestionSet(paper.pack(), paper.seed(), paper.questions()));
            return new DownloadFile(export.fileName(), exporter.contentType(), export::bytes);
        }
        List<Variant> made = Variants.of(paper, k, currentSeed());
        return new DownloadFile(PaperFiles.zipName(paper.title()), "application/zip",
                () -> PaperFiles.zip(made, exporter));
    }

    private Optional<ItemStatistic> stat(Question q) {
        return Optional.ofNullable(stats.get(q.id()));
    }

    /** The item statistics CSV of the questions shown. */
    String statisticsCsv() {
        return new String(statsCsvSnapshot, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Bank currentBank() {
        return service.bank(pack.getValue().id(), currentSeed());
    }

    private long currentSeed() {
        return seed.getValue() == null ? ExportRequest.DEFAULT_SEED : seed.getValue();
    }
}
