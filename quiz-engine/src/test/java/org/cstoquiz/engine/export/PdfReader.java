package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Extracts text from the PDFs with PDFBox's {@link PDFTextStripper}, page by page. */
final class PdfReader {

    private PdfReader() {
    }

    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /** Whether every font on every page is embedded. */
    static boolean allFontsEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A character drawn: its text, and whether its font has a glyph for it and the glyph an outline. */
    record Drawn(String unicode, boolean hasGlyph, boolean hasOutline) {
    }

    /** Every character drawn on every page, with what its embedded font holds for it. */
    static List<Drawn> drawn(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Drawn> drawn = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    try {
                        int code = text.getCharacterCodes()[0];
                        PDFont font = text.getFont();
                        PDVectorFont vector = (PDVectorFont) font;
                        drawn.add(new Drawn(text.getUnicode(), vector.hasGlyph(code), !vector.getPath(code).getBounds2D().isEmpty()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            stripper.getText(document);
            return drawn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded TrueType file of each font on the first page, by the font's name. */
    static Map<String, Integer> glyphCounts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Integer> counts = new TreeMap<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                    counts.put(font.getName(), cid.getTrueTypeFont().getNumberOfGlyphs());
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} without any whitespace: line wrapping cannot change it. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00A0]+", "");
    }
}
