/**
 * Exporters, one per file format, behind {@link org.cstoquiz.engine.export.Exporter}, listed by
 * {@link org.cstoquiz.engine.export.Exporters} ({@code all()}, {@code byName(name)}, {@code names()}).
 * Plain Java: no framework types, so the web app and the command line use them the same way.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>name</th><th>file</th><th>what it carries</th></tr>
 *   <tr><td>{@code json}</td><td>{@code csto-42.json}</td><td>everything; the public contract,
 *       read back by {@link org.cstoquiz.engine.export.JsonImporter}</td></tr>
 *   <tr><td>{@code moodle-xml}</td><td>{@code csto-42.xml}</td><td>every type, one category per area
 *       ({@link org.cstoquiz.engine.export.MoodleXmlExporter})</td></tr>
 *   <tr><td>{@code gift}</td><td>{@code csto-42.gift.txt}</td><td>every type, one category per area
 *       ({@link org.cstoquiz.engine.export.GiftExporter}); short-answer variants containing {@code ->}
 *       cannot be written and are reported by {@code skipped(set)}</td></tr>
 *   <tr><td>{@code aiken}</td><td>{@code csto-42.aiken.txt}</td><td>single-answer multiple choice only;
 *       the rest is reported by {@code skipped(set)} / {@code skippedIds(set)}
 *       ({@link org.cstoquiz.engine.export.AikenExporter})</td></tr>
 *   <tr><td>{@code anki}</td><td>{@code csto-42.anki.txt}</td><td>every type as Basic notes with file
 *       headers ({@link org.cstoquiz.engine.export.AnkiExporter})</td></tr>
 *   <tr><td>{@code qti}</td><td>{@code csto-42.qti.zip}</td><td>every type as IMS QTI 2.1 items in a
 *       content package ({@link org.cstoquiz.engine.export.QtiExporter})</td></tr>
 *   <tr><td>{@code pdf}</td><td>{@code csto-42.pdf.zip}</td><td>a printable paper and a separate answer
 *       key, two PDFs in one zip ({@link org.cstoquiz.engine.export.PdfExporter})</td></tr>
 * </table>
 *
 * <p>Every exporter escapes for its format, so no text of a question is ever read as markup or
 * syntax, and the same set always gives the same bytes. The tests read each format back with an
 * independent parser (XML Schema validation, gift-pegjs, commons-csv, PDFBox's text extraction, a
 * reader following Moodle's Aiken rules) and fuzz all of them with special characters.
 */
package org.cstoquiz.engine.export;
