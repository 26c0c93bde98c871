package org.cstoquiz.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fact pack is about.
 *
 * @param id           pack id ("csto")
 * @param name         display name
 * @param organization id of the {@link Organization} the pack is about
 * @param description  a sentence for instructors
 * @param sources      the source texts the pack cites
 */
public record PackInfo(String id, String name, String organization, Optional<String> description,
                       List<SourceDocument> sources) implements Serializable {

    /** Written as its parts, no description as null (an {@code Optional} is not serializable). */
    private Object writeReplace() {
        return new Written(id, name, organization, description.orElse(null), sources);
    }

    private record Written(String id, String name, String organization, String description,
                           List<SourceDocument> sources) implements Serializable {
        private Object readResolve() {
            return new PackInfo(id, name, organization, Optional.ofNullable(description), sources);
        }
    }

    public PackInfo {
        Facts.requireText(id, "id");
        Facts.requireText(name, "name");
        Facts.requireText(organization, "organization");
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
    }

    public Optional<SourceDocument> source(String fileOrKey) {
        return sources.stream().filter(s -> s.file().equals(fileOrKey) || s.key().equals(fileOrKey)).findFirst();
    }
}
