package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * One watch that started from a resourceVersion (see {@link IndexedCrudDispatcher}): on opening it sends, as ADDED,
 * the selected objects that changed after that version, then every change, in order, on its own thread.
 * fabric8's own watch socket does the same after sending every stored object, and is not public.
 */
final class ResumedWatch extends WebSocketListener {

  private final AttributeSet selection;
  private final Supplier<List<String>> catchUp;
  private final Set<ResumedWatch> registry;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "sandbox-watch");
    thread.setDaemon(true);
    return thread;
  });
  private final Object lock = new Object();
  /** Events that came before the socket opened; sent after the catch-up. */
  private final List<String> early = new ArrayList<>();
  private WebSocket socket;

  /**
   * @param selection what the watch selects
   * @param catchUp the selected objects changed since the watch's version, read when the socket opens
   * @param registry the set the watch leaves when it closes
   */
  ResumedWatch(AttributeSet selection, Supplier<List<String>> catchUp, Set<ResumedWatch> registry) {
    this.selection = selection;
    this.catchUp = catchUp;
    this.registry = registry;
  }

  boolean selects(AttributeSet attributes) {
    return attributes.matches(selection);
  }

  /** Sends one event; before the socket is open it waits behind the catch-up. */
  void send(String object, Watcher.Action action) {
    String event = Serialization.asJson(new WatchEvent(Serialization.unmarshal(object, GenericKubernetesResource.class),
        action.name()));
    synchronized (lock) {
      if (socket == null) {
        early.add(event);
        return;
      }
    }
    sendLater(event);
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    List<String> queued;
    synchronized (lock) {
      socket = webSocket;
      queued = new ArrayList<>(early);
      early.clear();
    }
    for (String object : catchUp.get()) {
      sendLater(Serialization.asJson(new WatchEvent(Serialization.unmarshal(object, GenericKubernetesResource.class),
          Watcher.Action.ADDED.name())));
    }
    queued.forEach(this::sendLater);
  }

  private void sendLater(String event) {
    later(() -> socket.send(event));
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    // Behind the events already queued, so that none is lost to the close.
    later(() -> webSocket.close(code, reason));
  }

  /**
   * Runs socket work on the watch's own thread, in order. The server may be stopping or the socket closing meanwhile
   * (the event loop then refuses work); a watch whose socket is gone has nobody to tell, so such a failure ends the
   * watch's work quietly, as fabric8's own watch socket does.
   */
  private void later(Runnable work) {
    try {
      sender.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException socketGone) {
          end();
        }
      });
    } catch (RejectedExecutionException closed) {
      // the watch has closed; nobody is listening
    }
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    end();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable error, Response response) {
    end();
  }

  private void end() {
    registry.remove(this);
    sender.shutdown();
  }
}
