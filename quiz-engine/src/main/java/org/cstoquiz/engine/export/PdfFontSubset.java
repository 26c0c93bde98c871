package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A subset of a TrueType face holding exactly some characters, made into a PDF font once and drawn
 * in by every document that shows those characters. The font's objects live in a document of their
 * own, which stays open while the subset is kept (as pages imported from another document need it
 * open), and each document that uses the font writes a copy of them when it is saved.
 *
 * <p>The font is embedded whole (it is already the subset) with the identity encoding, so a
 * character's code in a content stream is its glyph id; {@link #show} writes the codes itself
 * instead of asking PDFBox to look each character up again.
 */
final class PdfFontSubset implements AutoCloseable {

    private static final byte[] SHOW = ") Tj\n".getBytes(StandardCharsets.US_ASCII);

    private final PDDocument home;
    private final TrueTypeFont file;
    private final PDType0Font font;
    /** Glyph ids by character, in blocks of 256 characters (none for a block with no character). */
    private final char[][] glyphs;

    private PdfFontSubset(PDDocument home, TrueTypeFont file, PDType0Font font, char[][] glyphs) {
        this.home = home;
        this.file = file;
        this.font = font;
        this.glyphs = glyphs;
    }

    /** The font of {@code file}, a subset holding {@code codePoints} (sorted, all in the basic plane). */
    static PdfFontSubset of(TrueTypeFont file, int[] codePoints) throws IOException {
        PDDocument home = new PDDocument();
        try {
            PDType0Font font = PDType0Font.load(home, file, false);
            CmapLookup cmap = file.getUnicodeCmapLookup();
            char[][] glyphs = new char[256][];
            for (int cp : codePoints) {
                int glyph = cmap.getGlyphId(cp);
                byte[] expected = font.encode(Character.toString(cp));
                if (glyph <= 0 || glyph > 0xFFFF || expected.length != 2
                        || ((expected[0] & 0xFF) << 8 | expected[1] & 0xFF) != glyph) {
                    throw new IllegalStateException("the subset's code for U+" + Integer.toHexString(cp) + " is not its glyph id");
                }
                if (glyphs[cp >> 8] == null) {
                    glyphs[cp >> 8] = new char[256];
                }
                glyphs[cp >> 8][cp & 0xFF] = (char) glyph;
            }
            return new PdfFontSubset(home, file, font, glyphs);
        } catch (IOException | RuntimeException e) {
            home.close();
            file.close();
            throw e;
        }
    }

    PDType0Font font() {
        return font;
    }

    /**
     * Writes the operator showing {@code text} (characters of this subset only, all in the basic
     * plane) in this font: a literal string of two-byte glyph ids, half the size of a hex string.
     */
    void show(OutputStream operators, String text) throws IOException {
        byte[] out = new byte[1 + 4 * text.length() + SHOW.length];
        int n = 0;
        out[n++] = '(';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] block = glyphs[c >> 8];
            int glyph = block == null ? 0 : block[c & 0xFF];
            if (glyph == 0) {
                throw new IllegalArgumentException("U+" + Integer.toHexString(c) + " is not in this subset");
            }
            n = literal(out, n, glyph >> 8);
            n = literal(out, n, glyph & 0xFF);
        }
        System.arraycopy(SHOW, 0, out, n, SHOW.length);
        operators.write(out, 0, n + SHOW.length);
    }

    /** One byte of a literal string: escaped when it would end the string or be read as a line end. */
    private static int literal(byte[] out, int n, int b) {
        switch (b) {
            case '(', ')', '\\' -> {
                out[n++] = '\\';
                out[n++] = (byte) b;
            }
            case '\r' -> {
                out[n++] = '\\';
                out[n++] = 'r';
            }
            case '\n' -> {
                out[n++] = '\\';
                out[n++] = 'n';
            }
            default -> out[n++] = (byte) b;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            home.close();
        } finally {
            file.close();
        }
    }
}
