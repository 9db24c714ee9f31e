package org.stridescope.app.gui.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.SourceLoader;
import org.stridescope.app.gui.StridescopeApp;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.app.gui.view.CanvasViewSkin;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;

/**
 * Frame times of the main window on big layouts: each frame changes something (the layout, or
 * the scroll position by one step), then runs what the FX thread runs in a pulse for it
 * (CSS, layout, and the views' canvas painting), and the time is taken. Prints p50/p95/max per
 * scenario, as wall time and as the FX thread's CPU time (the same work without the waits for a
 * core that a shared machine adds). Goal: p95 under 16 ms.
 *
 * <pre>xvfb-run -a java -cp app/target/stridescope.jar org.stridescope.app.gui.bench.UiBenchmark [FRAMES] [--file BIG.bin] [--coverage] [--explain]</pre>
 * With {@code --npy FILE.npy} (a record array, say) only that file is measured, opened as the
 * window opens it: its header gives the layout.
 */
public final class UiBenchmark {
    private static final long GIB16 = 16L << 30;
    /** CPU time of the FX thread: on a busy machine wall time also counts time spent waiting for a core. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private UiBenchmark() {
    }

    public static void main(String[] args) {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        Application.launch(Frames.class, args);
    }

    /** The JavaFX side (a nested class, so the java launcher does not demand JavaFX modules). */
    public static final class Frames extends Application {

