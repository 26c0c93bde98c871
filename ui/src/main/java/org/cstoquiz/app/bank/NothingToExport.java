package org.cstoquiz.app.bank;

import org.cstoquiz.engine.export.ExportReport;

/** An export none of whose questions the format can carry: no file is made, and the report says why. */
public final class NothingToExport extends BadExportRequest {

    private final transient ExportReport report;

    public NothingToExport(ExportReport report) {
        super("nothing to write: none of the " + report.asked() + (report.asked() == 1 ? " question" : " questions")
                + " can be written in " + report.format() + " (" + report.reasons() + ")");
        this.report = report;
    }

    public ExportReport report() {
        return report;
    }
}
