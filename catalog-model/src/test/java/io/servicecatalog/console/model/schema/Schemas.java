package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads test schemas from the class path and the shared reference folder. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test schema " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode obj(String text) {
        return (ObjectNode) json(text);
    }

    static Path shared() {
        return Path.of(System.getProperty("shared.dir", "../testdata"));
    }

    static JsonNode sharedFile(String relative) {
        try {
            return JSON.readTree(Files.readString(shared().resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
