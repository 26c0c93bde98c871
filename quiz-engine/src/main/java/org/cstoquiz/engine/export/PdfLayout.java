package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
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
        collect(left, boldUsed);
        collect(right, boldUsed);
        for (int n = 0; n < pages.size(); n++) {
            String footer = fonts.printable(false, "Page " + (n + 1) + " of " + pages.size());
            footers.add(footer);
            collect(footer, regularUsed);
            for (Placed piece : pages.get(n)) {
                collect(piece.text(), piece.bold() ? boldUsed : regularUsed);
            }
        }
        PdfFonts.Drawn regular = fonts.in(document, false, regularUsed);
        PdfFonts.Drawn bold = fonts.in(document, true, boldUsed);
        float headerY = PAGE.getHeight() - MARGIN;
        float rightX = PAGE.getWidth() - MARGIN - fonts.width(true, 10, right);
        // one set of resources (the two fonts) for every page, and one content stream writing each
        // page's operators in turn into memory (PDFBox writes text operands a byte at a time)
        PDResources resources = new PDResources();
        Map<PdfFonts.Drawn, COSName> names = new HashMap<>(4);
        PDAppearanceStream canvas = new PDAppearanceStream(new COSStream());
        canvas.setResources(resources);
        Operators operators = new Operators();
        try (PDPageContentStream content = new PDPageContentStream(document, canvas, operators)) {
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                page.setResources(resources);
                operators.count = 0;
                content.setLineWidth(0.5f);
                content.moveTo(MARGIN, headerY - 6);
                content.lineTo(PAGE.getWidth() - MARGIN, headerY - 6);
                content.stroke();
                Text text = new Text(content, operators, resources, names);
                text.show(left, bold, 10, MARGIN, headerY);
                text.show(right, bold, 10, rightX, headerY);
                String footer = footers.get(n);
                text.show(footer, regular, 8, (PAGE.getWidth() - fonts.width(false, 8, footer)) / 2, MARGIN);
                for (Placed piece : pages.get(n)) {
                    text.show(piece.text(), piece.bold() ? bold : regular, piece.size(), piece.x(), piece.y());
                }
                text.end();
                page.setContents(new PDStream(compressed(document, operators)));
            }
        }
    }

    /** The operators as a Flate-compressed stream of {@code document}, deflated with the run's deflater. */
    private COSStream compressed(PDDocument document, Operators operators) throws IOException {
        Deflater deflater = fonts.deflater();
        deflater.reset();
        deflater.setInput(operators.buffer, 0, operators.count);
        deflater.finish();
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        byte[] chunk = new byte[4096];
        try (OutputStream raw = stream.createRawOutputStream()) {
            while (!deflater.finished()) {
                raw.write(chunk, 0, deflater.deflate(chunk));
            }
        }
        return stream;
    }

    private static void collect(String text, BitSet used) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            used.set(cp);
            i += Character.charCount(cp);
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

        void ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                write(text.charAt(i));
            }
        }

        /** A number as a content stream operand, to a thousandth of a point. */
        void number(float value) {
            long thousandths = Math.round(value * 1000.0);
            if (thousandths < 0) {
                write('-');
                thousandths = -thousandths;
            }
            ascii(Long.toString(thousandths / 1000));
            int fraction = (int) (thousandths % 1000);
            if (fraction != 0) {
                write('.');
                for (int unit = 100; fraction != 0; unit /= 10) {
                    write('0' + fraction / unit);
                    fraction %= unit;
                }
            }
        }
    }

    /**
     * One text object per page: the font is set only when it changes, each piece placed by its offset
     * from the one before.
     */
    private static final class Text {
        private final PDPageContentStream content;
        private final Operators operators;
        private final PDResources resources;
        private final Map<PdfFonts.Drawn, COSName> names;
        private PdfFonts.Drawn font;
        private float size;
        private float x;
        private float y;

        Text(PDPageContentStream content, Operators operators, PDResources resources, Map<PdfFonts.Drawn, COSName> names) {
            this.content = content;
            this.operators = operators;
            this.resources = resources;
            this.names = names;
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
                    operators.ascii("/" + name.getName() + " ");
                    operators.number(newSize);
                    operators.ascii(" Tf\n");
                } else {
                    content.setFont(newFont.font(), newSize);
                }
                font = newFont;
                size = newSize;
            }
            operators.number(atX - x);
            operators.write(' ');
            operators.number(atY - y);
            operators.ascii(" Td\n");
            x = atX;
            y = atY;
            if (font.subset() != null) {
                // the content stream writes straight to the operators: nothing of PDFBox's to overtake
                font.subset().show(operators, text);
            } else {
                content.showText(text);
            }
        }

        void end() throws IOException {
            if (font != null) {
                content.endText();
            }
        }
    }
}
