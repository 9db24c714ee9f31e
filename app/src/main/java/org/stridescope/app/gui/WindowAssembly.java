package org.stridescope.app.gui;

import org.stridescope.app.gui.console.ConsoleFeature;
import org.stridescope.app.gui.data.DataFeature;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.bookmark.BookmarkFeature;
import org.stridescope.app.gui.find.FindFeature;
import org.stridescope.app.gui.help.HelpFeature;
import org.stridescope.app.gui.learn.LearnFeature;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.app.gui.rawimage.RowWidthFeature;
import org.stridescope.app.gui.tensors.TensorsFeature;
import org.stridescope.app.gui.picture.PictureFeature;
import org.stridescope.app.gui.walk.WalkFeature;
import org.stridescope.app.gui.walk.Walker;

/**
 * The one place the window is put together: the window itself, then its features, each given the
 * window's {@link FeatureContext} (never the window), in the order their menu items read. The
 * features that the app or a test goes on talking to are kept here.
 */
public record WindowAssembly(MainWindow window, DataFeature data, LearnFeature learn, Walker walker, PictureFeature picture) {

    public static WindowAssembly build(MainViewModel model, UserPrefs prefs) {
        MainWindow window = new MainWindow(model, prefs);
        FeatureContext context = window.context();
        EditFeature.install(context);
        FindFeature.install(context);
        ConsoleFeature.install(context, prefs);
        DataFeature data = DataFeature.install(context, prefs);
        LearnFeature learn = LearnFeature.install(context);
        TensorsFeature.install(context);
        Walker walker = WalkFeature.install(context);
        RowWidthFeature.install(context);
        BookmarkFeature.install(context, prefs); // its panel after the Console, which stays in front by default
        PictureFeature picture = PictureFeature.install(context, prefs);
        HelpFeature.install(context, learn::openFirstLesson); // last of the menus: its sheet reads them all
        // Last: the panel the user left in front is one of those the features added.
        window.rememberViewChoices(prefs);
        return new WindowAssembly(window, data, learn, walker, picture);
    }
}
