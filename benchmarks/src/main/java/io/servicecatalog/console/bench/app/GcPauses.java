package io.servicecatalog.console.bench.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's stop-the-world pauses while recording, as {@link System#nanoTime()} intervals, so that a stall of
 * the FX thread can be split into what the collector took and what the thread itself did. G1's concurrent cycle is
 * not a pause and is left out.
 */
final class GcPauses implements NotificationListener {

  private final List<long[]> pauses = new ArrayList<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  /** JVM uptime in ms at a known nanoTime: GC notifications give their start as uptime. */
  private final long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
  private final long nanoAtUptime = System.nanoTime();

  private GcPauses() {
  }

  static GcPauses record() {
    GcPauses recorder = new GcPauses();
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (bean instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(recorder, null, null);
        recorder.emitters.add(emitter);
      }
    }
    return recorder;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification
        .getUserData());
    if (info.getGcName().contains("Concurrent")) {
      return;
    }
    long start = nanoAtUptime + (info.getGcInfo().getStartTime() - uptimeMs) * 1_000_000;
    long end = start + info.getGcInfo().getDuration() * 1_000_000;
    synchronized (pauses) {
      pauses.add(new long[] {start, end});
    }
  }

  GcPauses stop() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // Already gone: nothing more will arrive.
      }
    }
    return this;
  }

  /** Nanoseconds of pause inside [from, to] (millisecond resolution: the notifications give no finer). */
  long pausedWithin(long from, long to) {
    long total = 0;
    synchronized (pauses) {
      for (long[] p : pauses) {
        total += Math.max(0, Math.min(to, p[1]) - Math.max(from, p[0]));
      }
    }
    return total;
  }
}
