package org.cstoquiz.app.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.engine.question.Source;

/**
 * The quotes of a question as a person reads them; for display only, the stored quotes stay word for
 * word. Reference marks ("[40]", "[Note 3]", "[citation needed]") are dropped, and a row of a table
 * quoted together with the table's header is written as the sentence its figures belong to:
 * "Russia Russia[40][Note 3] 900,000 2,000,000 554,000 3,454,000" with the header "Flag Country
 * Active military Reserve military Paramilitary Total" becomes "Russia: active military 900,000,
 * reserve military 2,000,000, paramilitary 554,000, total 3,454,000". The header itself is then not
 * shown again. A row whose header is not quoted keeps its cells, the repeated name (a flag's
 * caption) once.
 */
public final class ReadableQuotes {

    /**
     * One quote as shown.
     *
     * @param document the source file it comes from
     * @param text     what is shown
     * @param verbatim whether {@code text} is the source's own words (with reference marks dropped),
     *                 shown in quotation marks; a table row written as a sentence is not
     */
    public record Quote(String document, String text, boolean verbatim) {
    }

    private static final Pattern REFERENCE_MARK = Pattern.compile(
            "\\[(?:\\d{1,3}|[a-z]|(?:Note|note|nb|NB) \\d{1,3}|citation needed|clarification needed|when\\?|who\\?|"
                    + "which\\?|dubious[^\\]]{0,20}|verification needed|better source needed)]");
    /** A name, the same name again (a flag's caption beside the country), then the cells. */
    private static final Pattern FLAGGED_ROW = Pattern.compile("^(\\p{Lu}[\\p{L} .'’-]*?) \\1 (.+)$");
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d[\\d,]*(?:\\.\\d+)?%?");
    /** A column name is a capitalised word and the lower-case words after it: "Active military", "Total". */
    private static final Pattern COLUMN = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Ll}+)*");
    /** A header: column names only, no digits, no punctuation. */
    private static final Pattern HEADER = Pattern.compile(COLUMN.pattern() + "(?: " + COLUMN.pattern() + ")+");

    private ReadableQuotes() {
    }

    /** Reference marks dropped and spaces made single. */
    public static String withoutMarks(String quote) {
        return REFERENCE_MARK.matcher(quote).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** The quotes of one question in their order, as shown; a header merged into its row is left out. */
    public static List<Quote> of(List<Source> sources) {
        Map<Integer, Quote> shown = new LinkedHashMap<>();
        List<Integer> mergedHeaders = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String text = withoutMarks(source.quote());
            Matcher row = FLAGGED_ROW.matcher(text);
            if (!row.matches()) {
                shown.put(i, new Quote(source.document(), text, true));
                continue;
            }
            String name = row.group(1);
            List<String> cells = List.of(row.group(2).split(" "));
            Optional<Integer> header = cells.stream().allMatch(cell -> NUMBER.matcher(cell).matches())
                    ? header(sources, source.document(), cells.size()) : Optional.empty();
            if (header.isPresent()) {
                List<String> columns = columns(withoutMarks(sources.get(header.get()).quote()));
                List<String> named = columns.subList(columns.size() - cells.size(), columns.size());
                List<String> parts = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    parts.add(lowerFirst(named.get(c)) + " " + cells.get(c));
                }
                shown.put(i, new Quote(source.document(), name + ": " + String.join(", ", parts), false));
                mergedHeaders.add(header.get());
            } else {
                shown.put(i, new Quote(source.document(), name + " " + row.group(2), true));
            }
        }
        mergedHeaders.forEach(shown::remove);
        return List.copyOf(shown.values());
    }

    /**
     * The header quoted beside a row of {@code cells} numbers: a quote of the same document made of
     * column names only, one or two more than the cells (the name, and a flag's column).
     */
    private static Optional<Integer> header(List<Source> sources, String document, int cells) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String text = withoutMarks(source.quote());
            int extra = HEADER.matcher(text).matches() ? columns(text).size() - cells : 0;
            if (source.document().equals(document) && (extra == 1 || extra == 2)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static List<String> columns(String header) {
        List<String> columns = new ArrayList<>();
        Matcher column = COLUMN.matcher(header);
        while (column.find()) {
            columns.add(column.group().strip());
        }
        return columns;
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
