package org.cstoquiz.engine.export;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every export format, by name. The exporters are stateless, so the same instances are shared.
 * The web app and the command line list {@link #names()} and look a format up with {@link #byName(String)}.
 */
public final class Exporters {

    private static final List<Exporter> ALL = List.<Exporter>of(
                    new JsonExporter(),
                    new MoodleXmlExporter(),
                    new GiftExporter(),
                    new AikenExporter(),
                    new AnkiExporter(),
                    new QtiExporter(),
                    new PdfExporter())
            .stream()
            .sorted(Comparator.comparing(Exporter::formatName))
            .toList();

    private Exporters() {
    }

    /** Every exporter, sorted by format name. */
    public static List<Exporter> all() {
        return ALL;
    }

    /** The exporter whose {@link Exporter#formatName()} is exactly {@code name}. */
    public static Optional<Exporter> byName(String name) {
        return ALL.stream().filter(exporter -> exporter.formatName().equals(name)).findFirst();
    }

    /** The format names, sorted. */
    public static List<String> names() {
        return ALL.stream().map(Exporter::formatName).toList();
    }
}