    private MainViewModel model;
    private MainWindow window;
    private Scene scene;
    private int frames = 300;
    private boolean coverage;
    private boolean explain;
    private Path npy;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        ByteSource big = pattern16Gib();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--explain")) {
                explain = true; // the Explain panel in sight, following every change
            } else if (args.get(i).equals("--coverage")) {
                coverage = true; // the hex view tinted by reader counts (stride arrows are on by default)
            } else if (args.get(i).equals("--npy")) {
                npy = Path.of(args.get(++i));
            } else if (args.get(i).equals("--file")) {
                big = SourceLoader.open(Path.of(args.get(++i)));
            } else {
                frames = Integer.parseInt(args.get(i));
            }
        }
        model = new MainViewModel();
        window = WindowAssembly.build(model, UserPrefs.defaults()).window();
        window.hexView().coverageProperty().set(coverage);
        if (explain) {
            window.panels().getTabs().stream().filter(t -> "explain-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> window.panels().getSelectionModel().select(t));
        }
        scene = StridescopeApp.scene(window, 1400, 900);
        stage.setScene(scene);
        stage.show();
        ByteSource bigSource = big;
        Platform.runLater(() -> {
            try {
                run(bigSource);
            } finally {
                Platform.exit();
            }
        });
    }

    private void run(ByteSource big) {
        CanvasViewSkin<?> grid = window.gridView().skin();
        CanvasViewSkin<?> hex = window.hexView().skin();
        Random random = new Random(1);
        if (npy != null) {
            measureNpy(grid, hex, random);
            return;
        }
        System.out.printf("UI frame times, %d frames per scenario, window 1400x900, source %s (%,d bytes)%s%n",
                frames, big.name(), big.size(), (coverage ? ", coverage tint on" : "") + (explain ? ", Explain panel in sight" : ""));

        setUp(new HeapByteSource(new byte[] {42, 0, 0, 0, 0, 0, 0, 0}, "8 bytes"), "<f8", "1000000,1000000", "0,0", "0");
        measure("(10^6,10^6) stride-0: layout change (dtype <f8 <-> <i8)",
                i -> model.dtypeTextProperty().set(i % 2 == 0 ? "<i8" : "<f8"));
        measure("(10^6,10^6) stride-0: grid scroll step (1 row)", i -> grid.scrollBy(1, 0));
        measure("(10^6,10^6) stride-0: grid scroll step (1 column)", i -> grid.scrollBy(0, 1));
        measure("(10^6,10^6) stride-0: grid jump (random cell)",
                i -> grid.scrollTo(random.nextInt(1_000_000), random.nextInt(1_000_000)));

        setUp(big, "<f8", "1000000,1000000", "8,8", "0");
        measure("16 GiB, (10^6,10^6) overlapping <f8: layout change (offset 0 <-> 8)",
                i -> model.offsetTextProperty().set(i % 2 == 0 ? "8" : "0"));
        setUp(big, "<f8", "", "", "0");
        measure("16 GiB, frombuffer <f8: layout change (dtype <f8 <-> >f8)",
                i -> model.dtypeTextProperty().set(i % 2 == 0 ? ">f8" : "<f8"));
        measure("16 GiB: hex scroll step (1 row)", i -> hex.scrollBy(1, 0));
        measure("16 GiB: hex jump (random row)", i -> hex.scrollTo((long) (random.nextDouble() * (GIB16 / 16)), 0));
        measure("16 GiB: select element (bytes light up, hex scrolls there)",
                i -> model.selectElement(new long[] {(long) (random.nextDouble() * (GIB16 / 8))}, false));
        measure("16 GiB: select byte (its reader lights up, grid scrolls there)",
                i -> model.selectByte((long) (random.nextDouble() * GIB16), false));
    }

    /** The --npy file as the window shows it: scrolling both views, selecting records and bytes. */
    private void measureNpy(CanvasViewSkin<?> grid, CanvasViewSkin<?> hex, Random random) {
        model.open(npy);
        pulse(scene.getRoot());
        if (model.errorProperty().get() != null) {
            throw new IllegalStateException("benchmark file refused: " + model.errorProperty().get());
        }
        long size = model.sourceProperty().get().size();
        long n = model.arrayProperty().get().layout().shape(0);
        String name = npy.getFileName() + " " + model.dtypeTextProperty().get();
        System.out.printf("UI frame times, %d frames per scenario, window 1400x900, %s, shape (%s), %,d bytes%n",
                frames, name, model.shapeTextProperty().get(), size);
        measure("npy: grid scroll step (1 row)", i -> grid.scrollBy(1, 0));
        measure("npy: hex scroll step (1 row)", i -> hex.scrollBy(1, 0));
        measure("npy: hex jump (random row)", i -> hex.scrollTo((long) (random.nextDouble() * (size / 16)), 0));
        measure("npy: select element (random record)",
                i -> model.selectElement(new long[] {(long) (random.nextDouble() * n)}, false));
        measure("npy: select byte (its reader lights up)", i -> model.selectByte((long) (random.nextDouble() * size), false));
    }

    private void setUp(ByteSource source, String dtype, String shape, String strides, String offset) {
        model.load(source);
        model.stridesTextProperty().set("");
        model.shapeTextProperty().set(shape);
        model.dtypeTextProperty().set(dtype);
        model.offsetTextProperty().set(offset);
        model.stridesTextProperty().set(strides);
        pulse(scene.getRoot());
        if (model.errorProperty().get() != null) {
            throw new IllegalStateException("benchmark layout refused: " + model.errorProperty().get());
        }
    }

    private void measure(String name, IntConsumer change) {
        Parent root = scene.getRoot();
        for (int i = 0; i < 30; i++) { // warm up
            change.accept(i);
            pulse(root);
        }
        CanvasViewSkin<?> grid = window.gridView().skin();
        CanvasViewSkin<?> hex = window.hexView().skin();
        long paintsBefore = grid.paints() + hex.paints();
        double[] ms = new double[frames];
        double[] cpu = new double[frames];
        double[] model = new double[frames];
        double[] pulse = new double[frames];
        for (int i = 0; i < frames; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            change.accept(i);
            long t1 = System.nanoTime();
            pulse(root);
            long t2 = System.nanoTime();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            ms[i] = (t2 - t0) / 1e6;
            model[i] = (t1 - t0) / 1e6;
            pulse[i] = (t2 - t1) / 1e6;
        }
        if (grid.paints() + hex.paints() == paintsBefore) {
            throw new IllegalStateException(name + ": the pulses painted nothing, so the figures would mean nothing");
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        Arrays.sort(model);
        Arrays.sort(pulse);
        int p95 = (int) Math.ceil(frames * 0.95) - 1;
        System.out.printf("  %-66s wall p50 %6.2f  p95 %6.2f  max %6.2f | FX-thread cpu p50 %5.2f  p95 %5.2f ms"
                        + "  (p50 wall: model %.2f, pulse %.2f)%n", name,
                ms[frames / 2], ms[p95], ms[frames - 1], cpu[frames / 2], cpu[p95], model[frames / 2], pulse[frames / 2]);
    }

    /** What the FX thread does for a change in a pulse: CSS, layout (the views paint in layout), sync. */
    private static void pulse(Parent root) {
        // A real pulse, as the toolkit runs it: CSS for the nodes that changed, layout, and the sync
        // of the scene graph to the renderer. (root.applyCss() would restyle every node each frame,
        // far more than a pulse does.)
        com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
    }

    }

    /** 16 GiB of bytes that exist only as a formula: no file, no memory (also used by the painting tests). */
    public static ByteSource pattern16Gib() {
        return new ByteSource() {
            @Override
            public long size() {
                return GIB16;
            }

            @Override
            public byte get(long pos) {
                return (byte) (pos * 31 >>> 3);
            }

            @Override
            public String name() {
                return "16 GiB pattern";
            }
        };
    }
}
