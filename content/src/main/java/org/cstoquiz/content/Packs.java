package org.cstoquiz.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cstoquiz.domain.FactBase;

/**
 * The entry point for applications: the built-in CSTO pack, plus extra packs from a directory in
 * which each subdirectory is a pack.
 */
public final class Packs {

    /** Classpath location of the built-in pack. */
    public static final String BUILT_IN = "packs/csto";

    private Packs() {
    }

    /** The built-in CSTO pack. */
    public static FactBase loadBuiltIn() {
        return PackLoader.fromClasspath(BUILT_IN);
    }

    /**
     * The built-in pack first, then every pack found in the subdirectories of {@code extraPacksDir}
     * (sorted by directory name). Throws one {@link PackValidationException} listing the problems of
     * every pack, including two packs with the same id.
     */
    public static List<FactBase> loadAll(Optional<Path> extraPacksDir) {
        List<Problem> problems = new ArrayList<>();
        List<Path> packs = new ArrayList<>();
        if (extraPacksDir.isPresent()) {
            Path dir = extraPacksDir.get();
            if (!Files.isDirectory(dir)) {
                problems.add(new Problem(dir.toString(), 0, "extra packs directory does not exist"));
            } else {
                packs.addAll(subdirectories(dir));
            }
        }
        return load(packs, problems);
    }

    /**
     * Validates the pack in {@code packDir} exactly as the application would load it beside the
     * built-in pack (every rule of the loader, and a pack id the built-in pack already uses); the
     * pack, or one {@link PackValidationException} listing every problem. {@code facts --check} uses it.
     */
    public static FactBase check(Path packDir) {
        return load(List.of(packDir), new ArrayList<>()).getLast();
    }

    private static List<FactBase> load(List<Path> packDirs, List<Problem> problems) {
        List<PackLoader.Result> results = new ArrayList<>();
        results.add(PackLoader.load(new PackSource.Classpath(PackLoader.class.getClassLoader(), BUILT_IN)));
        for (Path dir : packDirs) {
            results.add(PackLoader.load(new PackSource.Directory(dir)));
        }
        Map<String, Problem> seen = new HashMap<>();
        for (PackLoader.Result r : results) {
            problems.addAll(r.problems());
            r.idLocation().ifPresent(loc -> {
                Problem previous = seen.putIfAbsent(loc.message(), loc);
                if (previous != null) {
                    problems.add(new Problem(loc.file(), loc.line(), "pack id '" + loc.message()
                            + "' is already used by " + previous.file() + (previous.file().startsWith(BUILT_IN)
                                    ? " (the built-in pack)" : "") + ": give this pack another id"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new PackValidationException(problems.stream().sorted(Problem.ORDER).toList());
        }
        return results.stream().map(r -> r.base().orElseThrow()).toList();
    }

    private static List<Path> subdirectories(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
