package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionSelection;
import org.cstoquiz.engine.export.ExportReport;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.paper.Paper;
import org.cstoquiz.engine.paper.PaperFiles;
import org.cstoquiz.engine.question.Question;

/**
 * The export bar: the format, a sample size, the paper's title and variants, what would be written
 * and what left out, the Download link and the item statistics CSV of the questions shown.
 */
class BankExport extends Details {

    /** What the Download link serves, prepared while the UI lock is held. */
    record DownloadFile(String fileName, String contentType, Bytes bytes) {
        interface Bytes {
            byte[] get() throws IOException;
        }
    }

    /** The questions the export draws on: the bank, those shown, and those ticked (under any filter). */
    record Selection(Bank bank, long seed, List<Question> shown, Set<Question> picked) {
    }

    private final Select<String> format = new Select<>();
    private final IntegerField sampleSize = new IntegerField("How many");
    private final TextField paperTitle = new TextField("Paper title");
    private final IntegerField variants = new IntegerField("Variants");
    private final Span paperInfo = new Span();
    /** The ticked questions' ids, to assign them as a fixed paper to a class (Classes, "A fixed paper"). */
    private final TextArea paperIds = new TextArea("Question ids of the paper");
    private final Span exportReport = new Span();
    private final Anchor download;
    /**
     * Where the questions come from, asked again when this screen has been read back with the session
     * (after a restart): the selection and the file prepared from it hold the bank, which is not kept
     * with the session.
     */
    private SerializableSupplier<Selection> source;
    private transient Selection selection;
    private transient volatile DownloadFile current;
    private volatile byte[] statsCsvSnapshot = new byte[0];

    BankExport() {
        format.setLabel("Format");
        format.setItems(Exporters.names());
        format.setValue("json");
        format.addValueChangeListener(e -> validate());
        sampleSize.setPlaceholder("all shown");
        sampleSize.setMin(1);
        sampleSize.setClearButtonVisible(true);
        sampleSize.addValueChangeListener(e -> validate());
        paperTitle.setValue("CSTO Quiz paper");
        paperTitle.setHelperText("names the file and heads every page");
        paperTitle.addValueChangeListener(e -> validate());
        variants.setValue(1);
        variants.setMin(1);
        variants.setMax(PaperFiles.MAX_VARIANTS);
        variants.setStepButtonsVisible(true);
        variants.setHelperText("more than 1: one zip, a file and a key per variant");
        variants.addValueChangeListener(e -> validate());
        setSummaryText("Export and papers");
        setWidthFull();

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            if (current == null && selection == null) {
                // read back with the session after a restart: prepare the file again, under the UI lock
                event.getUI().accessSynchronously(this::validate);
            }
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
        Anchor statsCsv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = statsCsvSnapshot;
            return new DownloadResponse(new ByteArrayInputStream(bytes), "item-statistics.csv", "text/csv", bytes.length);
        }), "Item statistics (CSV)");
        statsCsv.getElement().setAttribute("download", true);
        exportReport.addClassNames("text-s", "bank-export-report");
        paperInfo.addClassNames("text-s", "text-secondary");
        paperIds.setReadOnly(true);
        paperIds.setWidthFull();
        paperIds.setMaxHeight("8em");
        paperIds.setVisible(false);
        add(BankFilters.row(format, sampleSize, paperTitle, variants, download, statsCsv), new Div(exportReport),
                new Div(paperInfo), paperIds);
    }

    /** Offers {@code questions} and, for the CSV link, their item statistics. */
    void offer(Selection questions, String statisticsCsv) {
        statsCsvSnapshot = statisticsCsv.getBytes(StandardCharsets.UTF_8);
        offer(questions);
    }

    void offer(Selection questions) {
        selection = questions;
        validate();
    }

    /** Where the questions come from when this screen has been read back with the session. */
    void drawFrom(SerializableSupplier<Selection> questions) {
        source = questions;
    }

    private void validate() {
        if (selection == null) {
            if (source == null) {
                return;
            }
            selection = source.get();
        }
        List<Question> shown = selection.shown();
        Set<Question> picked = selection.picked();
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
        paperIds.setVisible(anyPicked);
        paperIds.setValue(anyPicked ? String.join("\n", paperQuestions().stream().map(Question::id).toList()) : "");
        paperIds.setHelperText(selection.seed() == ExportRequest.DEFAULT_SEED
                ? "To give a class this paper, copy these into Classes, “A fixed paper”."
                : "A class is given the questions of seed " + ExportRequest.DEFAULT_SEED + ": choose that seed to copy "
                        + "ids for a class.");
        Optional<PaperFiles> files = sizeOk && variantsOk && titleOk ? Optional.of(paperFiles()) : Optional.empty();
        Optional<ExportReport> report = files.map(PaperFiles::report);
        boolean ok = report.isPresent() && !report.get().nothingWritten();
        download.setEnabled(ok);
        current = ok ? new DownloadFile(files.get().fileName(), files.get().contentType(), files.get()::bytes) : null;
        exportReport.setText(report.map(BankExport::describe).orElse("Nothing to export: "
                + (shown.isEmpty() ? "no question is shown." : "check the fields above.")));
        exportReport.getElement().setAttribute("role", "status");
        exportReport.removeClassNames("text-error", "text-secondary");
        exportReport.addClassName(report.isPresent() && report.get().skipped().isEmpty() ? "text-secondary" : "text-error");
        setSummaryText("Export and papers: " + format.getValue() + ", " + report.map(r -> r.written()
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
    private List<Question> paperQuestions() {
        if (!selection.picked().isEmpty()) {
            return selection.bank().questions().stream().filter(selection.picked()::contains).toList();
        }
        Integer n = sampleSize.getValue();
        return n == null ? selection.shown() : QuestionSelection.sample(selection.shown(), n, selection.seed());
    }

    private PaperFiles paperFiles() {
        Exporter exporter = Exporters.byName(format.getValue()).orElseThrow();
        Paper paper = new Paper(paperTitle.getValue().strip(), selection.bank().packId(), selection.seed(),
                paperQuestions());
        return PaperFiles.of(paper, exporter, variants.getValue(), selection.seed());
    }

    /** The file the Download link serves now, if there is one. */
    Optional<DownloadFile> downloadFile() {
        return Optional.ofNullable(current);
    }

    String report() {
        return exportReport.getText();
    }

    String statisticsCsv() {
        return new String(statsCsvSnapshot, StandardCharsets.UTF_8);
    }
}
