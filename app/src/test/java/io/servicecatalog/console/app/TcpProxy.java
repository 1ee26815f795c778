package io.servicecatalog.console.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP forwarder between the console and a mock API server that a test can cut (every connection
 * dropped, new ones refused) and restore on the same port: a network outage on demand.
 */
final class TcpProxy implements AutoCloseable {

  private volatile int targetPort;
  private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "tcp-proxy");
    t.setDaemon(true);
    return t;
  });
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final int port;
  private volatile ServerSocket server;

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    server = bind(0);
    port = server.getLocalPort();
    accept(server);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Drops every connection and refuses new ones. */
  synchronized void cut() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    open.clear();
  }

  /**
   * Sends new connections to another server from now on: with {@link #cut()} and {@link #restore()} around
   * it, the API server "restarts" with other contents and without the old one's history.
   */
  void retarget(int port) {
    targetPort = port;
  }

  /** Accepts connections again, on the same port. */
  synchronized void restore() throws IOException {
    server = bind(port);
    accept(server);
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void accept(ServerSocket listening) {
    pumps.execute(() -> {
      while (!listening.isClosed()) {
        try {
          Socket client = listening.accept();
          Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
          open.add(client);
          open.add(target);
          pump(client, target);
          pump(target, client);
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  private void pump(Socket from, Socket to) {
    pumps.execute(() -> {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // The other side closed or the test cut the line: this pump is done.
      } finally {
        try {
          from.close();
          to.close();
        } catch (IOException e) {
          // Already closed.
        }
      }
    });
  }

  @Override
  public void close() throws IOException {
    cut();
    pumps.shutdownNow();
  }
}
