package org.cstoquiz.app.bank;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.JsonExporter;

/** The export formats the product offers, by the names the command line and the API accept. */
public final class ExportFormats {

    private static final List<Exporter> ALL = List.of(new JsonExporter());

    private ExportFormats() {
    }

    public static List<Exporter> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Exporter::formatName).sorted().toList();
    }

    public static Optional<Exporter> byName(String name) {
        return ALL.stream().filter(e -> e.formatName().equals(name)).findFirst();
    }
}
