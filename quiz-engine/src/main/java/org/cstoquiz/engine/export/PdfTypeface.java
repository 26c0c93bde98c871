package org.cstoquiz.engine.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The typeface of printed papers, for a run of PDF documents made one after another on one thread
 * (a paper and its key, or every variant of a paper): DejaVu Sans regular and bold, which come with
 * this library (their licence beside the files), or Helvetica from the standard 14. Not
 * thread-safe; close it when the run's documents are saved.
 *
 * <p>Parsing the TrueType files, measuring characters and cutting the subset a document embeds are
 * most of the cost of a short document, so they are done once and kept: closing a typeface hands its
 * parsed files, widths and last sixteen subsets of each weight to the next run (at most one typeface
 * kept per processor, about 12 MB each); the lines a run broke its texts into are forgotten. A
 * document embeds exactly the characters it shows, so its bytes do not depend on what was made
 * before it.
 *
 * <p>Glyph substitution (ligatures) is off: what is drawn is exactly what was measured when lines
 * were broken, and drawing does not run the substitution engine on every line.
 */
public final class PdfTypeface implements AutoCloseable {

    /** The bundled regular and bold TrueType files, as class-path resources beside this class. */
    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static final ConcurrentLinkedQueue<PdfTypeface> IDLE = new ConcurrentLinkedQueue<>();

    private static final int LINES_KEPT = 1024;
    private static final int PAGE_COMPRESSION = 3;

