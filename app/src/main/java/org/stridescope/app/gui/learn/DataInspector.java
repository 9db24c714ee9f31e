package org.stridescope.app.gui.learn;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.ScalarText;

/**
 * The data inspector: the bytes at one position read as every scalar type, little- and
 * big-endian side by side, each value as NumPy prints it ({@code str()} of the scalar). A type
 * longer than the bytes left shows a dash.
 */
final class DataInspector extends VBox {
    /** The types read, by NumPy's short codes; one-byte types have no byte order. */
    static final List<String> CODES = List.of("i1", "u1", "b1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8");

    private final Label title = new Label();
    private final List<Label> little = new ArrayList<>();
    private final List<Label> big = new ArrayList<>();
    private final List<DType[]> types = new ArrayList<>();

    DataInspector() {
        super(4);
        setId("data-inspector");
        getStyleClass().add("explain-column");
        title.getStyleClass().add("explain-heading");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(1);
        grid.addRow(0, header(""), header("little-endian <"), header("big-endian >"));
        int r = 1;
        for (String code : CODES) {
            DType le = DType.parse(code.equals("b1") ? "?" : "<" + code);
            DType be = DType.parse(code.equals("b1") ? "?" : ">" + code);
            types.add(new DType[] {le, be});
            Label name = new Label(le.name());
            name.getStyleClass().add("explain-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label l = value();
            Label b = value();
            l.setId("inspect-" + code + "-little");
            b.setId("inspect-" + code + "-big");
            little.add(l);
            big.add(b);
            grid.addRow(r++, name, l, b);
        }
        getChildren().addAll(title, grid);
        setMinWidth(Region.USE_PREF_SIZE);
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("explain-label");
        return l;
    }

    private static Label value() {
        Label l = new Label();
        l.getStyleClass().add("explain-mono");
        l.setStyle("-fx-font-family: monospace;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Reads the bytes of {@code source} from {@code pos} (-1: nothing under the cursor). */
    void show(ByteSource source, long pos) {
        boolean any = source != null && pos >= 0 && pos < source.size();
        title.setText(any ? "Bytes " + pos + "… as every type" : "Bytes as every type: select a byte or an element");
        for (int i = 0; i < types.size(); i++) {
            little.get(i).setText(any ? read(types.get(i)[0], source, pos) : "");
            big.get(i).setText(any ? read(types.get(i)[1], source, pos) : "");
        }
    }

    private static String read(DType t, ByteSource source, long pos) {
        if (pos + t.itemsize() > source.size()) {
            return "—";
        }
        try {
            return ScalarText.str(t, source, pos);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** The values shown for a type code ("i4"): little-endian, then big-endian. */
    List<String> values(String code) {
        int i = CODES.indexOf(code);
        return List.of(little.get(i).getText(), big.get(i).getText());
    }
}
