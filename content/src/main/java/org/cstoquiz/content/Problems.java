package org.cstoquiz.content;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a pack is read, so that every problem is reported at once. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new Problem(file, line, message));
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
