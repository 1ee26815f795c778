package io.servicecatalog.console.osb.stub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback "broker" that speaks raw HTTP/1.1 on a socket, for misbehaviour the JDK HttpServer cannot produce: a
 * status line and headers followed by part of the body and then silence, or a connection torn down (reset) after
 * the request was read.
 */
public final class RawBroker implements AutoCloseable {

    /** What the broker does once it has read a request. */
    public enum Behaviour {
        /** Sends 200 with Content-Length 64 and 10 bytes of body, then stalls until closed. */
        HEADERS_THEN_STALL,
        /** Resets the connection (RST) without answering. */
        RESET
    }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setName("raw-broker");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);

    private RawBroker(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    public static RawBroker start(Behaviour behaviour) {
        try {
            return new RawBroker(behaviour);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** How many complete requests (head and body) the broker has read. */
    public int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                executor.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            int length = readHead(in);
            in.readNBytes(length);
            requests.incrementAndGet();
            if (behaviour == Behaviour.RESET) {
                socket.setSoLinger(true, 0);
                socket.close();
                return;
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{\"state\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            closed.await(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // The client gave up on the connection: that is what the tests provoke.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the request head and returns its Content-Length (0 when absent). */
    private static int readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The client closed the connection mid-request");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // Already gone.
                continue;
            }
        }
        executor.shutdownNow();
    }
}
