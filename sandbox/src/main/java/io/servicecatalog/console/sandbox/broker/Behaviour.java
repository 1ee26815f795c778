package io.servicecatalog.console.sandbox.broker;

/** How a sample broker answers the lifecycle calls of a service or plan. */
public enum Behaviour {
  /** Provision, update, bind, unbind and deprovision complete within the request. */
  SYNCHRONOUS,
  /**
   * Provision, update and deprovision answer 202 and complete after the configured duration ({@code AsyncRequired}
   * without {@code accepts_incomplete=true}); binds and unbinds are asynchronous only when the platform accepts it.
   */
  ASYNCHRONOUS,
  /** Provision is refused at once with 400 and a broker description; nothing is created. */
  PROVISION_FAILS,
  /** Provision is accepted (202) and then reported as {@code failed}, with a description, by last_operation. */
  ASYNC_PROVISION_FAILS,
  /** The first deprovision of each instance answers 500; the next one succeeds. */
  DEPROVISION_FAILS_ONCE
}
