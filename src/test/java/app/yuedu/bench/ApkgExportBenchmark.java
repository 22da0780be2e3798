package app.yuedu.bench;

import app.yuedu.export.core.ApkgWriter;
import app.yuedu.export.core.CardTemplate;
import app.yuedu.export.core.ExportCard;
import app.yuedu.export.core.ExportDeck;
import app.yuedu.export.core.ExportNote;
import app.yuedu.export.core.ExportReview;
import app.yuedu.export.core.FsrsMemoryState;
import app.yuedu.export.core.PinyinSyllable;
import app.yuedu.export.core.ReviewKind;
import app.yuedu.export.core.TextDeckWriter;
import java.io.IOException;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Times the deck exporters on synthetic decks generated on the fly (never held in memory), and reports the
 * heap's peak during each export. Run it through {@code bench/export}, which also caps the heap (-Xmx) so a
 * run that completes proves the memory bound.
 *
 * <p>Arguments: deck sizes (default 10000 100000). Each size is exported as a teacher's deck (notes with
 * sentences, three cards each), as a student's export (every card reviewed, three reviews per card) and as
 * text, {@code bench.runs} times (default 3); the table shows the fastest run, the highest heap peak (sum of
 * the heap pools' peaks, garbage included) and the most heap still in use after a collection (what the export
 * retains: flat when memory is bounded).
 * Wall time on a shared machine depends on its load, so the exporting thread's CPU time is shown too.
 */
public final class ApkgExportBenchmark {

    private static final Instant MODIFIED = Instant.parse("2026-06-01T12:00:00Z");
    private static final int RUNS = Integer.getInteger("bench.runs", 3);

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        // warm-up: class loading, JIT, SQLite's native library
        export("apkg", 2_000, false);
        export("apkg", 2_000, true);
        export("text", 2_000, false);

        System.gc();
        System.out.printf("max heap %d MB, heap in use before the exports %.1f MB, %d cores, load average %.1f, "
                + "Java %s, best of %d runs%n", Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.version"), RUNS);
        System.out.println("| export             |   notes |  cards | reviews | wall ms | cpu ms | notes/s (wall) | size MB "
                + "| peak heap MB | live heap MB |");
        System.out.println("|--------------------|--------:|-------:|--------:|--------:|-------:|---------------:|--------:"
                + "|-------------:|-------------:|");
        for (int size : sizes) {
            for (String kind : List.of("apkg teacher", "apkg with progress", "text")) {
                Measurement best = null;
                long peakHeap = 0;
                long liveHeap = 0;
                for (int run = 0; run < RUNS; run++) {
                    Measurement m = export(kind.startsWith("apkg") ? "apkg" : "text", size, kind.contains("progress"));
                    peakHeap = Math.max(peakHeap, m.peakHeap);
                    liveHeap = Math.max(liveHeap, m.liveHeap);
                    best = best == null || m.millis < best.millis ? m : best;
                }
                System.out.printf("| %-18s | %7d | %6s | %7s | %7d | %6d | %14d | %7.1f | %12.1f | %12.1f |%n", kind,
                        size, best.cards < 0 ? "" : Integer.toString(best.cards),
                        best.reviews < 0 ? "" : Integer.toString(best.reviews), best.millis, best.cpuMillis,
                        size * 1000L / Math.max(1, best.millis), best.bytes / 1048576.0, peakHeap / 1048576.0,
                        liveHeap / 1048576.0);
            }
        }
    }

    /** Wall time and the exporting thread's CPU time (SQLite and zlib run on it too). */
    private record Measurement(
            long millis, long cpuMillis, long bytes, long peakHeap, long liveHeap, int cards, int reviews) {}

    /**
     * The largest heap still in use right after a garbage collection during the export: the memory the export
     * holds on to, as opposed to garbage the collector has not cleared yet.
     */
    private static final LiveHeapWatch LIVE_HEAP = new LiveHeapWatch();

    private static final class LiveHeapWatch {
        private final AtomicLong max = new AtomicLong();

