package org.cstoquiz.engine.export;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one PDF: DejaVu Sans, regular and bold, which comes with this library (its licence
 * beside the files) and covers Latin, Cyrillic, Greek, Armenian and Georgian, embedded as subsets;
 * or, on request, Helvetica from the standard 14, which has only WinAnsi characters. Characters the
 * font cannot show are replaced by {@code ?}, never dropped silently and never an error. Widths are
 * cached per character in the typeface, for every document set in it (measuring whole strings again
 * and again was a quarter of the export's time).
 */
final class PdfFonts {

    static final String REPLACEMENT = "?";

    final PDFont regular;
    final PDFont bold;
    private final PdfTypeface typeface;

    private PdfFonts(PDFont regular, PDFont bold, PdfTypeface typeface) {
        this.regular = regular;
        this.bold = bold;
        this.typeface = typeface;
    }

    /** The typeface's fonts for {@code document}: its TrueType pair embedded as subsets, or Helvetica. */
    static PdfFonts load(PDDocument document, PdfTypeface typeface) throws IOException {
        if (!typeface.embeds()) {
            return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), typeface);
        }
        return new PdfFonts(PDType0Font.load(document, typeface.regular(), true),
                PDType0Font.load(document, typeface.bold(), true), typeface);
    }

    /**
     * {@code text} as {@code font} can show it: tabs and other control characters become spaces
     * (line breaks are the layout's business), unsupported characters become {@code ?}.
     */
    String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.SURROGATE) {
                out.append(' ');
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        }
        return out.toString();
    }

    /** Width in points of already printable {@code text}. */
    float width(PDFont font, float size, String printable) {
        return units(font, printable) / 1000f * size;
    }

    /** Width in font units (1/1000 of the size) of already printable {@code text}. */
    float units(PDFont font, String printable) {
        Map<Integer, Float> cache = typeface.widths(font == bold);
        float total = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            total += cache.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(Character.toString(c));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException("cannot measure text that printable() let through", e);
                }
            });
        }
        return total;
    }

    private boolean canShow(PDFont font, int cp) {
        return typeface.supported(font == bold).computeIfAbsent(cp, c -> {
            try {
                font.encode(Character.toString(c));
                return font.getStringWidth(Character.toString(c)) >= 0;
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
                return false;
            }
        });
    }
}
