package io.servicecatalog.console.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test schemas from the class path and the shared reference folder. */
public final class TestSchemas {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestSchemas() {
    }

    public static JsonNode resource(String name) {
        try (InputStream in = TestSchemas.class.getResourceAsStream("/schema/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode shared(String relative) {
        try {
            return JSON.readTree(Files.readString(Path.of(System.getProperty("shared.dir", "../testdata"))
                    .resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
