package io.servicecatalog.console.model.snippet;

/** What the snippet creates: a bare Pod, or an {@code apps/v1} Deployment of one replica around the same Pod. */
public enum WorkloadKind {
  /** A {@code v1} Pod. */
  POD,
  /** An {@code apps/v1} Deployment with one replica, selecting its Pods by the label {@code app}. */
  DEPLOYMENT
}
