package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

/**
 * Reads an Anki export: the {@code #key:value} header lines Anki reads first, then the notes with
 * commons-csv (tab-separated, {@code "}-quoted), then each note's Front and Back back into a
 * {@link Meaning} following the layout {@link AnkiExporter} documents.
 */
final class AnkiReader {

    record Note(String guid, String front, String back, String tags) {
    }

    record AnkiFile(Map<String, String> headers, List<Note> notes) {
    }

    private AnkiReader() {
    }

    static AnkiFile read(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        int position = 0;
        while (position < text.length() && text.charAt(position) == '#') {
            int end = text.indexOf('\n', position);
            String line = text.substring(position + 1, end);
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1));
            position = end + 1;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuote('"').setRecordSeparator("\n").get();
        List<Note> notes = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(position)), format)) {
            for (CSVRecord record : parser) {
                if (record.size() != 4) {
                    throw new AssertionError("note " + record.getRecordNumber() + " has " + record.size() + " fields: " + record);
                }
                notes.add(new Note(record.get(0), record.get(1), record.get(2), record.get(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnkiFile(headers, notes);
    }

    /** What Anki can carry of a question: options, prompts and short-answer variants on one line each. */
    static Meaning expected(Question question) {
        Meaning meaning = Meaning.of(question);
        List<String> options = meaning.options().stream().map(TextLines::oneLine).toList();
        List<String> key = meaning.key().stream().map(TextLines::oneLine).toList();
        return new Meaning(meaning.stem(), question.type() == QuestionType.MATCHING ? options.stream().sorted().toList() : options, key);
    }

    static Meaning meaning(Note note, QuestionType type) {
        String[] back = note.back().split("\n\n", 2);
        List<String> keyLines = List.of(back[0].split("\n", -1));
        List<String> front = new ArrayList<>(List.of(note.front().split("\n", -1)));
        return switch (type) {
            case TRUE_FALSE -> {
                String suffix = "\n\n" + AnkiExporter.TRUE_OR_FALSE;
                if (!note.front().endsWith(suffix)) {
                    throw new AssertionError("true/false front without the question line: " + note.front());
                }
                yield new Meaning(note.front().substring(0, note.front().length() - suffix.length()), List.of(),
                        List.of(keyLines.getFirst().toLowerCase()));
            }
            case NUMERIC -> {
                String[] parts = keyLines.getFirst().split(" ± ");
                yield new Meaning(note.front(), List.of(),
                        List.of(Meaning.number(parts[0]), parts.length > 1 ? Meaning.number(parts[1]) : "0"));
            }
            case SHORT_ANSWER -> new Meaning(note.front(), List.of(), keyLines);
            case MATCHING -> {
                List<String> choices = block(front, true);
                List<String> prompts = block(front, false);
                List<String> key = new ArrayList<>();
                for (int i = 0; i < prompts.size(); i++) {
                    String prefix = (i + 1) + ". " + prompts.get(i) + " → ";
                    if (!keyLines.get(i).startsWith(prefix)) {
                        throw new AssertionError("pair " + (i + 1) + " does not start with its prompt: " + keyLines.get(i));
                    }
                    key.add(prompts.get(i));
                    key.add(withoutLabel(keyLines.get(i).substring(prefix.length())));
                }
                yield new Meaning(String.join("\n", front), choices.stream().sorted().toList(), key);
            }
            case ORDERING -> {
                List<String> options = block(front, true);
                yield new Meaning(String.join("\n", front), options,
                        keyLines.stream().map(AnkiReader::withoutLabel).map(AnkiReader::withoutLabel).toList());
            }
            default -> {
                List<String> options = block(front, true);
                yield new Meaning(String.join("\n", front), options, keyLines.stream().map(AnkiReader::withoutLabel).toList());
            }
        };
    }

    /**
     * Removes the last block of labelled lines ({@code A. …} to the last letter, or {@code 1. …} to the
     * last number) and the blank line before it from {@code lines}; returns the texts without labels.
     */
    private static List<String> block(List<String> lines, boolean letters) {
        String last = lines.getLast();
        String lastLabel = last.substring(0, Math.max(0, last.indexOf(". ")));
        int count = letters ? lastLabel.charAt(0) - 'A' + 1 : Integer.parseInt(lastLabel);
        List<String> texts = new ArrayList<>();
        for (int k = count - 1; k >= 0; k--) {
            String label = (letters ? Choice.letter(k) : String.valueOf(k + 1)) + ". ";
            String line = lines.removeLast();
            if (!line.startsWith(label)) {
                throw new AssertionError("expected a line labelled " + label + "got " + line);
            }
            texts.addFirst(line.substring(label.length()));
        }
        if (!lines.getLast().isEmpty()) {
            throw new AssertionError("no blank line before the " + (letters ? "options" : "prompts"));
        }
        lines.removeLast();
        return texts;
    }

    /** {@code "B. text"} → {@code "text"}, {@code "2. text"} → {@code "text"}. */
    private static String withoutLabel(String line) {
        int dot = line.indexOf(". ");
        if (dot < 1 || !line.substring(0, dot).matches("[A-Z]|[0-9]+")) {
            throw new AssertionError("expected a labelled line, got " + line);
        }
        return line.substring(dot + 2);
    }
}
