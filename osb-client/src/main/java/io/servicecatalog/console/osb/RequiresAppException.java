package io.servicecatalog.console.osb;

/** 422 {@code RequiresApp}: the broker binds only to an application; send {@code bind_resource.app_guid}. */
public class RequiresAppException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    RequiresAppException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
