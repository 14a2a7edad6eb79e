package se.kompetensresan.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The peak extra live heap of a piece of work: the heap used after a full collection just before it is the baseline;
 * while it runs, a sampler thread forces a full collection every {@code gcEveryMs} and every collection (forced or the
 * JVM's own) reports the heap still in use after it (the GC notifications' usage-after-GC summed over the heap pools).
 * The highest of those minus the baseline is the peak extra heap the work held. Garbage is not counted (it is gone
 * after a collection); the figure can miss a peak that lives shorter than the sampling interval between two
 * collections, and after a young collection the old generation can still hold garbage (an over-estimate). The forced
 * collections slow the work down: time it in a separate run.
 */
final class HeapMeter implements AutoCloseable {

    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final NotificationListener listener = (n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    MemoryUsage u = e.getValue();
                    used += u.getUsed();
                }
            }
            peakAfterGc.accumulateAndGet(used, Math::max);
        }
    };
    private final long baseline;
    private final Thread sampler;
    private volatile boolean running = true;

    HeapMeter(long gcEveryMs) {
        baseline = liveHeap();
        for (GarbageCollectorMXBean gc : collectors) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(gcEveryMs);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) {
                    System.gc();
                }
            }
        }, "heap-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The heap used after two full collections. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    long baseline() {
        return baseline;
    }

    /** Stops measuring; the peak extra live heap in bytes (0 when no collection saw more than the baseline). */
    long peakExtra() {
        close();
        return Math.max(0, peakAfterGc.get() - baseline);
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        sampler.interrupt();
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the notifications are delivered asynchronously: give the last one a moment
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
