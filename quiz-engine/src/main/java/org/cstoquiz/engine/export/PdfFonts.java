package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
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
 * font cannot show are replaced by {@code ?}, never dropped silently and never an error.
 */
final class PdfFonts {

    /** The bundled regular and bold TrueType files, as class-path resources beside this class. */
    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    static final String REPLACEMENT = "?";

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> supported = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Embeds the bundled TrueType pair into {@code document}, or uses Helvetica when {@code trueType} is false. */
    static PdfFonts load(PDDocument document, boolean trueType) throws IOException {
        if (trueType) {
            return new PdfFonts(PDType0Font.load(document, resource(REGULAR)), PDType0Font.load(document, resource(BOLD)));
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PdfFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the bundled font " + name + " is missing from the class path");
        }
        return in;
    }

    /**
     * {@code text} as {@code font} can show it: tabs and other control characters become spaces
     * (line breaks are the layout's business), unsupported characters become {@code ?}.
     */
    String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.SURROGATE) {
                out.append(' ');
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Width in points of already printable {@code text}. */
    float width(PDFont font, float size, String printable) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot measure text that printable() let through", e);
        }
    }

    private boolean canShow(PDFont font, int cp) {
        return supported.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(Character.toString(c));
                return font.getStringWidth(Character.toString(c)) >= 0;
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
                return false;
            }
        });
    }
}
