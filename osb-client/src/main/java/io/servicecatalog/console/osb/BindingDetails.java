package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads the fields a bind answer and a fetched binding share. */
final class BindingDetails {

    final BindingCredentials credentials;
    final BindingMetadata metadata;
    final String syslogDrainUrl;
    final String routeServiceUrl;
    final List<VolumeMount> volumeMounts;
    final List<Endpoint> endpoints;

    BindingDetails(ObjectNode body, String path) {
        this.credentials = BindingCredentials.of(Json.optionalObject(body, "credentials", path).orElse(null));
        this.metadata = BindingMetadata.fromJson(body, path);
        this.syslogDrainUrl = Json.optionalString(body, "syslog_drain_url", path).orElse(null);
        this.routeServiceUrl = Json.optionalString(body, "route_service_url", path).orElse(null);
        this.volumeMounts = list(body, "volume_mounts", path, VolumeMount::fromJson);
        this.endpoints = list(body, "endpoints", path, Endpoint::fromJson);
    }

    private static <T> List<T> list(ObjectNode body, String field, String path,
            BiFunction<JsonNode, String, T> reader) {
        JsonNode array = body.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(path + "." + field + " must be an array");
        }
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            result.add(reader.apply(array.get(i), path + "." + field + "[" + i + "]"));
        }
        return List.copyOf(result);
    }
}
