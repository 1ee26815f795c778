package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the reference material in testdata/ (surefire passes its place as {@code shared.dir}). */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path shared(String relative) {
        String dir = System.getProperty("shared.dir");
        Path base = dir != null ? Path.of(dir) : Path.of("..", "testdata");
        Path file = base.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference file missing: " + file.toAbsolutePath());
        }
        return file;
    }

    public static JsonNode sharedJson(String relative) {
        try {
            return new ObjectMapper().readTree(shared(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
