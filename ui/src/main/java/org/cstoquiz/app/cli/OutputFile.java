package org.cstoquiz.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.cstoquiz.app.bank.BadExportRequest;

/** A file given with {@code --out}: checked before any work, then written whole or not at all. */
final class OutputFile {

    /** Writes the content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Fails before any work when the file cannot be written, so a bad --out leaves nothing behind. */
    static void checkWritable(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new BadExportRequest("--out " + file + " is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadExportRequest("--out " + file + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new BadExportRequest("--out " + file + ": cannot write there (permission denied)");
        }
        try {
            Files.deleteIfExists(Files.createTempFile(dir, ".csto-quiz-check", ".tmp"));
        } catch (AccessDeniedException e) {
            throw new BadExportRequest("--out " + file + ": cannot write there (permission denied)");
        } catch (IOException e) {
            throw new BadExportRequest("--out " + file + ": cannot write there (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes {@code content} to a temporary file beside {@code file} (created with the user's usual
     * permissions), then moves it in place: the file is written whole or not at all.
     *
     * @return the absolute path written
     */
    static Path write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
