package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link QuestionSet} in one file format. One implementation per format (JSON, Moodle XML,
 * GIFT, Aiken, QTI, Anki, PDF; see {@link Exporters}), so the web app and the command line can offer
 * every format the same way: list them, name the download, set its content type, stream it.
 */
public interface Exporter {

    /** Short, stable name used in URLs and on the command line, e.g. {@code "json"}. */
    String formatName();

    /** The MIME type of the output, e.g. {@code "application/json"}. */
    String contentType();

    /** The file extension without the dot, e.g. {@code "json"}. */
    String fileExtension();

    /**
     * Writes the questions of {@code set} the target can import whole (all but {@link #skipped}) to
     * {@code out}. The stream is flushed, not closed: it belongs to the caller. The same set always
     * gives the same bytes.
     */
    void write(QuestionSet set, OutputStream out) throws IOException;

    /**
     * The questions of {@code set} that {@link #write} leaves out because the format or the tool it is
     * for cannot carry them whole, in set order, each with the reason. None by default.
     */
    default List<Skipped> skipped(QuestionSet set) {
        return List.of();
    }

    /** What {@link #write} makes of {@code set}: how many questions are written, which are skipped and why. */
    default ExportReport report(QuestionSet set) {
        return ExportReport.of(this, set);
    }

    /** A download name such as {@code csto-42.json}. */
    default String fileName(QuestionSet set) {
        return set.pack() + "-" + set.seed() + "." + fileExtension();
    }
}
