package org.cstoquiz.engine.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one PDF: a TrueType pair embedded as subsets when one is found (DejaVu Sans, then
 * Liberation Sans, covering Latin, Cyrillic, Greek, Armenian and Georgian), else Helvetica from
 * the standard 14, which has only WinAnsi characters. Characters the font cannot show are
 * replaced by {@code ?}, never dropped silently and never an error.
 */
final class PdfFonts {

    /** Regular and bold TrueType files, tried in order. */
    static final List<Path[]> CANDIDATES = List.of(
            new Path[] {Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")},
            new Path[] {Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                    Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")});

    static final String REPLACEMENT = "?";

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> supported = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The first installed TrueType pair, if any. */
    static Optional<Path[]> installedTrueType() {
        return CANDIDATES.stream().filter(pair -> Files.isReadable(pair[0]) && Files.isReadable(pair[1])).findFirst();
    }

    /** Embeds {@code trueType} (regular, bold) into {@code document}, or uses Helvetica when it is empty. */
    static PdfFonts load(PDDocument document, Optional<Path[]> trueType) throws IOException {
        if (trueType.isPresent()) {
            return new PdfFonts(PDType0Font.load(document, trueType.get()[0].toFile()),
                    PDType0Font.load(document, trueType.get()[1].toFile()));
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
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