    private final Face regular;
    private final Face bold;
    private final Map<Lines, List<String>> lines = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Lines, List<String>> eldest) {
            return size() > LINES_KEPT;
        }
    };
    private Deflater deflater;
    private boolean open = true;

    private PdfTypeface(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The bundled TrueType pair, or Helvetica (nothing to parse) when {@code trueType} is false. */
    static PdfTypeface open(boolean trueType) throws IOException {
        if (!trueType) {
            return new PdfTypeface(Face.standard(Standard14Fonts.FontName.HELVETICA),
                    Face.standard(Standard14Fonts.FontName.HELVETICA_BOLD));
        }
        PdfTypeface idle = IDLE.poll();
        if (idle != null) {
            idle.open = true;
            return idle;
        }
        TrueTypeFont regular = parse(Bundled.REGULAR_BYTES);
        try {
            return new PdfTypeface(new Face(regular, Bundled.REGULAR_BYTES),
                    new Face(parse(Bundled.BOLD_BYTES), Bundled.BOLD_BYTES));
        } catch (IOException | RuntimeException e) {
            regular.close();
            throw e;
        }
    }

    boolean embeds() {
        return regular.trueType != null;
    }

    Face face(boolean ofBold) {
        return ofBold ? bold : regular;
    }

    /** A text to break into lines: the text, its weight and size, and the width of the column. */
    record Lines(String text, boolean bold, float size, float width) {
    }

    /** The lines {@code text} breaks into, from those remembered or else {@code breaking} (and then remembered). */
    List<String> lines(Lines text, Function<Lines, List<String>> breaking) {
        return lines.computeIfAbsent(text, breaking);
    }

    /**
     * A deflater for the run's page contents, made once; reset it before each use. Level 3: a paper
     * and its key take a quarter less time than at the default level, and come out within 2 % of its
     * size (pages of text repeat themselves a lot, which the default level searches long for).
     */
    Deflater deflater() {
        if (deflater == null) {
            deflater = new Deflater(PAGE_COMPRESSION);
        }
        return deflater;
    }

    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        lines.clear();
        if (embeds() && IDLE.size() < Runtime.getRuntime().availableProcessors()) {
            IDLE.offer(this);
            return;
        }
        if (deflater != null) {
            deflater.end();
        }
        if (embeds()) {
            regular.close();
            bold.close();
        }
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return font;
    }

    /**
     * One weight of the typeface: which characters it shows, their advance widths in font units
     * (1/1000 of the size, as the PDF's width array gives them), and the font a document embeds.
     */
    static final class Face {

        private static final int BMP = 0x10000;
        private static final byte UNKNOWN = 0;
        private static final byte SHOWN = 1;
        private static final byte MISSING = 2;
        /** Tables a PDF needs to draw the glyphs, plus those that let the subset be embedded as it is. */
        private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
                "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");
        private static final int SUBSETS_KEPT = 16;

        private final TrueTypeFont trueType;
        private final byte[] file;
        private final PDFont standard;
        private final CmapLookup cmap;
        private final float scale;
        private final byte[] state = new byte[BMP];
        private final float[] widths = new float[BMP];
        private final Map<Integer, Float> beyondBmp = new HashMap<>();
        private final Map<Subset, PdfFontSubset> subsets = new LinkedHashMap<>(32, 0.75f, true);

        private Face(TrueTypeFont trueType, byte[] file) throws IOException {
            this.trueType = trueType;
            this.file = file;
            this.standard = null;
            this.cmap = trueType.getUnicodeCmapLookup();
            this.scale = 1000f / trueType.getHeader().getUnitsPerEm();
        }

        private Face(PDFont standard) {
            this.trueType = null;
            this.file = null;
            this.standard = standard;
            this.cmap = null;
            this.scale = 1;
        }

        static Face standard(Standard14Fonts.FontName name) {
            return new Face(new PDType1Font(name));
        }

        /** Whether a character has a glyph (anything but a control or format character). */
        boolean shows(int cp) {
            if (cp >= BMP) {
                return !Float.isNaN(beyondBmp.computeIfAbsent(cp, this::measure));
            }
            if (state[cp] == UNKNOWN) {
                float width = measure(cp);
                state[cp] = Float.isNaN(width) ? MISSING : SHOWN;
                widths[cp] = width;
            }
            return state[cp] == SHOWN;
        }

        /** The advance width of a character {@link #shows shown}, in font units. */
        float units(int cp) {
            if (!shows(cp)) {
                throw new IllegalStateException("cannot measure U+" + Integer.toHexString(cp) + ", which the font lacks");
            }
            return cp >= BMP ? beyondBmp.get(cp) : widths[cp];
        }

        /** The width or NaN when the font cannot show the character. */
        private float measure(int cp) {
            String text = Character.toString(cp);
            if (trueType != null) {
                try {
                    int gid = cmap.getGlyphId(cp);
                    return gid == 0 ? Float.NaN : Math.round(trueType.getAdvanceWidth(gid) * scale);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the bundled font", e);
                }
            }
            try {
                standard.encode(text);
                float width = standard.getStringWidth(text);
                return width >= 0 ? width : Float.NaN;
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
                return Float.NaN;
            }
        }

        /**
         * The font {@code document} draws these characters (sorted) in: for the TrueType faces a subset
         * of exactly them, embedded whole, cut and made into a font once for every document that shows
         * the same characters.
         */
        PdfFonts.Drawn in(PDDocument document, int[] codePoints) throws IOException {
            if (trueType == null) {
                return new PdfFonts.Drawn(standard, null);
            }
            if (codePoints.length > 0 && codePoints[codePoints.length - 1] >= BMP) {
                // a cut subset's character map holds the basic plane only: PDFBox subsets this one
                // when the document is saved (and closes the file it was given then)
                return new PdfFonts.Drawn(PDType0Font.load(document, parse(file), true), null);
            }
            Subset key = new Subset(codePoints);
            PdfFontSubset subset = subsets.get(key);
            if (subset == null) {
                subset = PdfFontSubset.of(cut(codePoints), codePoints);
                subsets.put(key, subset);
                if (subsets.size() > SUBSETS_KEPT) {
                    var eldest = subsets.entrySet().iterator();
                    eldest.next().getValue().close();
                    eldest.remove();
                }
            }
            return new PdfFonts.Drawn(subset.font(), subset);
        }

        private TrueTypeFont cut(int[] codePoints) throws IOException {
            TTFSubsetter subsetter = new TTFSubsetter(trueType, SUBSET_TABLES);
            for (int cp : codePoints) {
                subsetter.add(cp);
            }
            subsetter.setPrefix(tag(codePoints));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            return parse(bytes.toByteArray());
        }

        /** The six capital letters that mark a subset font's name, from the characters it holds. */
        private static String tag(int[] codePoints) {
            long n = Integer.toUnsignedLong(Arrays.hashCode(codePoints));
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + n % 26));
                n /= 26;
            }
            return tag.append('+').toString();
        }

        private void close() throws IOException {
            for (PdfFontSubset subset : subsets.values()) {
                subset.close();
            }
            subsets.clear();
            trueType.close();
        }
    }

    /** A set of characters, sorted, as the key of a cut subset. */
    private record Subset(int[] codePoints) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Subset that && Arrays.equals(codePoints, that.codePoints);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codePoints);
        }

        @Override
        public String toString() {
            return Arrays.toString(codePoints);
        }
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
