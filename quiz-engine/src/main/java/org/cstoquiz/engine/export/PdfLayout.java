package org.cstoquiz.engine.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Lays text out on A4 pages: paragraphs wrapped at word boundaries (words too long for a line are
 * split), a label column for numbers and letters, blocks kept on one page when they fit, a header
 * (title left, variant right) and a page footer on every page.
 */
final class PdfLayout {

    static final float MARGIN = 50;
    static final float TEXT_SIZE = 11;
    static final float LABEL_WIDTH = 24;
    private static final float LEADING = 1.35f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float TOP = PAGE.getHeight() - MARGIN - 28;
    private static final float BOTTOM = MARGIN + 20;

    /** One paragraph: an optional label ("12.", "B.") at {@code indent}, its text after the label column. */
    record Paragraph(String label, String text, boolean bold, float size, float indent, float spaceBefore) {

        static Paragraph text(String text) {
            return new Paragraph("", text, false, TEXT_SIZE, 0, 0);
        }

        static Paragraph labelled(String label, String text, float indent) {
            return new Paragraph(label, text, false, TEXT_SIZE, indent, 0);
        }

        Paragraph inBold() {
            return new Paragraph(label, text, true, size, indent, spaceBefore);
        }

        Paragraph sized(float newSize) {
            return new Paragraph(label, text, bold, newSize, indent, spaceBefore);
        }

        Paragraph after(float space) {
            return new Paragraph(label, text, bold, size, indent, space);
        }
    }

    private record Placed(String text, boolean bold, float size, float x, float y) {
    }

    private final PdfFonts fonts;
    private final List<List<Placed>> pages = new ArrayList<>();
    private float y = TOP;

    PdfLayout(PdfFonts fonts) {
        this.fonts = fonts;
        pages.add(new ArrayList<>());
    }

