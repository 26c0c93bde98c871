package org.cstoquiz.app.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.PdfExporter;
import org.cstoquiz.engine.paper.Variant;
import org.cstoquiz.engine.question.AnswerKeys;

/** The variants of a paper as one zip: each variant in the chosen format, and its answer key as text. */
public final class PaperFiles {

    private PaperFiles() {
    }

    public static String zipName(String title) {
        return slug(title) + "-variants.zip";
    }

    public static byte[] zip(List<Variant> variants, Exporter exporter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Variant variant : variants) {
                String base = slug(variant.paper().title()) + "-" + variant.label();
                zip.putNextEntry(new ZipEntry(base + "." + exporter.fileExtension()));
                // a printed paper carries its title and variant label on every page
                Exporter forVariant = exporter instanceof PdfExporter
                        ? PdfExporter.forVariant(variant.paper().title(), variant.label()) : exporter;
                forVariant.write(variant.asQuestionSet(), new NonClosing(zip));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(base + "-key.txt"));
                zip.write(keyText(variant).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** "Mid-term — variant B — answer key", then one numbered line per question. */
    public static String keyText(Variant variant) {
        StringBuilder out = new StringBuilder();
        out.append(variant.paper().title()).append(" — variant ").append(variant.label()).append(" — answer key\n\n");
        for (Variant.KeyEntry entry : variant.answerKey()) {
            out.append(entry.number()).append(". ").append(AnswerKeys.describe(entry.question())).append('\n');
        }
        return out.toString();
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "paper" : slug;
    }

    /** Exporters close what they write to; the zip must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
