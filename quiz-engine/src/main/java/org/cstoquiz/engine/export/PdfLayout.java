package org.cstoquiz.engine.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

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
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u0085");
    private static final Pattern SPACES = Pattern.compile(" +");

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

    private record Placed(String text, PDFont font, float size, float x, float y) {
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
                pages.getLast().add(new Placed(piece.text(), piece.font(), piece.size(), piece.x(), y));
            }
        }
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    /** The paragraph as lines of placed pieces (y still unset). */
    private List<List<Placed>> wrap(Paragraph paragraph) {
        PDFont font = paragraph.bold() ? fonts.bold : fonts.regular;
        float size = paragraph.size();
        float x = MARGIN + paragraph.indent();
        float textX = paragraph.label().isEmpty() ? x : x + LABEL_WIDTH;
        float width = PAGE.getWidth() - MARGIN - textX;
        List<List<Placed>> lines = new ArrayList<>();
        for (String source : LINE_BREAK.split(paragraph.text(), -1)) {
            for (String line : wrapLine(fonts.printable(font, source), font, size, width)) {
                lines.add(new ArrayList<>(List.of(new Placed(line, font, size, textX, 0))));
            }
        }
        if (!paragraph.label().isEmpty()) {
            lines.getFirst().addFirst(new Placed(fonts.printable(font, paragraph.label()), font, size, x, 0));
        }
        return lines;
    }

    private List<String> wrapLine(String text, PDFont font, float size, float width) {
        float limit = width * 1000f / size;
        float space = fonts.units(font, " ");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        for (String word : SPACES.split(text.strip())) {
            float wordUnits = fonts.units(font, word);
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
            while (fonts.units(font, rest) > limit) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && fonts.units(font, rest.substring(0, rest.offsetByCodePoints(cut, 1))) <= limit) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineUnits = fonts.units(font, rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Draws every page into {@code document} with its header and footer. */
    void drawInto(PDDocument document, String title, String variant) throws IOException {
        for (int n = 0; n < pages.size(); n++) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float headerY = PAGE.getHeight() - MARGIN;
                String left = fonts.printable(fonts.bold, title);
                String right = fonts.printable(fonts.bold, variant);
                show(content, left, fonts.bold, 10, MARGIN, headerY);
                show(content, right, fonts.bold, 10, PAGE.getWidth() - MARGIN - fonts.width(fonts.bold, 10, right), headerY);
                content.setLineWidth(0.5f);
                content.moveTo(MARGIN, headerY - 6);
                content.lineTo(PAGE.getWidth() - MARGIN, headerY - 6);
                content.stroke();
                String footer = "Page " + (n + 1) + " of " + pages.size();
                show(content, footer, fonts.regular, 8,
                        (PAGE.getWidth() - fonts.width(fonts.regular, 8, footer)) / 2, MARGIN);
                for (Placed piece : pages.get(n)) {
                    show(content, piece.text(), piece.font(), piece.size(), piece.x(), piece.y());
                }
            }
        }
    }

    private static void show(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
