package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;

/**
 * A volume a binding asks the platform to mount ({@code volume_mounts[]}): driver, container path, mode
 * ({@code r}/{@code rw}), device type ({@code shared}) and the shared device. Mount configuration values never
 * appear in {@link #toString()} because drivers put secrets there.
 */
public record VolumeMount(String driver, String containerDir, String mode, String deviceType, String volumeId,
        ObjectNode mountConfig) {

    static VolumeMount fromJson(JsonNode node, String path) {
        ObjectNode mount = Json.requireObject(node, path);
        ObjectNode device = Json.requireObject(mount.get("device"), path + ".device");
        return new VolumeMount(Json.requiredString(mount, "driver", path),
                Json.requiredString(mount, "container_dir", path),
                Json.requiredString(mount, "mode", path),
                Json.requiredString(mount, "device_type", path),
                Json.requiredString(device, "volume_id", path + ".device"),
                Json.optionalObject(device, "mount_config", path + ".device").orElse(null));
    }

    @Override
    public String toString() {
        return "VolumeMount[driver=" + driver + ", containerDir=" + containerDir + ", mode=" + mode + ", deviceType="
                + deviceType + ", volumeId=" + volumeId + ", mountConfig=" + Redaction.keysOnly(mountConfig) + "]";
    }
}
