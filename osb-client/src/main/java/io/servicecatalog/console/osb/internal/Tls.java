package io.servicecatalog.console.osb.internal;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the TLS contexts the client supports: trust a PEM CA bundle only, or (when asked by name) trust anything. */
public final class Tls {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private Tls() {
    }

    /** The X.509 certificates in a PEM bundle (text around the blocks is ignored). */
    public static List<X509Certificate> parsePem(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("The CA bundle is empty. Paste one or more PEM certificates"
                    + " (-----BEGIN CERTIFICATE----- ...).");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher m = PEM.matcher(pem);
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(1).getBytes(StandardCharsets.US_ASCII));
                Certificate c = factory.generateCertificate(new ByteArrayInputStream(der));
                certificates.add((X509Certificate) c);
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The CA bundle holds a certificate that cannot be read ("
                    + e.getMessage() + "). Check that it was copied completely.", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("The CA bundle contains no PEM certificate. It must contain blocks"
                    + " that start with -----BEGIN CERTIFICATE-----.");
        }
        return List.copyOf(certificates);
    }

    /** A context that trusts exactly the certificates of the bundle, with normal host name checks. */
    public static SSLContext trustingBundle(String pem) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate certificate : parsePem(pem)) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Could not set up TLS with the CA bundle: " + e.getMessage(), e);
        }
    }

    /**
     * A context that accepts any certificate for any host name. An X509ExtendedTrustManager is used because the JDK
     * then leaves the host name check to it, so no JVM-wide property has to be changed.
     */
    public static SSLContext trustingEverything() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up TLS: " + e.getMessage(), e);
        }
    }

    private static final class TrustEverything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // Insecure mode was requested explicitly by name: every peer is accepted.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // Insecure mode was requested explicitly by name: every peer is accepted.
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // Insecure mode was requested explicitly by name: every peer is accepted.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // Insecure mode was requested explicitly by name: every peer is accepted.
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // Insecure mode was requested explicitly by name: every peer is accepted.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Insecure mode was requested explicitly by name: every peer is accepted.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
