package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typeface of printed papers, parsed once for a run of PDF documents made one after another on
 * one thread (a paper and its key, or every variant of a paper): DejaVu Sans regular and bold, which
 * come with this library (their licence beside the files), or Helvetica from the standard 14.
 * Parsing the TrueType files is most of the cost of a short document, so a run shares one parse.
 * Not thread-safe; close it when the run's documents are saved.
 *
 * <p>Glyph substitution (ligatures) is off: what is drawn is exactly what was measured when lines
 * were broken, and drawing does not run the substitution engine on every line.
 */
public final class PdfTypeface implements AutoCloseable {

    /** The bundled regular and bold TrueType files, as class-path resources beside this class. */
    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final Map<Integer, Boolean> regularSupported = new HashMap<>();
    private final Map<Integer, Boolean> boldSupported = new HashMap<>();

    private PdfTypeface(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The bundled TrueType pair, or Helvetica (nothing to parse) when {@code trueType} is false. */
    static PdfTypeface open(boolean trueType) throws IOException {
        if (!trueType) {
            return new PdfTypeface(null, null);
        }
        TrueTypeFont regular = parse(Bundled.REGULAR_BYTES);
        try {
            return new PdfTypeface(regular, parse(Bundled.BOLD_BYTES));
        } catch (IOException | RuntimeException e) {
            regular.close();
            throw e;
        }
    }

    boolean embeds() {
        return regular != null;
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    /** Advance widths by character, in font units, of the regular or the bold font (the same in every document). */
    Map<Integer, Float> widths(boolean ofBold) {
        return ofBold ? boldWidths : regularWidths;
    }

    /** Whether the regular or the bold font can show a character. */
    Map<Integer, Boolean> supported(boolean ofBold) {
        return ofBold ? boldSupported : regularSupported;
    }

    @Override
    public void close() throws IOException {
        if (regular != null) {
            regular.close();
            bold.close();
        }
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return font;
    }

    /** The bundled files, read from the class path once. */
    private static final class Bundled {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);

        private static byte[] read(String name) {
            try (InputStream in = PdfTypeface.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + name, e);
            }
        }
    }
}
