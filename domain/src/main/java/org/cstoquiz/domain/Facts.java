package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Small helpers shared by the fact records. */
final class Facts {

    private Facts() {
    }

    @SafeVarargs
    static <T> List<T> list(T first, T... more) {
        List<T> out = new ArrayList<>(1 + more.length);
        out.add(first);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }

    static String requireId(String id) {
        Objects.requireNonNull(id, "id");
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid id '" + id + "': " + Ids.RULE);
        }
        return id;
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static List<Citation> requireCitations(List<Citation> citations, String id) {
        List<Citation> copy = List.copyOf(citations);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("fact '" + id + "' has no citation");
        }
        return copy;
    }

    static int count(Optional<?>... attributes) {
        int n = 0;
        for (Optional<?> a : attributes) {
            if (a.isPresent()) {
                n++;
            }
        }
        return n;
    }

    @SafeVarargs
    static List<Citation> all(List<Citation> own, Optional<? extends Sourced<?>>... attributes) {
        List<Citation> out = new ArrayList<>(own);
        for (Optional<? extends Sourced<?>> a : attributes) {
            a.ifPresent(s -> out.addAll(s.citations()));
        }
        return List.copyOf(out);
    }
}
