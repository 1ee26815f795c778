package io.servicecatalog.console.osb;

/** 422 {@code MaintenanceInfoConflict}: the {@code maintenance_info.version} sent is stale; re-fetch the catalog. */
public class MaintenanceInfoConflictException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    MaintenanceInfoConflictException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
