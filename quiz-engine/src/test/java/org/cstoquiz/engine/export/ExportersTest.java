package org.cstoquiz.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstoquiz.engine.question.SampleQuestions;
import org.junit.jupiter.api.Test;

class ExportersTest {

    static final List<String> FORMATS = List.of("json", "moodle-xml", "gift", "aiken", "anki", "qti", "pdf");

    @Test
    void names_are_the_known_formats_sorted() {
        assertThat(Exporters.names()).isEqualTo(FORMATS.stream().sorted().toList());
        assertThat(Exporters.names()).isSorted();
    }

    @Test
    void every_name_finds_its_exporter() {
        for (String name : Exporters.names()) {
            assertThat(Exporters.byName(name)).get().extracting(Exporter::formatName).isEqualTo(name);
        }
        assertThat(Exporters.all()).extracting(Exporter::formatName).isEqualTo(Exporters.names());
    }

    @Test
    void unknown_names_find_nothing() {
        assertThat(Exporters.byName("docx")).isEmpty();
        assertThat(Exporters.byName("JSON")).isEmpty();
        assertThat(Exporters.byName("")).isEmpty();
    }

    @Test
    void every_exporter_has_a_content_type_an_extension_and_a_file_name() {
        QuestionSet set = new QuestionSet("csto", 42, SampleQuestions.everyType());
        Set<String> extensions = new HashSet<>();
        for (Exporter exporter : Exporters.all()) {
            assertThat(exporter.contentType()).matches("[a-z]+/[a-z0-9.+-]+(; ?charset=UTF-8)?");
            assertThat(exporter.fileExtension()).matches("[a-z0-9]+(\\.[a-z0-9]+)?");
            assertThat(extensions.add(exporter.fileName(set))).isTrue();
            assertThat(exporter.fileName(set)).isEqualTo("csto-42." + exporter.fileExtension());
        }
    }

    @Test
    void every_exporter_writes_something_and_the_same_bytes_twice() throws IOException {
        QuestionSet set = new QuestionSet("csto", 42, SampleQuestions.everyType());
        for (Exporter exporter : Exporters.all()) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            exporter.write(set, first);
            exporter.write(set, second);
            assertThat(first.size()).as(exporter.formatName()).isPositive();
            assertThat(first.toByteArray()).as(exporter.formatName()).isEqualTo(second.toByteArray());
        }
    }
}
