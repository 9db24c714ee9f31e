package org.stridescope.app.gui.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.stridescope.app.gui.StridescopeApp;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.app.gui.picture.PictureFeature;

/**
 * The Picture tab on a big view (scripts/bench/picture.sh makes a 16384 x 16384 float32 file of
 * 1 GiB): time to the first picture, then per frame (a pan or zoom step, then the pulse the FX
 * thread runs for it) p50 / p95 / max, and how long until the fresh image of that frame is in
 * (made off the FX thread; meanwhile the last one is drawn moved and scaled). Goal: p95 under 16 ms.
 *
 * <pre>java -cp app/target/stridescope.jar org.stridescope.app.gui.bench.PictureBenchmark FILE DTYPE SHAPE [FRAMES]</pre>
 */
public final class PictureBenchmark {
    private PictureBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Frames.class, args);
    }

    /** The JavaFX side (a nested class, so the java launcher does not demand JavaFX modules). */
    public static final class Frames extends Application {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private MainViewModel model;
        private PictureFeature picture;
        private int frames = 300;

        @Override
        public void start(Stage stage) {
            var args = getParameters().getRaw();
            Path file = Path.of(args.get(0));
            String dtype = args.get(1);
            String shape = args.get(2);
            if (args.size() > 3) {
                frames = Integer.parseInt(args.get(3));
            }
            model = new MainViewModel();
            WindowAssembly assembled = WindowAssembly.build(model, UserPrefs.defaults());
            picture = assembled.picture();
            picture.bringToFront();
            Scene scene = StridescopeApp.scene(assembled.window(), 1400, 900);
            stage.setScene(scene);
            stage.show();
            Thread driver = new Thread(() -> {
                try {
                    run(file, dtype, shape);
                } catch (Throwable t) {
                    t.printStackTrace();
                } finally {
                    Platform.exit();
                    System.exit(0);
                }
            }, "benchmark");
            driver.start();
        }

        private PictureFeature view() {
            return picture;
        }

        private void run(Path file, String dtype, String shape) throws Exception {
            long t0 = System.nanoTime();
            fx(() -> {
                model.open(file);
                model.shapeTextProperty().set(shape);
                model.dtypeTextProperty().set(dtype);
            });
            waitSettled();
            double first = (System.nanoTime() - t0) / 1e6;
            if (fx(() -> model.errorProperty().get()) != null) {
                throw new IllegalStateException("layout refused: " + fx(() -> model.errorProperty().get()));
            }
            long[] size = fx(() -> picture.pictureSize());
            System.out.printf("Picture frames, window 1400x900, %s %s shape (%s): %,d x %,d pixels, %,d bytes%n",
                    file.getFileName(), dtype, shape, size[0], size[1], fx(() -> model.sourceProperty().get().size()));
            System.out.printf("  first picture (open, layout, value sample, first image of the fitted view): %.0f ms%n", first);

            measure("fit (overview, every n-th pixel): pan 40 px", i -> view().panBy(i % 2 == 0 ? 40 : -40, 0));
            if (Boolean.getBoolean("picture.fitOnly")) {
                return;
            }
            fx(() -> view().oneToOne());
            waitSettled();
            measure("1:1: pan 40 px right and down", i -> view().panBy(-40, -40));
            measure("1:1 about the centre: zoom in/out one wheel step", i -> view().zoomBy(i % 2 == 0 ? 1.25 : 0.8));
            fx(() -> view().zoomBy(8));
            waitSettled();
            measure("8x (grid lines): pan 40 px", i -> view().panBy(-40, -40));
            fx(() -> view().zoomBy(4));
            waitSettled();
            measure("32x (values in cells): pan 40 px", i -> view().panBy(-40, -40));
            fx(() -> view().fit());
            waitSettled();
            measure("zoom steps from fit towards 1:1 and back", i -> view().zoomBy(i % 20 < 10 ? 1.25 : 0.8));
            fx(() -> view().fit());
            waitSettled();
            measure("fit again, the code warm: pan 40 px", i -> view().panBy(i % 2 == 0 ? 40 : -40, 0));
        }

        /** FX-thread time of each frame (change + pulse), and time until that frame's fresh image is in. */
        private void measure(String name, IntConsumer change) throws Exception {
            for (int i = 0; i < 20; i++) {
                int k = i;
                fx(() -> {
                    change.accept(k);
                    pulse();
                });
            }
            waitSettled();
            double[] wall = new double[frames];
            double[] cpu = new double[frames];
            double[] settled = new double[frames];
            for (int i = 0; i < frames; i++) {
                int k = i;
                long start = System.nanoTime();
                double[] f = fx(() -> {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    change.accept(k);
                    pulse();
                    return new double[] {(System.nanoTime() - w0) / 1e6, (THREADS.getCurrentThreadCpuTime() - c0) / 1e6};
                });
                wall[i] = f[0];
                cpu[i] = f[1];
                waitSettled();
                settled[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            Arrays.sort(settled);
            int p95 = (int) Math.ceil(frames * 0.95) - 1;
            System.out.printf("  %-54s frame p50 %6.2f  p95 %6.2f  max %6.2f ms | FX cpu p95 %5.2f | fresh image p50 %6.1f  p95 %6.1f ms%n",
                    name, wall[frames / 2], wall[p95], wall[frames - 1], cpu[p95], settled[frames / 2], settled[p95]);
        }

        /** Waits until the values are read and the image in sight is the one for the view as it is. */
        private void waitSettled() throws Exception {
            for (int i = 0; i < 200_000; i++) {
                boolean done = fx(() -> {
                    pulse();
                    return picture.settled();
                });
                if (done) {
                    return;
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException("the picture never settled");
        }

        private static void pulse() {
            com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
        }

        private static void fx(Runnable r) throws Exception {
            fx(() -> {
                r.run();
                return null;
            });
        }

        private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(c.call());
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
            return f.get();
        }
    }
}
