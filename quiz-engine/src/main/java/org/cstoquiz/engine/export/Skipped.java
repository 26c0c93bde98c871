package org.cstoquiz.engine.export;

/**
 * A question an exporter left out of its file because the format cannot carry it, and why. Formats
 * without comments (Aiken) or whose syntax cannot express a text (GIFT) report these instead of
 * writing a note into the file.
 */
public record Skipped(String questionId, String reason) {
}