        LiveHeapWatch() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        max.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }

        long takeMax() {
            return max.getAndSet(0);
        }
    }

    private static Measurement export(String format, int size, boolean progress) {
        ExportDeck deck = new ExportDeck("bench-installation", "bench-" + size, "Bench::Synthetic " + size,
                "Synthetic deck", "bench-article", MODIFIED, true);
        CountingOutputStream out = new CountingOutputStream();
        System.gc();
        LIVE_HEAP.takeMax();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int cards = -1;
        int reviews = -1;
        if (format.equals("apkg")) {
            ApkgWriter writer = progress ? ApkgWriter.withProgress() : ApkgWriter.cleanDeck();
            ApkgWriter.Summary summary = writer.write(deck, new SyntheticNotes(size, progress), out);
            cards = summary.cards();
            reviews = summary.reviews();
        } else {
            new TextDeckWriter().write(deck, new SyntheticNotes(size, false), out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        // Sum of each heap pool's peak: an upper bound of the heap in use at any one time.
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measurement(millis, cpuMillis, out.count, peak, LIVE_HEAP.takeMax(), cards, reviews);
    }

    /** Notes made one at a time from their index: unique words, a sentence, glosses, optional progress. */
    public static final class SyntheticNotes implements Iterator<ExportNote> {
        private static final String[] SYLLABLES = {"xue2", "xi2", "zhong1", "wen2", "feng1", "hui4", "ju3", "xing2"};
        private final int size;
        private final boolean progress;
        private int next;

        public SyntheticNotes(int size, boolean progress) {
            this.size = size;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public ExportNote next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = next++;
            String word = word(i);
            String pinyin = SYLLABLES[i % 8] + " " + SYLLABLES[(i / 8) % 8] + (word.length() > 2 ? " de5" : "");
            ExportNote note = new ExportNote(word, word, PinyinSyllable.parseNumbered(pinyin),
                    List.of("meaning " + i, "another sense of word " + i), 1 + i % 6,
                    "这是一个关于" + word + "的例句，用来测试导出。", "zhè shì yí gè guānyú ... de lìjù", "Article " + (i % 50),
                    List.of("lesson-" + (i % 20)), MODIFIED.minusSeconds(i));
            return progress ? note.withCards(cards(i)) : note;
        }

        private static String word(int i) {
            StringBuilder word = new StringBuilder();
            int rest = i;
            do {
                word.append((char) (0x4e00 + rest % 2000));
                rest /= 2000;
            } while (rest > 0);
            if (word.length() == 1) {
                word.append('子');
            }
            return word.toString();
        }

        private static List<ExportCard> cards(int i) {
            List<ExportCard> cards = new ArrayList<>(3);
            for (CardTemplate template : CardTemplate.values()) {
                // a student answering a card every 7 seconds, 30 days of study, most recent notes last
                Instant first = MODIFIED.minus(Duration.ofDays(70)).plusSeconds((3L * i + template.ordinal()) * 7 % (30 * 86_400));
                List<ExportReview> reviews = List.of(
                        new ExportReview(first, 3, ReviewKind.LEARNING, Duration.ofDays(1), Duration.ZERO, 0, 5.0,
                                Duration.ofSeconds(8)),
                        new ExportReview(first.plus(Duration.ofDays(1)), 3, ReviewKind.REVIEW, Duration.ofDays(4),
                                Duration.ofDays(1), 0, 4.8, Duration.ofSeconds(5)),
                        new ExportReview(first.plus(Duration.ofDays(5)), 4, ReviewKind.REVIEW, Duration.ofDays(15),
                                Duration.ofDays(4), 0, 4.1, Duration.ofSeconds(3)));
                cards.add(ExportCard.inReview(template, first.plus(Duration.ofDays(20)), 15, 3, 0,
                        new FsrsMemoryState(15.2, 4.1, 0.9, null), first.plus(Duration.ofDays(5)), reviews));
            }
            return cards;
        }
    }

    static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
