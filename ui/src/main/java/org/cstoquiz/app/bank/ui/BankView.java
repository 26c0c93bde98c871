package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.ItemStatisticsService;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.bank.QuestionSelection;
import org.cstoquiz.app.base.ui.ListWithDetail;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.base.ui.QuestionPreview;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.export.ExportReport;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.paper.Paper;
import org.cstoquiz.engine.paper.PaperFiles;
import org.cstoquiz.engine.question.AnswerText;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.stats.ItemStatistic;

/**
 * The question bank: the grid takes the page; the filters and the export are bars that fold away;
 * the question clicked is previewed beside the grid on a wide screen and below it on a narrow one.
 * Columns sort (difficulty, attempts, facility, discrimination among them); the search looks in
 * stems, options, prompts, accepted answers and explanations. Ticked questions make a paper.
 */
@Route("bank")
@PageTitle("Question bank | CSTO Quiz")
@Menu(order = 50, title = "Question bank", icon = "vaadin:archive")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class BankView extends VerticalLayout {

    /** Below this window width the preview goes under the grid. */

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
    private final Map<String, ItemStatistic> stats;
    private final Checkbox flaggedOnly = new Checkbox("Negative discrimination only");
    private final Anchor statsCsv;
    private final MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Areas");
    private final MultiSelectComboBox<QuestionType> types = new MultiSelectComboBox<>("Types");
    private final Select<Difficulty> difficulty = new Select<>();
    private final OrganizationSelect pack;
    private final TextField search = new TextField("Search");
    private final IntegerField seed = new IntegerField("Seed");
    private final Span count = new Span();
    private final Details filters = new Details();
    private final Grid<Question> grid = new Grid<>();
    private final Div preview = new Div();
    private final ListWithDetail split = new ListWithDetail(grid, preview, 62, 55);
    private final Details export = new Details();
    private final Select<String> format = new Select<>();
    private final IntegerField sampleSize = new IntegerField("How many");
    private final TextField paperTitle = new TextField("Paper title");
    private final IntegerField variants = new IntegerField("Variants");
    private final Span paperInfo = new Span();
    private final Span exportReport = new Span();
    private final Anchor download;
    private List<Question> shown = List.of();
    private Question previewed;
    private volatile DownloadFile current;
    private volatile byte[] statsCsvSnapshot = new byte[0];
    /** Ticked questions, kept while the filters change. */
    private final Set<Question> picked = new LinkedHashSet<>();
    /** The searchable words of each question shown, by id (the id changes with the content). */
    private final Map<String, String> searchText = new HashMap<>();
    private boolean refreshing;

    /** What the Download link serves, prepared while the UI lock is held. */
    record DownloadFile(String fileName, String contentType, Bytes bytes) {
        interface Bytes {
            byte[] get() throws IOException;
        }
    }

    BankView(QuestionBankService service, ItemStatisticsService statistics) {
        this.service = service;
        this.pack = new OrganizationSelect(service.packs());
        this.statistics = statistics;
        this.stats = statistics.byQuestion();
        setSizeFull();
        setPadding(true);
        setSpacing(false);
        addClassName("bank-view");

        H2 title = new H2("Question bank");
        title.addClassNames("text-xl", "m-0");
        search.setPlaceholder("words of a question, option or explanation");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.getStyle().set("flex", "1 1 16rem").set("min-width", "12rem").set("max-width", "36rem");
        search.addValueChangeListener(e -> refresh());
        count.addClassName("text-secondary");
        FlexLayout top = new FlexLayout(title, search, count);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("gap", "0 var(--lumo-space-m)");
        top.setWidthFull();

        buildFilters();
        buildGrid();
        buildExport();

        preview.addClassName("bank-preview");
        preview.getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto").set("box-sizing", "border-box");
        showPreview(null);

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            DownloadFile file = current; // the request runs outside the UI lock: read the snapshot
            if (file == null) {
                return DownloadResponse.error(400, "Nothing to export: change the filters, the format or the number asked for.");
            }
            byte[] bytes = file.bytes().get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), file.contentType(),
                    bytes.length);
        }), "Download");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("role", "button");
        statsCsv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = statsCsvSnapshot;
            return new DownloadResponse(new ByteArrayInputStream(bytes), "item-statistics.csv", "text/csv", bytes.length);
        }), "Item statistics (CSV)");
        statsCsv.getElement().setAttribute("download", true);
        FlexLayout exportRow = row(format, sampleSize, paperTitle, variants, download, statsCsv);
        exportReport.addClassNames("text-s", "bank-export-report");
        paperInfo.addClassNames("text-s", "text-secondary");
        export.add(exportRow, new Div(exportReport), new Div(paperInfo));

        add(top, filters, split, export);
        setFlexGrow(1, split);
        refresh();
    }

    private void buildFilters() {
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
        seed.setValue((int) ExportRequest.DEFAULT_SEED);
        seed.setHelperText("chooses distractors, option order and samples");
        seed.setStepButtonsVisible(true);
        areas.addValueChangeListener(e -> refresh());
        types.addValueChangeListener(e -> refresh());
        difficulty.addValueChangeListener(e -> refresh());
        flaggedOnly.addValueChangeListener(e -> refresh());
        seed.addValueChangeListener(e -> {
            picked.clear(); // another seed is another bank: ticks do not carry over
            refresh();
        });
        filters.setSummaryText("Filters");
        for (com.vaadin.flow.component.HasStyle field : List.<com.vaadin.flow.component.HasStyle>of(pack, areas, types, difficulty, seed)) {
            field.getStyle().set("flex", "1 1 10rem").set("max-width", "16rem").set("min-width", "9rem");
        }
        filters.add(row(pack, areas, types, difficulty, seed, flaggedOnly));
        filters.setWidthFull();
    }

    private void buildGrid() {
        grid.addColumn(LitRenderer.<Question>of("""
                        <div class="bank-question" style="line-height:var(--lumo-line-height-xs);min-width:0">
                          <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${item.stem}</div>
                          <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:var(--lumo-font-size-xs);color:var(--lumo-secondary-text-color)">${item.kind}</div>
                        </div>""")
                        .withProperty("stem", q -> oneLine(q.stem()))
                        .withProperty("kind", q -> Names.area(q.area()) + " · " + Names.type(q.type()) + " · " + q.id()))
                .setHeader("Question").setKey("stem").setFlexGrow(1).setWidth("16rem")
                .setTooltipGenerator(Question::stem).setComparator(q -> q.stem().toLowerCase(Locale.ROOT));
        grid.addColumn(q -> String.format(Locale.ROOT, "%.2f", q.difficulty())).setHeader("Difficulty")
                .setKey("difficulty").setWidth("7.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparingDouble(Question::difficulty));
        grid.addColumn(q -> stat(q).map(s -> String.valueOf(s.attempts())).orElse("")).setHeader("Attempts")
                .setKey("attempts").setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(byStatistic("attempts", s -> (double) s.attempts()));
        grid.addColumn(q -> stat(q).map(s -> String.format(Locale.ROOT, "%.0f%%", s.facility())).orElse(""))
                .setHeader("Facility").setKey("facility").setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(byStatistic("facility", ItemStatistic::facility));
        grid.addColumn(q -> stat(q).flatMap(s -> s.discrimination().isPresent()
                        ? Optional.of(String.format(Locale.ROOT, "%.0f%%", s.discrimination().getAsDouble())
                        + (s.flagged() ? " ⚠" : "")) : Optional.<String>empty()).orElse(""))
                .setHeader("Discrimination").setKey("discrimination").setWidth("9.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(byStatistic("discrimination",
                        s -> s.discrimination().isPresent() ? s.discrimination().getAsDouble() : null));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Questions");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addItemClickListener(e -> showPreview(e.getItem()));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(this::showPreview));
        grid.asMultiSelect().addSelectionListener(e -> {
            if (!refreshing) {
                picked.addAll(e.getAddedSelection());
                picked.removeAll(e.getRemovedSelection());
                validateExport();
            }
        });
        grid.setSizeFull();
    }

    private void buildExport() {
        format.setLabel("Format");
        format.setItems(Exporters.names());
        format.setValue("json");
        format.addValueChangeListener(e -> validateExport());
        sampleSize.setPlaceholder("all shown");
        sampleSize.setMin(1);
        sampleSize.setClearButtonVisible(true);
        sampleSize.addValueChangeListener(e -> validateExport());
        paperTitle.setValue("CSTO Quiz paper");
        paperTitle.setHelperText("names the file and heads every page");
        paperTitle.addValueChangeListener(e -> validateExport());
        variants.setValue(1);
        variants.setMin(1);
        variants.setMax(PaperFiles.MAX_VARIANTS);
        variants.setStepButtonsVisible(true);
        variants.setHelperText("more than 1: one zip, a file and a key per variant");
        variants.addValueChangeListener(e -> validateExport());
        export.setSummaryText("Export and papers");
        export.setWidthFull();
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }

    /** The preview beside the grid on a wide window, below it on a narrow one. */
    void fitTo(int windowWidth) {
        split.fitTo(windowWidth);
    }

    SplitLayout.Orientation previewPlacement() {
        return split.getOrientation();
    }

    private void showPreview(Question question) {
        previewed = question;
        preview.removeAll();
        split.showDetail(question != null);
        if (question == null) {
            return;
        }
        Button close = new Button("Close preview", VaadinIcon.CLOSE_SMALL.create(), click -> {
            showPreview(null);
            grid.focus();
        });
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        preview.add(close);
        QuestionPreview shownPreview = new QuestionPreview(question);
        stat(question).ifPresent(s -> shownPreview.add(new Paragraph("In learners' attempts: " + s.attempts()
                + " answers, facility " + String.format(Locale.ROOT, "%.0f%%", s.facility())
                + s.mostChosenWrong().map(w -> ", most chosen wrong option: " + w).orElse(""))));
        preview.add(shownPreview);
    }

    Optional<Question> previewed() {
        return Optional.ofNullable(previewed);
    }

    private void refresh() {
        Bank bank = currentBank();
        String text = search.getValue() == null ? "" : AnswerText.normalise(search.getValue());
        Difficulty level = Optional.ofNullable(difficulty.getValue()).orElse(Difficulty.ANY);
        shown = bank.questions().stream()
                .filter(q -> areas.getValue().isEmpty() || areas.getValue().contains(q.area()))
                .filter(q -> types.getValue().isEmpty() || types.getValue().contains(q.type()))
                .filter(q -> level.admits(q.difficulty()))
                .filter(q -> text.isEmpty() || searchText.computeIfAbsent(q.id(), id -> searchable(q)).contains(text))
                .filter(q -> !flaggedOnly.getValue() || stat(q).filter(ItemStatistic::flagged).isPresent())
                .toList();
        statsCsvSnapshot = statistics.csv(shown, stats).getBytes(StandardCharsets.UTF_8);
        refreshing = true;
        List<GridSortOrder<Question>> sorting = new ArrayList<>(grid.getSortOrder());
        grid.setItems(shown);
        grid.sort(sorting);
        shown.stream().filter(picked::contains).forEach(grid::select);
        refreshing = false;
        count.setText(shown.size() + (shown.size() == 1 ? " question" : " questions"));
        filters.setSummaryText("Filters: " + describeFilters());
        validateExport();
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

    private String describeFilters() {
        List<String> parts = new ArrayList<>();
        parts.add(areas.getValue().isEmpty() ? "all areas"
                : areas.getValue().stream().sorted().map(Names::area).collect(Collectors.joining(", ")));
        parts.add(types.getValue().isEmpty() ? "all types"
                : types.getValue().stream().sorted().map(Names::type).collect(Collectors.joining(", ")));
        Difficulty level = Optional.ofNullable(difficulty.getValue()).orElse(Difficulty.ANY);
        if (level != Difficulty.ANY) {
            parts.add(level.label.toLowerCase(Locale.ROOT));
        }
        parts.add("seed " + currentSeed());
        if (flaggedOnly.getValue()) {
            parts.add("negative discrimination only");
        }
        return String.join(" · ", parts);
    }

    private void validateExport() {
        Integer n = sampleSize.getValue();
        boolean anyPicked = !picked.isEmpty();
        boolean tooMany = !anyPicked && n != null && n > shown.size();
        boolean sizeOk = anyPicked || (!shown.isEmpty() && !tooMany && (n == null || n >= 1));
        sampleSize.setInvalid(!sizeOk && n != null);
        sampleSize.setErrorMessage(tooMany ? "Only " + shown.size() + " questions are shown" : "At least 1");
        sampleSize.setEnabled(!anyPicked);
        Integer k = variants.getValue();
        boolean variantsOk = k != null && k >= 1 && k <= PaperFiles.MAX_VARIANTS;
        variants.setInvalid(!variantsOk);
        variants.setErrorMessage("Between 1 and " + PaperFiles.MAX_VARIANTS);
        boolean titleOk = paperTitle.getValue() != null && !paperTitle.getValue().isBlank();
        paperTitle.setInvalid(!titleOk);
        paperTitle.setErrorMessage("A paper needs a title");
        paperInfo.setText(anyPicked ? (picked.size() == 1 ? "1 ticked question makes the paper"
                : picked.size() + " ticked questions make the paper")
                : "No question ticked: the paper is what is shown" + (n == null ? "" : ", a sample of " + n));
        Optional<PaperFiles> files = sizeOk && variantsOk && titleOk ? Optional.of(paperFiles()) : Optional.empty();
        Optional<ExportReport> report = files.map(PaperFiles::report);
        boolean ok = report.isPresent() && !report.get().nothingWritten();
        download.setEnabled(ok);
        current = ok ? downloadFile(files.get()) : null;
        exportReport.setText(report.map(BankView::describe).orElse("Nothing to export: "
                + (shown.isEmpty() ? "no question is shown." : "check the fields above.")));
        exportReport.getElement().setAttribute("role", "status");
        exportReport.removeClassNames("text-error", "text-secondary");
        exportReport.addClassName(report.isPresent() && report.get().skipped().isEmpty() ? "text-secondary" : "text-error");
        export.setSummaryText("Export and papers: " + format.getValue() + ", " + report.map(r -> r.written()
                + (r.written() == 1 ? " question" : " questions")).orElse("nothing to export")
                + (variantsOk && k > 1 ? ", " + k + " variants" : ""));
    }

    /** "786 of 1530 questions will be written; 744 left out: …", or why there is nothing to download. */
    static String describe(ExportReport report) {
        if (report.nothingWritten()) {
            return "Nothing to download: none of the " + report.asked() + (report.asked() == 1 ? " question" : " questions")
                    + " can be written in " + report.format() + " (" + report.reasons() + ").";
        }
        String head = report.written() + " of " + report.asked() + (report.asked() == 1 ? " question" : " questions")
                + " will be written in " + report.format();
        return report.skipped().isEmpty() ? head + "." : head + "; " + report.skipped().size() + " left out: "
                + report.reasons() + ".";
    }

    /** The questions of the paper: those ticked (under any filter), in bank order; else those shown, or a sample of them. */
    List<Question> paperQuestions() {
        if (!picked.isEmpty()) {
            return currentBank().questions().stream().filter(picked::contains).toList();
        }
        Integer n = sampleSize.getValue();
        return n == null ? shown : QuestionSelection.sample(shown, n, currentSeed());
    }

    private PaperFiles paperFiles() {
        Exporter exporter = Exporters.byName(format.getValue()).orElseThrow();
        Paper paper = new Paper(paperTitle.getValue().strip(), currentBank().packId(), currentSeed(),
                paperQuestions());
        return PaperFiles.of(paper, exporter, variants.getValue(), currentSeed());
    }

    private static DownloadFile downloadFile(PaperFiles files) {
        return new DownloadFile(files.fileName(), files.contentType(), files::bytes);
    }

    /** The file the Download link serves now, if there is one. */
    Optional<DownloadFile> downloadFile() {
        return Optional.ofNullable(current);
    }

    String exportReport() {
        return exportReport.getText();
    }

    private Optional<ItemStatistic> stat(Question q) {
        return Optional.ofNullable(stats.get(q.id()));
    }

    /**
     * Orders by a statistic; questions without it (never answered, or no spread) come last whichever
     * way the column sorts.
     */
    private Comparator<Question> byStatistic(String column, Function<ItemStatistic, Double> value) {
        return (a, b) -> {
            Double x = stat(a).map(value).orElse(null);
            Double y = stat(b).map(value).orElse(null);
            if (x == null || y == null) {
                return x == null && y == null ? 0 : (x == null ? 1 : -1) * sortSign(column);
            }
            return Double.compare(x, y);
        };
    }

    /** +1 when {@code column} sorts up, -1 down: the grid reverses the comparator for a descending sort. */
    private int sortSign(String column) {
        return grid.getSortOrder().stream().filter(order -> column.equals(order.getSorted().getKey())).findFirst()
                .map(order -> order.getDirection() == SortDirection.DESCENDING ? -1 : 1).orElse(1);
    }

    /** The item statistics CSV of the questions shown. */
    String statisticsCsv() {
        return new String(statsCsvSnapshot, StandardCharsets.UTF_8);
    }

    private static String oneLine(String stem) {
        return stem.replaceAll("\\s*\\R\\s*", " ");
    }

    private Bank currentBank() {
        return service.bank(pack.packId(), currentSeed());
    }

    private long currentSeed() {
        return seed.getValue() == null ? ExportRequest.DEFAULT_SEED : seed.getValue();
    }
}
