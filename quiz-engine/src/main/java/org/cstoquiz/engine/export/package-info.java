/**
 * Exporters, one per file format, behind {@link org.cstoquiz.engine.export.Exporter}; the public
 * JSON format ({@link org.cstoquiz.engine.export.JsonExporter}, read back by
 * {@link org.cstoquiz.engine.export.JsonImporter}).
 */
package org.cstoquiz.engine.export;