    /** Adds paragraphs that stay on one page when they fit on one. */
    void block(List<Paragraph> paragraphs) {
        List<List<Placed>> lines = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        float total = 0;
        for (Paragraph paragraph : paragraphs) {
            List<List<Placed>> wrapped = wrap(paragraph);
            for (int i = 0; i < wrapped.size(); i++) {
                float height = paragraph.size() * LEADING + (i == 0 ? paragraph.spaceBefore() : 0);
                lines.add(wrapped.get(i));
                heights.add(height);
                total += height;
            }
        }
        if (y - total < BOTTOM && total <= TOP - BOTTOM && y < TOP) {
            newPage();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (y - heights.get(i) < BOTTOM) {
                newPage();
            }
            y -= heights.get(i);
            for (Placed piece : lines.get(i)) {
                pages.getLast().add(new Placed(piece.text(), piece.bold(), piece.size(), piece.x(), y));
            }
        }
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    /** The paragraph as lines of placed pieces (y still unset). */
    private List<List<Placed>> wrap(Paragraph paragraph) {
        boolean bold = paragraph.bold();
        float size = paragraph.size();
        float x = MARGIN + paragraph.indent();
        float textX = paragraph.label().isEmpty() ? x : x + LABEL_WIDTH;
        float width = PAGE.getWidth() - MARGIN - textX;
        List<List<Placed>> lines = new ArrayList<>();
        for (String line : fonts.lines(paragraph.text(), bold, size, width)) {
            List<Placed> pieces = new ArrayList<>(2);
            pieces.add(new Placed(line, bold, size, textX, 0));
            lines.add(pieces);
        }
        if (!paragraph.label().isEmpty()) {
            lines.getFirst().addFirst(new Placed(fonts.printable(bold, paragraph.label()), bold, size, x, 0));
        }
        return lines;
    }

    /** The text's lines: split at CR LF, CR, LF, NEL and the Unicode line and paragraph separators. */
    static List<String> sourceLines(String text) {
        List<String> lines = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(start == 0 ? text : text.substring(start));
        return lines;
    }

    /**
     * Draws every page into {@code document} with its header and footer, in fonts that hold exactly
     * the characters drawn.
     */
    void drawInto(PDDocument document, String title, String variant) throws IOException {
        String left = fonts.printable(true, title);
        String right = fonts.printable(true, variant);
        List<String> footers = new ArrayList<>(pages.size());
        BitSet regularUsed = new BitSet();
        BitSet boldUsed = new BitSet();
        left.codePoints().forEach(boldUsed::set);
        right.codePoints().forEach(boldUsed::set);
        for (int n = 0; n < pages.size(); n++) {
            String footer = fonts.printable(false, "Page " + (n + 1) + " of " + pages.size());
            footers.add(footer);
            footer.codePoints().forEach(regularUsed::set);
            for (Placed piece : pages.get(n)) {
                piece.text().codePoints().forEach((piece.bold() ? boldUsed : regularUsed)::set);
            }
        }
        PdfFonts.Drawn regular = fonts.in(document, false, regularUsed);
        PdfFonts.Drawn bold = fonts.in(document, true, boldUsed);
        float headerY = PAGE.getHeight() - MARGIN;
        float rightX = PAGE.getWidth() - MARGIN - fonts.width(true, 10, right);
        for (int n = 0; n < pages.size(); n++) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            PDResources resources = new PDResources();
            page.setResources(resources);
            // PDFBox writes text operands a byte at a time: they go to an unsynchronised buffer, then in one piece
            PDAppearanceStream canvas = new PDAppearanceStream(new COSStream());
            canvas.setResources(resources);
            Operators operators = new Operators();
            try (PDPageContentStream content = new PDPageContentStream(document, canvas, operators)) {
                content.setLineWidth(0.5f);
                content.moveTo(MARGIN, headerY - 6);
                content.lineTo(PAGE.getWidth() - MARGIN, headerY - 6);
                content.stroke();
                Text text = new Text(content, operators, resources);
                text.show(left, bold, 10, MARGIN, headerY);
                text.show(right, bold, 10, rightX, headerY);
                String footer = footers.get(n);
                text.show(footer, regular, 8, (PAGE.getWidth() - fonts.width(false, 8, footer)) / 2, MARGIN);
                for (Placed piece : pages.get(n)) {
                    text.show(piece.text(), piece.bold() ? bold : regular, piece.size(), piece.x(), piece.y());
                }
                text.end();
            }
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(operators.buffer, 0, operators.count);
            }
            page.setContents(contents);
        }
    }

    /** A page's operators in memory, written byte by byte without a lock. */
    private static final class Operators extends OutputStream {
        byte[] buffer = new byte[8192];
        int count;

        @Override
        public void write(int b) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + len));
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }
    }

    /**
     * One text object per page: the font is set only when it changes, each piece placed by its offset
     * from the one before.
     */
    private static final class Text {
        private final PDPageContentStream content;
        private final OutputStream operators;
        private final PDResources resources;
        private final Map<PdfFonts.Drawn, COSName> names = new HashMap<>(4);
        private PdfFonts.Drawn font;
        private float size;
        private float x;
        private float y;

        Text(PDPageContentStream content, OutputStream operators, PDResources resources) {
            this.content = content;
            this.operators = operators;
            this.resources = resources;
        }

        void show(String text, PdfFonts.Drawn newFont, float newSize, float atX, float atY) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            if (font == null) {
                content.beginText();
            }
            if (newFont != font || newSize != size) {
                if (newFont.subset() != null) {
                    COSName name = names.computeIfAbsent(newFont, drawn -> resources.add(drawn.font()));
                    operators.write(("/" + name.getName() + " " + number(newSize) + " Tf\n").getBytes(StandardCharsets.US_ASCII));
                } else {
                    content.setFont(newFont.font(), newSize);
                }
                font = newFont;
                size = newSize;
            }
            content.newLineAtOffset(atX - x, atY - y);
            x = atX;
            y = atY;
            if (font.subset() != null) {
                // the content stream writes straight to the operators: nothing of PDFBox's to overtake
                font.subset().show(operators, text);
            } else {
                content.showText(text);
            }
        }

        private static String number(float value) {
            return value == (int) value ? Integer.toString((int) value)
                    : new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
        }

        void end() throws IOException {
            if (font != null) {
                content.endText();
            }
        }
    }
}
