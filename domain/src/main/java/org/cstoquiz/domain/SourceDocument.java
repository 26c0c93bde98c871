package org.cstoquiz.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A source text a pack cites.
 *
 * @param key   short key used in content files ("002")
 * @param file  file name, e.g. {@code 002_9841b17b27cf22dc.txt}; citations name this
 * @param title what the text is
 * @param asOf  when its information holds, if known
 */
public record SourceDocument(String key, String file, String title, Optional<PartialDate> asOf) implements Serializable {

    /** Written as its parts, the date unknown as null (an {@code Optional} is not serializable). */
    private Object writeReplace() {
        return new Written(key, file, title, asOf.orElse(null));
    }

    private record Written(String key, String file, String title, PartialDate asOf) implements Serializable {
        private Object readResolve() {
            return new SourceDocument(key, file, title, Optional.ofNullable(asOf));
        }
    }

    public SourceDocument {
        Facts.requireText(key, "key");
        Facts.requireText(file, "file");
        Facts.requireText(title, "title");
        Objects.requireNonNull(asOf, "asOf");
    }
}
