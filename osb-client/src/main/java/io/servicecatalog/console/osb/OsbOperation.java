package io.servicecatalog.console.osb;

/** The platform-side operations of the OSB API, used to word errors and to decide on orphan mitigation. */
public enum OsbOperation {
    CATALOG,
    PROVISION,
    UPDATE,
    DEPROVISION,
    FETCH_INSTANCE,
    INSTANCE_LAST_OPERATION,
    BIND,
    UNBIND,
    FETCH_BINDING,
    BINDING_LAST_OPERATION
}
