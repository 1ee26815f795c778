package io.servicecatalog.console.app.brokers;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.v1beta1.CommonServiceBrokerSpec;
import java.util.Locale;

/**
 * How the console's controller reaches a broker, as far as its security goes: a plain-HTTP URL (nothing
 * encrypted, credentials readable on the way) and a TLS connection whose certificate is not checked are
 * flagged; verification against the broker's CA bundle or the system's authorities is the default.
 */
public enum BrokerTransport {
  /** {@code http://}: neither the credentials nor the bindings' secrets are encrypted on the way. */
  PLAIN_HTTP("broker.tls.plainHttp", true),
  /** {@code insecureSkipTLSVerify}: encrypted, but anyone on the path could pose as the broker. */
  INSECURE_TLS("broker.tls.insecure", true),
  /** Verified with the broker's own CA bundle. */
  CA_BUNDLE("broker.tls.ca", false),
  /** Verified with the system's trusted authorities (the default). */
  SYSTEM_TRUST("broker.tls.system", false);

  private final String key;
  private final boolean flagged;

  BrokerTransport(String key, boolean flagged) {
    this.key = key;
    this.flagged = flagged;
  }

  /** The transport of a broker at {@code url}; a plain-HTTP URL wins over the TLS settings, which then do nothing. */
  public static BrokerTransport of(String url, boolean insecureSkipTlsVerify, boolean hasCaBundle) {
    if (isPlainHttp(url)) {
      return PLAIN_HTTP;
    }
    if (insecureSkipTlsVerify) {
      return INSECURE_TLS;
    }
    return hasCaBundle ? CA_BUNDLE : SYSTEM_TRUST;
  }

  /** The transport a broker's spec asks for. */
  public static BrokerTransport of(CommonServiceBrokerSpec spec) {
    return of(spec.getUrl(), Boolean.TRUE.equals(spec.getInsecureSkipTLSVerify()),
        spec.getCaBundle() != null && spec.getCaBundle().length > 0);
  }

  /** Whether {@code url} is an {@code http://} address (case as typed). */
  public static boolean isPlainHttp(String url) {
    return url != null && url.trim().toLowerCase(Locale.ROOT).startsWith("http://");
  }

  /** Whether the view marks it as a problem. */
  public boolean flagged() {
    return flagged;
  }

  /** A sentence for the broker's detail pane. */
  public String text() {
    return I18n.t(key);
  }
}
