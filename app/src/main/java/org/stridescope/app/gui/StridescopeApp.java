package org.stridescope.app.gui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stridescope.app.gui.data.ErrorDialogs;
import org.stridescope.app.gui.data.WindowPicture;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.UserPrefs;

/**
 * The JavaFX application: the main window in the state the command line asks for. With
 * {@code --snapshot OUT.png} it lays the window out at 1400x900, writes a PNG of it and exits.
 */
public class StridescopeApp extends Application {
    static final double SNAPSHOT_WIDTH = 1400;
    static final double SNAPSHOT_HEIGHT = 900;

    /** The flags the window opens with: JavaFX builds the application itself, so they wait here. */
    private static volatile GuiOptions launching = GuiOptions.none();

    /** Opens the window in the state the command line's flags ask for (read by the caller). */
    public static void launchWith(GuiOptions options) {
        launching = options;
        if (options.snapshot() != null && noDisplay()) {
            useHeadlessGlass();
        }
        // Headless Monocle's screen is 1280x800 unless told otherwise: too small for a 1400x900 snapshot.
        if (System.getProperty("headless.geometry") == null) {
            double[] size = options.size() == null ? new double[] {1920, 1200} : options.size();
            System.setProperty("headless.geometry", (int) Math.max(1920, size[0]) + "x" + (int) Math.max(1200, size[1]) + "-32");
        }
        Application.launch(StridescopeApp.class);
    }

    /** True on Linux and the like when no screen is at hand (no DISPLAY, no WAYLAND_DISPLAY, no glass platform chosen). */
    public static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return !os.contains("win") && !os.contains("mac") && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null && System.getProperty("glass.platform") == null;
    }

    /** A snapshot needs no screen: render with Monocle's headless glass and the software pipeline. */
    private static void useHeadlessGlass() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
    }

    @Override
    public void start(Stage stage) {
        GuiOptions options = launching;
        boolean snapshot = options.snapshot() != null;
        UserPrefs prefs = snapshot ? UserPrefs.defaults() : UserPrefs.load();
        MainViewModel model = new MainViewModel();
        model.themeProperty().set(prefs.theme());
        WindowAssembly assembled = WindowAssembly.build(model, prefs);
        MainWindow window = assembled.window();
        ErrorDialogs.handleUncaught(window.context());
        if (options.lesson() != null) {
            // The lesson first: any other flag given with it then changes what the lesson set.
            assembled.learn().openLesson(options.lesson());
        }
        model.apply(options);
        if (options.picture()) {
            assembled.picture().bringToFront();
        }
        double[] size = options.size() != null ? options.size()
                : snapshot ? new double[] {SNAPSHOT_WIDTH, SNAPSHOT_HEIGHT} : new double[] {prefs.width(), prefs.height()};
        Scene scene = scene(window, size[0], size[1]);
        stage.setTitle(title(model));
        model.sourceProperty().addListener((o, a, b) -> stage.setTitle(title(model)));
        stage.setScene(scene);
        stage.setMinWidth(900); // the smallest size checked for words cut short (NoCutLabelsTest)
        stage.setMinHeight(600);
        if (snapshot) {
            stage.show();
            window.focusFrontView();
            writeSnapshotLater(scene, options.snapshot());
            return;
        }
        stage.setOnCloseRequest(e -> {
            window.saveLayout(prefs);
            prefs.save(model.themeProperty().get(), window.bytesPerRow(), stage.getWidth(), stage.getHeight());
        });
        stage.show();
        window.focusFrontView();
        if (Boolean.getBoolean("stridescope.firstFrameExit") || System.getenv("STRIDESCOPE_FIRST_FRAME_EXIT") != null) {
            exitAtFirstFrame(scene);
        }
    }

    /**
     * Startup timing for the installer's figures: prints the milliseconds from process start to the
     * pulse after the first one (by then the first frame has been painted) and exits.
     */
    private static void exitAtFirstFrame(Scene scene) {
        int[] pulses = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            ProcessHandle.Info process = ProcessHandle.current().info();
            long start = process.startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
            long cpu = process.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            System.out.println("first frame: " + (System.currentTimeMillis() - start) + " ms after launch, " + cpu + " ms of CPU");
            Platform.exit();
            System.exit(0);
        });
    }

    /** The scene with the app's own stylesheet on top of the AtlantaFX theme. */
    public static Scene scene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(StridescopeApp.class.getResource("stridescope.css").toExternalForm());
        org.stridescope.app.gui.view.WholeWords.keep(scene);
        return scene;
    }

    private static String title(MainViewModel model) {
        return model.sourceProperty().get().name() + " — Stridescope";
    }

    /** Lets a few pulses lay out and paint, then writes the PNG and exits. */
    private static void writeSnapshotLater(Scene scene, Path out) {
        PauseTransition settle = new PauseTransition(Duration.millis(400));
        settle.setOnFinished(e -> {
            int status = 0;
            try {
                WindowPicture.writePng(scene, out);
            } catch (IOException | RuntimeException ex) {
                System.err.println("stridescope: cannot write snapshot " + out + ": " + ex.getMessage());
                status = 1;
            }
            Platform.exit();
            System.exit(status);
        });
        settle.play();
    }
}
