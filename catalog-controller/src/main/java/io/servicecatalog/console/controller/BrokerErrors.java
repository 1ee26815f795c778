package io.servicecatalog.console.controller;

import io.servicecatalog.console.osb.OsbException;

/** Broker failures in the words the upstream controller's messages use, so conditions read the same. */
final class BrokerErrors {

  private BrokerErrors() {
  }

  /**
   * The upstream OSB client's text for an HTTP error ({@code Status: 400; ErrorMessage: <nil>; Description: <nil>;
   * ResponseError: <nil>}), or our client's plain-sentence message when the broker did not answer.
   */
  static String describe(OsbException e) {
    if (e.httpStatus().isEmpty()) {
      return e.userMessage();
    }
    return "Status: " + e.httpStatus().getAsInt() + "; ErrorMessage: " + e.errorCode().orElse("<nil>")
        + "; Description: " + e.brokerDescription().orElse("<nil>") + "; ResponseError: <nil>";
  }

  /** Whether the broker answered with an HTTP status (as opposed to not answering at all). */
  static boolean isHttpError(OsbException e) {
    return e.httpStatus().isPresent();
  }

  /** Upstream retries every HTTP failure except 400 Bad Request. */
  static boolean isRetriable(OsbException e) {
    return e.httpStatus().isEmpty() || e.httpStatus().getAsInt() != 400;
  }
}
