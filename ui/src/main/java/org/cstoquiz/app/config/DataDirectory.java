package org.cstoquiz.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory that holds everything the application stores (the H2 database among it). */
public final class DataDirectory {

    public static final String PROPERTY = "csto-quiz.data-dir";

    private DataDirectory() {
    }

    /**
     * Creates the directory if needed and proves it can be written to.
     *
     * @throws UnusableDataDirectoryException with a one-line reason naming the directory
     */
    public static Path prepare(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException | SecurityException e) {
            throw new UnusableDataDirectoryException(absolute, "it cannot be created (" + describe(e) + ")");
        }
        if (!Files.isDirectory(absolute)) {
            throw new UnusableDataDirectoryException(absolute, "it is not a directory");
        }
        try {
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UnusableDataDirectoryException(absolute, "it is not writable (" + describe(e) + ")");
        }
        return absolute;
    }

    private static String describe(Exception e) {
        String kind = switch (e) {
            case java.nio.file.FileAlreadyExistsException f -> "a file is in the way: " + f.getFile();
            case java.nio.file.AccessDeniedException a -> "access denied: " + a.getFile();
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage();
        };
        return kind == null ? e.getClass().getSimpleName() : kind;
    }

    public static final class UnusableDataDirectoryException extends RuntimeException {
        public UnusableDataDirectoryException(Path directory, String reason) {
            super("Cannot use data directory " + directory + ": " + reason
                    + ". Set " + PROPERTY + " or CSTO_QUIZ_DATA_DIR to a writable directory.");
        }
    }
}
