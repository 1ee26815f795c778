package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.List;

/**
 * A network endpoint of a bound instance ({@code endpoints[]}): host, ports or port ranges such as
 * {@code "9000-9010"}, and protocol ({@code tcp} unless the broker says {@code udp} or {@code all}).
 */
public record Endpoint(String host, List<String> ports, String protocol) {

    public Endpoint {
        ports = List.copyOf(ports);
    }

    static Endpoint fromJson(JsonNode node, String path) {
        ObjectNode endpoint = Json.requireObject(node, path);
        List<String> ports = Json.stringList(endpoint, "ports", path);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException(path + ".ports must list at least one port");
        }
        return new Endpoint(Json.requiredString(endpoint, "host", path), ports,
                Json.optionalString(endpoint, "protocol", path).orElse("tcp"));
    }
}
