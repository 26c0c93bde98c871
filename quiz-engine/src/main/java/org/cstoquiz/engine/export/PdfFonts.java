package org.cstoquiz.engine.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one PDF: DejaVu Sans, regular and bold, which comes with this library (its licence
 * beside the files) and covers Latin, Cyrillic, Greek, Armenian and Georgian, embedded as a subset of
 * exactly the characters the document shows; or, on request, Helvetica from the standard 14, which
 * has only WinAnsi characters. Characters the font cannot show are replaced by {@code ?}, never
 * dropped silently and never an error. Text is measured with the typeface's widths, which are the
 * widths the embedded font declares, so lines break where they are drawn to end.
 */
final class PdfFonts {

    static final String REPLACEMENT = "?";

    private final PdfTypeface typeface;

    PdfFonts(PdfTypeface typeface) {
        this.typeface = typeface;
    }

    /**
     * {@code text} as the regular or bold font can show it: tabs and other control characters become
     * spaces (line breaks are the layout's business), unsupported characters become {@code ?}.
     */
    String printable(boolean bold, String text) {
        PdfTypeface.Face face = typeface.face(bold);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (blank(cp) || !face.shows(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (blank(cp)) {
                out.append(' ');
            } else if (face.shows(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        }
        return out.toString();
    }

    private static boolean blank(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE;
    }

    /** Width in points of already printable {@code text}. */
    float width(boolean bold, float size, String printable) {
        return units(bold, printable) / 1000f * size;
    }

    /** Width in font units (1/1000 of the size) of already printable {@code text}. */
    float units(boolean bold, String printable) {
        PdfTypeface.Face face = typeface.face(bold);
        float total = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            total += face.units(cp);
        }
        return total;
    }

    /**
     * {@code text} made printable and broken into lines at most {@code width} points wide in the
     * regular or bold font at {@code size}: at its line breaks, then at spaces; a word too long for a
     * line is split. A typeface remembers the lines of texts it broke lately: the variants of a paper
     * set the same texts again and again.
     */
    List<String> lines(String text, boolean bold, float size, float width) {
        return typeface.lines(new PdfTypeface.Lines(text, bold, size, width), key -> {
            List<String> lines = new ArrayList<>(2);
            for (String source : PdfLayout.sourceLines(text)) {
                lines.addAll(wrap(printable(bold, source), bold, size, width));
            }
            return List.copyOf(lines);
        });
    }

    /** The words of a line: what stands between runs of spaces, at least one (perhaps empty). */
    static List<String> words(String line) {
        String text = line.strip();
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int space = text.indexOf(' ', start);
            int end = space < 0 ? text.length() : space;
            words.add(text.substring(start, end));
            if (space < 0) {
                break;
            }
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return words;
    }

    private List<String> wrap(String text, boolean bold, float size, float width) {
        float limit = width * 1000f / size;
        float space = units(bold, " ");
        List<String> lines = new ArrayList<>(2);
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        for (String word : words(text)) {
            float wordUnits = units(bold, word);
            float candidate = line.isEmpty() ? wordUnits : lineUnits + space + wordUnits;
            if (candidate <= limit) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineUnits = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (units(bold, rest) > limit) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && units(bold, rest.substring(0, rest.offsetByCodePoints(cut, 1))) <= limit) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineUnits = units(bold, rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The run's deflater, for the documents' page contents (reset before each use). */
    Deflater deflater() {
        return typeface.deflater();
    }

    /** A font as a document draws in it: through PDFBox, or writing the codes of a cut subset itself. */
    record Drawn(PDFont font, PdfFontSubset subset) {
    }

    /** The regular or bold font for {@code document}, able to draw the characters {@code used}. */
    Drawn in(PDDocument document, boolean bold, BitSet used) throws IOException {
        return typeface.face(bold).in(document, used.stream().toArray());
    }
}
