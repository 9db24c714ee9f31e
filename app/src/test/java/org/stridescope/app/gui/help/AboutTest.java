package org.stridescope.app.gui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.base.Version;
import org.stridescope.app.gui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About Stridescope: what runs (for a bug report), the licence, the README; Escape closes it. */
@ExtendWith(ApplicationExtension.class)
class AboutTest {

    @Start
    void start(Stage stage) {
        TestWindow.showAssembled(stage, TestWindow.seedModel());
    }

    private static void openAbout(FxRobot robot) {
        robot.clickOn("#menu-help");
        robot.clickOn(TestWindow.whenVisible(robot, "#menu-about"));
    }

    private static boolean aboutShown(FxRobot robot) {
        return robot.lookup("#about").match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    @Test
    void aboutSaysWhatRunsUnderWhichLicenceAndClosesWithEscape(FxRobot robot) {
        openAbout(robot);
        TestWindow.whenVisible(robot, "#about");
        DialogPane pane = (DialogPane) robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).query();
        assertThat(onFx(pane::getHeaderText)).isEqualTo(Version.text());
        String runtime = onFx(() -> ((Label) robot.lookup("#about-runtime").query()).getText());
        assertThat(runtime).contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX " + System.getProperty("javafx.runtime.version"));
        assertThat(onFx(() -> ((Label) robot.lookup("#about-licence").query()).getText())).startsWith("MIT License");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(aboutShown(robot)).isFalse();
    }

    @Test
    void theReadmeLinkShowsTheReadme(FxRobot robot) {
        openAbout(robot);
        Hyperlink link = (Hyperlink) TestWindow.whenVisible(robot, "#about-readme");
        assertThat(onFx(link::isDisable)).as("the tests run from the sources, README.md beside them").isFalse();
        robot.clickOn(link);
        TextArea text = (TextArea) TestWindow.whenVisible(robot, "#readme-text");
        String readme = onFx(text::getText);
        assertThat(readme).startsWith("# Stridescope").contains("strides");
        assertThat(onFx(text::isEditable)).isFalse();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#readme-text").match(NodeQueryUtils.isVisible()).tryQuery()).isEmpty();
    }
}
